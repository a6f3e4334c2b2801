import type { ContentDocument, ContentNode } from '../content/content-document';
import { readContentDocument } from '../content/content-document';
import { LuigiNode, navigationNodes, PortalAccount, toLuigiNode } from './luigi-navigation';

const teamA: PortalAccount = {
  id: 'team-a',
  path: 'root:orgs:demo:team-a',
  gatewayUrl: 'http://localhost:3000/api/clusters/root:orgs:demo:team-a/graphql',
};
const teamB: PortalAccount = { ...teamA, id: 'team-b', path: 'root:orgs:demo:team-b', gatewayUrl: 'http://gw/b/graphql' };
const MCP = 'main.core_platform-mesh_io_account.core_opencp_cloud_managedcontrolplane';

function documentOf(nodes: ContentNode[], entityType?: string): ContentDocument {
  return { name: 'test', luigiConfigFragment: { data: { nodes, ...(entityType ? { nodeDefaults: { entityType } } : {}) } } };
}

const segments = (nodes: LuigiNode[] | undefined) => nodes?.map((node) => node.pathSegment);

describe('navigationNodes', () => {
  it('builds root → account → OpenControlPlane → overview and one node per tool from the shipped document', () => {
    const [account] = navigationNodes(readContentDocument(), [teamA]);
    expect(account.pathSegment).toBe('team-a');
    const [openmcp] = account.children!;
    expect(openmcp.pathSegment).toBe('openmcp');
    expect(segments(openmcp.children)).toEqual(['overview', 'crossplane', 'kro', 'flux', 'ocm-controller']);
    expect(openmcp.children![1]).toMatchObject({
      viewUrl: 'http://localhost:4200/main.js',
      webcomponent: { selfRegistered: true, type: 'module', tagName: 'openmcp-crossplane-onboarding' },
      context: { toolId: 'crossplane' },
    });
  });

  it('translates the navigation labels of the shipped document into the locale, English by default', () => {
    const labels = (locale?: string) => {
      const [openmcp] = navigationNodes(readContentDocument(), [teamA], locale)[0].children!;
      return openmcp.children!.map((node) => node.label);
    };
    expect(labels()).toEqual(['Overview', 'Crossplane', 'KRO', 'Flux', 'OCM Controller']);
    expect(labels('de-DE')).toEqual(['Übersicht', 'Crossplane', 'KRO', 'Flux', 'OCM-Controller']);
    expect(labels('fr')).toEqual(labels('en'));
  });

  it('keeps a {{key}} that no dictionary has, and translates nested labels', () => {
    const document = {
      name: 'x',
      luigiConfigFragment: {
        data: {
          nodes: [{ pathSegment: 'a', label: '{{missing}}', navHeader: { label: '{{head}}' }, url: '/a.js' }],
          texts: [{ locale: 'de', textDictionary: { head: 'Kopf' } }],
        },
      },
    };
    const [node] = navigationNodes(document, [teamA], 'de');
    expect(node).toMatchObject({ label: '{{missing}}', navHeader: { label: 'Kopf' } });
  });

  it('gives each account the portal context: accountPath and a gateway URL scoped to its workspace', () => {
    const [a, b] = navigationNodes(readContentDocument(), [teamA, teamB]);
    expect(a.context).toMatchObject({
      accountPath: 'root:orgs:demo:team-a',
      organization: 'demo',
      portalContext: { crdGatewayApiUrl: teamA.gatewayUrl },
    });
    expect(b.context).toMatchObject({ accountPath: 'root:orgs:demo:team-b', portalContext: { crdGatewayApiUrl: 'http://gw/b/graphql' } });
    expect(b.children![0]).not.toBe(a.children![0]);
  });

  it('hangs a top-level node on the entity a sibling defines, sorted by order', () => {
    const nodes: ContentNode[] = [
      { entityType: MCP, pathSegment: 'late', order: 50 },
      {
        entityType: 'main.core_platform-mesh_io_account',
        pathSegment: 'openmcp',
        defineEntity: { id: 'core_opencp_cloud_managedcontrolplane' },
        children: [{ entityType: MCP, pathSegment: 'early', order: 10 }, { pathSegment: 'unordered' }],
      },
    ];
    const [account] = navigationNodes(documentOf(nodes), [teamA]);
    expect(segments(account.children)).toEqual(['openmcp']);
    expect(segments(account.children![0].children)).toEqual(['early', 'late', 'unordered']);
  });

  it('puts nodes of the main entity at the root, before the accounts', () => {
    const roots = navigationNodes(documentOf([{ pathSegment: 'home', url: '/home.js' }], 'main'), [teamA]);
    expect(segments(roots)).toEqual(['home', 'team-a']);
  });

  it('fails with the node and entity named when the entity is not defined', () => {
    const nodes: ContentNode[] = [{ entityType: 'main.core_platform-mesh_io_account.unknown_kind', pathSegment: 'lost' }];
    expect(() => navigationNodes(documentOf(nodes), [teamA])).toThrow(
      'content node "lost" has entityType "main.core_platform-mesh_io_account.unknown_kind", which the local portal does not define',
    );
  });
});

describe('toLuigiNode', () => {
  it('renames url to viewUrl and drops portal-only fields', () => {
    const luigi = toLuigiNode({
      pathSegment: 'x',
      url: '/main.js',
      entityType: 'main',
      order: 3,
      defineEntity: { id: 'e' },
      webcomponent: { selfRegistered: true, tagName: 'x-y' },
      label: 'X',
    });
    expect(luigi).toEqual({ pathSegment: 'x', viewUrl: '/main.js', webcomponent: { selfRegistered: true, tagName: 'x-y' }, label: 'X' });
  });
});
