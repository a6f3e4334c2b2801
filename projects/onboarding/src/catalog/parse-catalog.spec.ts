import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalog, buildTool } from '../../testing/tool-builders';
import { CatalogError } from './catalog-error';
import { parseCatalog } from './parse-catalog';

const shippedCatalog = JSON.parse(readFileSync(join(__dirname, '../../../../assets/catalog.json'), 'utf8'));

function problemsOf(json: unknown): string[] {
  try {
    parseCatalog(json);
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogError);
    return (error as CatalogError).problems.map((problem) => `${problem.path}: ${problem.message}`);
  }
  throw new Error('expected the catalog to be rejected');
}

describe('parseCatalog', () => {
  it('accepts the shipped assets/catalog.json with its four tools', () => {
    const catalog = parseCatalog(shippedCatalog);
    expect(catalog.tools.map((tool) => tool.id)).toEqual(['crossplane', 'kro', 'flux', 'ocm']);
  });

  it('accepts a fifth tool that is only a catalog entry', () => {
    const fifth = buildTool({
      id: 'argo',
      exportName: 'argo.services.opencp.cloud',
      tagName: undefined,
      resource: { group: 'argo.services.opencp.cloud', version: 'v1alpha1', kind: 'Argo', plural: 'argos', listField: 'Argos' },
    });
    const json = JSON.parse(JSON.stringify({ ...shippedCatalog, tools: [...shippedCatalog.tools, fifth] }));
    expect(parseCatalog(json).tools.map((tool) => tool.id)).toContain('argo');
  });

  it('accepts a resources path relative to the control-plane node and rejects an absolute one', () => {
    expect(parseCatalog(buildCatalog([buildTool({ resourcesPath: 'kro-resourcegraphdefinitions' })])).tools[0].resourcesPath).toBe(
      'kro-resourcegraphdefinitions',
    );
    expect(problemsOf(JSON.parse(JSON.stringify(buildCatalog([buildTool({ resourcesPath: '/team-a/openmcp' })]))))).toEqual([
      expect.stringMatching(/^\/tools\/0\/resourcesPath: /),
    ]);
  });

  it('names the path of a missing required field', () => {
    const json = JSON.parse(JSON.stringify(shippedCatalog));
    delete json.tools[1].resource.kind;
    expect(problemsOf(json)).toContain('/tools/1/resource: missing required property "kind"');
  });

  it('names unknown properties and wrong types', () => {
    const json = JSON.parse(JSON.stringify(shippedCatalog));
    json.tools[0].colour = 'red';
    json.tools[2].versions[0].version = 3;
    const problems = problemsOf(json);
    expect(problems).toContain('/tools/0: unknown property "colour"');
    expect(problems).toContain('/tools/2/versions/0/version: must be string');
  });

  it('rejects empty texts and repeated components (checks that need the ajv runtime helpers)', () => {
    const json = JSON.parse(JSON.stringify(shippedCatalog));
    json.tools[0].icon = '';
    json.tools[2].extension.components.push(json.tools[2].extension.components[0]);
    const problems = problemsOf(json);
    expect(problems).toContain('/tools/0/icon: must NOT have fewer than 1 characters');
    expect(problems.some((p) => p.startsWith('/tools/2/extension/components: must NOT have duplicate items'))).toBe(true);
  });

  it('rejects a GraphQL-unsafe list field and a wrong schemaVersion', () => {
    const json = JSON.parse(JSON.stringify(buildCatalog([buildTool({ resource: { ...buildTool().resource, listField: 'KRO s' } })])));
    json.schemaVersion = 2;
    const problems = problemsOf(json);
    expect(problems.some((p) => p.startsWith('/tools/0/resource/listField: must match pattern'))).toBe(true);
    expect(problems.some((p) => p.startsWith('/schemaVersion: '))).toBe(true);
  });

  it('rejects duplicate ids and versions, non-semver versions and defaults that are not offered', () => {
    const json = JSON.parse(JSON.stringify(shippedCatalog));
    json.tools[1].id = 'crossplane';
    json.tools[1].versions.push({ version: 'v0.8.5' }, { version: 'latest' });
    json.tools[0].extension.defaults[0].version = 'v9.9.9';
    json.tools[2].extension.defaults.push('image-automation-controller');
    const problems = problemsOf(json);
    expect(problems).toEqual(
      expect.arrayContaining([
        '/tools/1/id: duplicate "crossplane" (first at /tools/0/id)',
        '/tools/1/versions/2/version: duplicate "v0.8.5" (first at /tools/1/versions/0/version)',
        '/tools/1/versions/3/version: "latest" is not a semantic version',
        '/tools/0/extension/defaults/0/version: "v9.9.9" is not offered for provider-kubernetes',
        '/tools/2/extension/defaults/4: "image-automation-controller" is not an offered component',
      ]),
    );
  });

  it('reports exactly the cross-field problems: duplicate export and tag names and providers, provider defaults not offered', () => {
    const json = JSON.parse(JSON.stringify(shippedCatalog));
    json.tools[3].exportName = 'kro.services.opencp.cloud';
    json.tools[2].tagName = 'openmcp-crossplane-onboarding';
    const providers = json.tools[0].extension;
    providers.providers.push({ name: 'provider-kubernetes', versions: ['v0.16.0'], default: 'v0.14.0' });
    providers.defaults.push({ name: 'provider-helm', version: 'v1.0.0' });
    expect(problemsOf(json)).toEqual([
      '/tools/0/extension/providers/1/name: duplicate "provider-kubernetes" (first at /tools/0/extension/providers/0/name)',
      '/tools/0/extension/providers/1/default: "v0.14.0" is not among the provider\'s versions',
      '/tools/0/extension/defaults/1/name: "provider-helm" is not an offered provider',
      '/tools/3/exportName: duplicate "kro.services.opencp.cloud" (first at /tools/1/exportName)',
      '/tools/2/tagName: duplicate "openmcp-crossplane-onboarding" (first at /tools/0/tagName)',
    ]);
  });

  it('reads versions with or without "v" and short forms as semver', () => {
    const json = JSON.parse(JSON.stringify(shippedCatalog));
    json.tools[1].versions = [{ version: '0.8.5' }, { version: 'v0.8' }, { version: '1' }];
    expect(parseCatalog(json).tools[1].versions.map((entry) => entry.version)).toEqual(['0.8.5', 'v0.8', '1']);
    json.tools[1].versions = [{ version: 'vnext' }];
    expect(problemsOf(json)).toEqual(['/tools/1/versions/0/version: "vnext" is not a semantic version']);
  });

  it('puts the source and every problem in the error message', () => {
    expect(() => parseCatalog({ schemaVersion: 1, tools: [] }, 'https://x/catalog.json')).toThrow(
      /Tool catalog https:\/\/x\/catalog.json is not usable: \/tools: must NOT have fewer than 1 items/,
    );
  });
});
