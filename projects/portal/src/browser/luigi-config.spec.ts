import { readContentDocument } from '../content/content-document';
import type { PortalSettings } from '../settings/portal-settings';
import { HOME_TAG, luigiConfig } from './luigi-config';
import { pageChoice } from './page-parameters';

const settings: PortalSettings = {
  mode: 'emulator',
  accounts: [
    { id: 'team-a', path: 'root:orgs:demo:team-a', gatewayUrl: 'http://localhost:3000/api/clusters/root:orgs:demo:team-a/graphql' },
  ],
  users: [
    { id: 'admin', label: 'Admin', email: 'admin@example.com', token: 'local-admin-token' },
    { id: 'readonly', label: 'Read-only user', email: 'readonly@example.com', token: 'local-readonly-token' },
  ],
  bundleUrl: 'http://127.0.0.1:4901/main.js',
  timings: 'fast',
};
const href = 'http://127.0.0.1:4901/?user=readonly#/team-a/openmcp';
const config = luigiConfig(settings, readContentDocument(), pageChoice('?user=readonly', settings), href) as {
  navigation: {
    nodes: Array<{ pathSegment: string; webcomponent?: unknown }>;
    globalContext: Record<string, unknown>;
    validWebcomponentUrls: string[];
    profile: { items: Array<{ externalLink: { url: string } }> };
  };
};

describe('luigiConfig', () => {
  it('puts the chosen user token in the global context, where the elements read it lazily', () => {
    expect(config.navigation.globalContext).toMatchObject({ token: 'local-readonly-token', userEmail: 'readonly@example.com' });
  });

  it('allows exactly the bundle origin as web-component URL', () => {
    const [pattern] = config.navigation.validWebcomponentUrls;
    expect(new RegExp(pattern).test('http://127.0.0.1:4901/main.js')).toBe(true);
    expect(new RegExp(pattern).test('http://127.0.0.1:49011/main.js')).toBe(false);
    expect(new RegExp(pattern).test('http://evil.invalid/http://127.0.0.1:4901/main.js')).toBe(false);
  });

  it('lists the accounts first (so / opens the OpenControlPlane overview), then the local portal page', () => {
    expect(config.navigation.nodes.map((node) => node.pathSegment)).toEqual(['team-a', 'local']);
    expect(config.navigation.nodes[1].webcomponent).toEqual({ selfRegistered: true, tagName: HOME_TAG });
  });

  it('offers switching to the other user, keeping the route', () => {
    expect(config.navigation.profile.items.map((item) => item.externalLink.url)).toEqual([
      'http://127.0.0.1:4901/?user=admin#/team-a/openmcp',
    ]);
  });
});
