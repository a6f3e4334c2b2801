import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { contentConfigurationManifest, CONTENT_CONFIGURATION_LABELS } from './content-configuration-manifest';
import { allNodes, ContentDocument, LOCAL_BUNDLE_URL, readContentDocument, REPO_ROOT, withBundleUrl } from './content-document';

interface CatalogTool {
  id: string;
  tagName: string;
  pathSegment: string;
}

const schema = JSON.parse(readFileSync(resolve(__dirname, 'testdata/content-configuration.schema.json'), 'utf8'));
const catalog = JSON.parse(readFileSync(resolve(REPO_ROOT, 'assets/catalog.json'), 'utf8')) as { tools: CatalogTool[] };
const document = readContentDocument();
// strictRequired off: the upstream schema names "name" as required inside a oneOf branch without properties there.
const validate = new Ajv2020({ allErrors: true, strictRequired: false }).compile(schema);
const MCP_ENTITY = 'main.core_platform-mesh_io_account.core_opencp_cloud_managedcontrolplane';

describe('assets/content-configuration.json', () => {
  it('is valid against the portal strict schema', () => {
    const valid = validate(document);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is rejected by the schema validator when a node carries a key the portal refuses (viewUrl)', () => {
    const broken = structuredClone(document) as ContentDocument;
    broken.luigiConfigFragment.data.nodes[0].children![0]['viewUrl'] = '/main.js';
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((error) => error.params)).toContainEqual({ additionalProperty: 'viewUrl' });
  });

  it('places the OpenControlPlane node under the account entity and defines the control-plane entity', () => {
    const [root] = document.luigiConfigFragment.data.nodes;
    expect(root.entityType).toBe('main.core_platform-mesh_io_account');
    expect(root.defineEntity?.id).toBe('core_opencp_cloud_managedcontrolplane');
    expect(root.children?.map((child) => child.entityType)).toEqual(root.children?.map(() => MCP_ENTITY));
  });

  it('gives the OpenControlPlane node a navigation context, so the overview links to tools with fromClosestContext()', () => {
    expect(document.luigiConfigFragment.data.nodes[0].navigationContext).toBe('openmcp');
  });

  it('has an overview child rendering openmcp-tools-overview', () => {
    const overview = document.luigiConfigFragment.data.nodes[0].children?.find((child) => child.pathSegment === 'overview');
    expect(overview?.webcomponent).toEqual({ selfRegistered: true, type: 'module', tagName: 'openmcp-tools-overview' });
  });

  it.each(catalog.tools.map((tool) => [tool.id, tool] as const))('has a self-registered module node for catalog tool %s', (_id, tool) => {
    const node = allNodes(document.luigiConfigFragment.data.nodes).find(
      (candidate) => typeof candidate.webcomponent === 'object' && candidate.webcomponent.tagName === tool.tagName,
    );
    expect(node).toMatchObject({
      pathSegment: tool.pathSegment,
      url: LOCAL_BUNDLE_URL,
      webcomponent: { selfRegistered: true, type: 'module', tagName: tool.tagName },
      context: { toolId: tool.id },
    });
  });

  it('uses one bundle URL for every node', () => {
    const urls = new Set(allNodes(document.luigiConfigFragment.data.nodes).map((node) => node.url));
    expect([...urls]).toEqual([LOCAL_BUNDLE_URL]);
  });
});

describe('withBundleUrl', () => {
  it('replaces the url of every node and leaves the input untouched', () => {
    const moved = withBundleUrl(document, 'https://cdn.example.com/openmcp/main.js');
    expect(new Set(allNodes(moved.luigiConfigFragment.data.nodes).map((node) => node.url))).toEqual(
      new Set(['https://cdn.example.com/openmcp/main.js']),
    );
    expect(document.luigiConfigFragment.data.nodes[0].url).toBe(LOCAL_BUNDLE_URL);
  });
});

describe('ContentConfiguration manifest', () => {
  it('equals the committed assets/content-configuration.yaml (regenerate with the write-content-configuration script)', () => {
    const committed = readFileSync(resolve(REPO_ROOT, 'assets/content-configuration.yaml'), 'utf8');
    expect(committed).toBe(contentConfigurationManifest(document));
  });

  it('embeds the document as valid inline JSON with the given bundle URL and the platform labels', () => {
    const manifest = parse(contentConfigurationManifest(document, 'https://portal.example.com/ui/openmcp/wc/main.js'));
    expect(manifest).toMatchObject({
      apiVersion: 'ui.platform-mesh.io/v1alpha1',
      kind: 'ContentConfiguration',
      metadata: { name: document.name, labels: CONTENT_CONFIGURATION_LABELS },
      spec: { inlineConfiguration: { contentType: 'json' } },
    });
    const embedded = JSON.parse(manifest.spec.inlineConfiguration.content) as ContentDocument;
    expect(embedded).toEqual(withBundleUrl(document, 'https://portal.example.com/ui/openmcp/wc/main.js'));
    expect(validate(embedded)).toBe(true);
  });
});
