import { readContentDocument } from '../content/content-document';
import type { ListedContentConfiguration } from '../navigation/content-configurations';
import type { LuigiNode, PortalAccount } from '../navigation/luigi-navigation';
import { listedContentConfiguration, rowsOf } from '../navigation/testdata/tool-content-configurations';
import { accountNavigation } from './account-navigation';

const account: PortalAccount = {
  id: 'team-a',
  path: 'root:orgs:demo:team-a',
  gatewayUrl: 'http://gw.test/api/clusters/root:orgs:demo:team-a/graphql',
};
const document = readContentDocument();

function listAnswer(items: ListedContentConfiguration[]): Response {
  return new Response(JSON.stringify({ data: { ui_platform_mesh_io: { v1alpha1: { ContentConfigurations: { items } } } } }), {
    status: 200,
  });
}

const pagesBelowOpenmcp = (children: LuigiNode[]) =>
  children.find((node) => node.pathSegment === 'openmcp')!.children!.map((node) => node.pathSegment);

function setup(answers: Array<() => Response | Promise<Response>>) {
  const fetchFn = jest.fn((_url: string | URL | Request, _init?: RequestInit) => Promise.resolve(answers.shift()!()));
  const warn = jest.fn();
  let token = 'local-admin-token';
  const load = accountNavigation(document, { token: () => token, warn, fetch: fetchFn as unknown as typeof fetch })(account);
  return { load, fetchFn, warn, setToken: (value: string) => (token = value) };
}

describe('accountNavigation', () => {
  it('lists the account ContentConfigurations through the gateway with the current token and the selector as a variable', async () => {
    const { load, fetchFn } = setup([() => listAnswer(rowsOf('kro').map((r) => listedContentConfiguration(r)))]);
    const children = await load();
    expect(pagesBelowOpenmcp(children)).toEqual(['overview', 'crossplane', 'kro', 'flux', 'ocm-controller', 'resourcegraphdefinitions']);
    const [url, init] = fetchFn.mock.calls[0];
    expect(url).toBe(account.gatewayUrl);
    expect(init?.method).toBe('POST');
    expect(init?.signal).toBeInstanceOf(AbortSignal); // gives up after LIST_TIMEOUT_MS instead of a blank navigation
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer local-admin-token');
    const body = JSON.parse(String(init?.body));
    expect(body.variables).toEqual({ selector: 'ui.platform-mesh.io/entity=core_platform-mesh_io_account' });
    expect(body.query).toContain('ContentConfigurations(labelselector: $selector)');
  });

  it('lists again on the next call (Luigi clears its cache on configChanged) with the token current then', async () => {
    const { load, fetchFn, setToken } = setup([
      () => listAnswer(rowsOf('kro').map((r) => listedContentConfiguration(r))),
      () => listAnswer([]),
    ]);
    expect(pagesBelowOpenmcp(await load())).toContain('resourcegraphdefinitions');
    setToken('refreshed-token');
    expect(pagesBelowOpenmcp(await load())).not.toContain('resourcegraphdefinitions');
    expect(fetchFn).toHaveBeenCalledTimes(2);
    expect(new Headers(fetchFn.mock.calls[1][1]?.headers).get('authorization')).toBe('Bearer refreshed-token');
  });

  it('shares one request between calls made while it runs', async () => {
    const { load, fetchFn } = setup([() => listAnswer([])]);
    const [first, second] = await Promise.all([load(), load()]);
    expect(fetchFn).toHaveBeenCalledTimes(1);
    expect(second).toBe(first);
  });

  it('shows the shipped pages and says why and how to retry when the gateway refuses', async () => {
    const { load, warn } = setup([() => new Response('Unauthorized', { status: 401 })]);
    expect(pagesBelowOpenmcp(await load())).toEqual(['overview', 'crossplane', 'kro', 'flux', 'ocm-controller']);
    expect(warn).toHaveBeenCalledWith(
      `The pages that ContentConfigurations add to account team-a could not be loaded (gateway ${account.gatewayUrl} answered 401: Unauthorized); ` +
        'only the OpenControlPlane pages are shown. Refresh the navigation or reload the portal to try again.',
    );
  });

  it('names a configuration that cannot be used and keeps the others', async () => {
    const broken: ListedContentConfiguration = {
      metadata: { name: 'opencp-x' },
      status: { configurationResult: 'nope', conditions: [{ type: 'Ready', status: 'True' }] },
    };
    const { load, warn } = setup([() => listAnswer([broken, ...rowsOf('kro').map((r) => listedContentConfiguration(r))])]);
    expect(pagesBelowOpenmcp(await load())).toContain('resourcegraphdefinitions');
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Some pages of account team-a are missing: ContentConfiguration opencp-x: status.configurationResult is not JSON/,
      ),
    );
  });
});
