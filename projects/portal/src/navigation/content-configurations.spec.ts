import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readContentDocument, REPO_ROOT } from '../content/content-document';
import {
  accountContent,
  ACCOUNT_CONTENT_SELECTOR,
  CONTENT_CONFIGURATIONS_QUERY,
  ContentConfigurationsAnswer,
  ListedContentConfiguration,
} from './content-configurations';
import { accountChildren, LuigiNode } from './luigi-navigation';
import {
  GENERIC_RESOURCE_VIEW_URL,
  listedContentConfiguration,
  rowsOf,
  TOOL_CONTENT_ROWS,
  toolContentDocument,
} from './testdata/tool-content-configurations';

const schema = JSON.parse(readFileSync(resolve(__dirname, '../content/testdata/content-configuration.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strictRequired: false }).compile(schema);
const catalog = JSON.parse(readFileSync(resolve(REPO_ROOT, 'assets/catalog.json'), 'utf8')) as {
  tools: Array<{ id: string; resourcesPath?: string }>;
};
const shipped = readContentDocument();

const answerOf = (items: ListedContentConfiguration[]): ContentConfigurationsAnswer => ({
  data: { ui_platform_mesh_io: { v1alpha1: { ContentConfigurations: { items } } } },
});
const openmcpOf = (children: LuigiNode[]) => children.find((node) => node.pathSegment === 'openmcp')!;
const segments = (nodes: LuigiNode[] | undefined) => nodes?.map((node) => node.pathSegment);

describe('tool ContentConfiguration fixtures', () => {
  it.each(TOOL_CONTENT_ROWS.map((r) => [r.name, r] as const))('%s is valid against the portal strict schema', (_, r) => {
    const valid = validate(toolContentDocument(r));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});

describe('CONTENT_CONFIGURATIONS_QUERY', () => {
  it('takes the label selector as a variable and selects the validated result and the conditions', () => {
    expect(CONTENT_CONFIGURATIONS_QUERY).toMatch(/query AccountContentConfigurations\(\$selector: String\)/);
    expect(CONTENT_CONFIGURATIONS_QUERY).toMatch(/ContentConfigurations\(labelselector: \$selector\)/);
    expect(CONTENT_CONFIGURATIONS_QUERY).toMatch(/configurationResult/);
    expect(CONTENT_CONFIGURATIONS_QUERY).not.toContain('core_platform-mesh_io_account');
    expect(ACCOUNT_CONTENT_SELECTOR).toBe('ui.platform-mesh.io/entity=core_platform-mesh_io_account');
  });
});

describe('accountContent', () => {
  it('returns the documents of the Ready configurations in list order and leaves out those not validated yet', () => {
    const [rgd, git, helm] = [TOOL_CONTENT_ROWS[0], ...rowsOf('flux')];
    const answer = answerOf([listedContentConfiguration(rgd), listedContentConfiguration(git, false), listedContentConfiguration(helm)]);
    const { documents, problems } = accountContent(answer);
    expect(documents.map((document) => document.name)).toEqual(['opencp-kro-resourcegraphdefinition', 'opencp-flux-helmrepository']);
    expect(problems).toEqual([]);
  });

  it('leaves out a configuration whose Ready condition is False', () => {
    const item = listedContentConfiguration(TOOL_CONTENT_ROWS[0]);
    item.status!.conditions![1].status = 'False';
    expect(accountContent(answerOf([item])).documents).toEqual([]);
  });

  it('names a Ready configuration whose result is not a content document, and keeps the others', () => {
    const broken = {
      metadata: { name: 'opencp-broken' },
      status: { configurationResult: '{"nodes":', conditions: [{ type: 'Ready', status: 'True' }] },
    };
    const noNodes = {
      metadata: { name: 'opencp-empty' },
      status: { configurationResult: '{"name":"x"}', conditions: [{ type: 'Ready', status: 'True' }] },
    };
    const { documents, problems } = accountContent(answerOf([broken, noNodes, listedContentConfiguration(TOOL_CONTENT_ROWS[0])]));
    expect(documents).toHaveLength(1);
    expect(problems).toEqual([
      expect.stringMatching(/^ContentConfiguration opencp-broken: status.configurationResult is not JSON \(/),
      'ContentConfiguration opencp-empty: status.configurationResult has no luigiConfigFragment.data.nodes',
    ]);
  });

  it('throws the gateway messages when the list is missing (null propagation, docs/platform.md §4.7)', () => {
    const answer: ContentConfigurationsAnswer = {
      data: { ui_platform_mesh_io: { v1alpha1: null } },
      errors: [
        {
          message:
            'unable to list objects: contentconfigurations.ui.platform-mesh.io is forbidden: User "outsider@example.com" cannot list resource',
        },
      ],
    };
    expect(() => accountContent(answer)).toThrow(/^listing ContentConfigurations failed: unable to list objects: contentconfigurations/);
    expect(() => accountContent({ data: null })).toThrow(
      'listing ContentConfigurations failed: the answer has no ContentConfigurations list',
    );
  });
});

describe('accountChildren with the tools’ ContentConfigurations', () => {
  const all = TOOL_CONTENT_ROWS.map(toolContentDocument);

  it('hangs every configuration node under the control-plane entity, after the tool pages, by category then order', () => {
    const openmcp = openmcpOf(accountChildren([shipped, ...[...all].reverse()]));
    expect(segments(openmcp.children)).toEqual([
      'overview',
      'crossplane',
      'kro',
      'flux',
      'ocm-controller',
      'providerconfigs',
      'objects',
      'observedobjectcollections',
      'gitrepositories',
      'helmrepositories',
      'ocirepositories',
      'kustomizations',
      'helmreleases',
      'resourcegraphdefinitions',
      'components',
      'resources',
      'repositories',
      'deployers',
    ]);
  });

  it('orders a node whose category is only the id like the category object of that id', () => {
    const [git, helm] = rowsOf('flux').map(toolContentDocument);
    helm.luigiConfigFragment.data.nodes[0]['category'] = 'flux-sources';
    helm.luigiConfigFragment.data.nodes[0].order = 90;
    const openmcp = openmcpOf(accountChildren([shipped, helm, git]));
    expect(segments(openmcp.children)?.slice(-2)).toEqual(['helmrepositories', 'gitrepositories']);
  });

  it('keeps the real labels, the category (Luigi groups by it), the view URL and the resource definition', () => {
    const openmcp = openmcpOf(accountChildren([shipped, toolContentDocument(rowsOf('kro')[0])]));
    const rgd = openmcp.children!.find((node) => node.pathSegment === 'resourcegraphdefinitions');
    expect(rgd).toEqual({
      pathSegment: 'resourcegraphdefinitions',
      navigationContext: 'resourcegraphdefinitions',
      label: 'Resource Graph Definitions',
      icon: 'org-chart',
      hideSideNav: false,
      keepSelectedForChildren: true,
      virtualTree: true,
      loadingIndicator: { enabled: false },
      category: { id: 'kro-resources', isGroup: true, label: 'KRO Resources', order: 830 },
      viewUrl: GENERIC_RESOURCE_VIEW_URL,
      context: {
        resourceDefinition: {
          group: 'kro.run',
          version: 'v1alpha1',
          kind: 'ResourceGraphDefinition',
          plural: 'ResourceGraphDefinitions',
          singular: 'resourcegraphdefinition',
          scope: 'Cluster',
        },
      },
    });
  });

  it('shows only the shipped pages once the configurations are gone (tool deactivated)', () => {
    const withKro = openmcpOf(accountChildren([shipped, ...rowsOf('kro').map(toolContentDocument)]));
    const without = openmcpOf(accountChildren([shipped]));
    expect(segments(withKro.children)).toContain('resourcegraphdefinitions');
    expect(segments(without.children)).toEqual(['overview', 'crossplane', 'kro', 'flux', 'ocm-controller']);
  });

  it.each(['kro', 'flux', 'ocm', 'crossplane'] as const)(
    'resolves the catalog resourcesPath of %s to its first new node below the control-plane entity',
    (tool) => {
      const resourcesPath = catalog.tools.find((entry) => entry.id === tool)?.resourcesPath;
      const byPosition = [...rowsOf(tool)].sort((a, b) => a.category.order - b.category.order || a.order - b.order);
      expect(resourcesPath).toBe(byPosition[0].pathSegment);
      const openmcp = openmcpOf(accountChildren([shipped, ...rowsOf(tool).map(toolContentDocument)]));
      expect(openmcp.navigationContext).toBe('openmcp');
      expect(segments(openmcp.children)).toContain(resourcesPath);
    },
  );

  it('throws naming the node when a configuration hangs on an entity nobody defines', () => {
    const document = toolContentDocument(TOOL_CONTENT_ROWS[0]);
    document.luigiConfigFragment.data.nodes[0].entityType = 'main.core_platform-mesh_io_account.unknown';
    expect(() => accountChildren([shipped, document])).toThrow(
      'content node "resourcegraphdefinitions" has entityType "main.core_platform-mesh_io_account.unknown", which the local portal does not define',
    );
  });
});
