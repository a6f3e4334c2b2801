import type { LuigiLinkManager } from './luigi-client';
import { luigiClientStub } from '../testing/element-fakes';
import { LuigiHost } from './luigi-host';

describe('LuigiHost', () => {
  afterEach(() => delete (globalThis as { Luigi?: unknown }).Luigi);

  it('maps the portal theme to SAP Horizon light or dark', () => {
    expect(new LuigiHost(() => luigiClientStub({ theme: 'sap_horizon_dark' })).theme()).toBe('sap_horizon_dark');
    expect(new LuigiHost(() => luigiClientStub({ theme: 'sap_fiori_3' })).theme()).toBe('sap_horizon');
    expect(new LuigiHost(() => null).theme()).toBe('sap_horizon');
  });

  it('reports when the host offers no alerts, so the caller shows the message inline', () => {
    expect(new LuigiHost(() => ({})).showAlert('text', 'success')).toBe(false);
    const client = luigiClientStub({});
    expect(new LuigiHost(() => client).showAlert('done', 'success')).toBe(true);
    expect(client.alerts).toEqual([{ text: 'done', type: 'success' }]);
  });

  it('shows at most one alert per slot: a newer one waits, replaces an older waiting one and shows on close', async () => {
    const shown: { text: string; id?: string }[] = [];
    const closers: (() => void)[] = [];
    const client = {
      uxManager: () => ({
        showAlert: (settings: { text: string; id?: string }) => {
          shown.push({ text: settings.text, id: settings.id });
          return new Promise<void>((resolve) => closers.push(resolve));
        },
      }),
    };
    const host = new LuigiHost(() => client);
    host.showAlert('first', 'success', 'kro');
    host.showAlert('second', 'info', 'kro');
    // Another element of the bundle (the page opened again) shares the slot.
    new LuigiHost(() => client).showAlert('third', 'info', 'kro');
    host.showAlert('other tool', 'info', 'flux');
    // No Luigi id: Luigi logs a console error for a duplicate id instead of queueing it.
    expect(shown).toEqual([
      { text: 'first', id: undefined },
      { text: 'other tool', id: undefined },
    ]);
    closers[0]();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shown.map((alert) => alert.text)).toEqual(['first', 'other tool', 'third']);
    closers.forEach((close) => close());
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it('treats a dismissed confirmation modal as "no"', async () => {
    const client = luigiClientStub({ confirm: false });
    const host = new LuigiHost(() => client);
    const settings = { header: 'h', body: 'b', buttonConfirm: 'yes', buttonDismiss: 'no' };
    await expect(host.confirm(settings)).resolves.toBe(false);
    client.confirmResult = true;
    await expect(host.confirm(settings)).resolves.toBe(true);
  });

  it('reloads navigation through Luigi.configChanged when the host page offers it, else re-navigates', async () => {
    const client = luigiClientStub({ route: '/home/openmcp/kro' });
    const host = new LuigiHost(() => client);
    await expect(host.reloadNavigation()).resolves.toBe(true);
    expect(client.navigations).toEqual(['/home/openmcp/kro']);
    const scopes: (string | undefined)[] = [];
    (globalThis as { Luigi?: unknown }).Luigi = { configChanged: (scope?: string) => scopes.push(scope) };
    await expect(host.reloadNavigation()).resolves.toBe(true);
    expect(scopes).toEqual(['navigation']);
    expect(client.navigations).toHaveLength(1);
  });

  it('checks a path below the closest navigation context with pathExists on the absolute route', async () => {
    const client = luigiClientStub({
      route: '/team-a/openmcp/kro',
      contextRoute: '/team-a/openmcp',
      paths: ['/team-a/openmcp', '/team-a/openmcp/rgds'],
    });
    const host = new LuigiHost(() => client);
    await expect(host.contextPathExists('rgds')).resolves.toBe(true);
    await expect(host.contextPathExists('')).resolves.toBe(true);
    await expect(host.contextPathExists('missing')).resolves.toBe(false);
    expect(host.navigate('rgds')).toBe(true);
    expect(client.navigations).toEqual(['/team-a/openmcp/rgds']);
  });

  it('passes node parameters with withParams after fromClosestContext, and reads them with getNodeParams', () => {
    const calls: string[] = [];
    const below: LuigiLinkManager = {
      withParams: (params) => {
        calls.push(`withParams ${JSON.stringify(params)}`);
        return { navigate: (path: string) => calls.push(`navigate ${path}`) };
      },
      navigate: (path: string) => calls.push(`navigate without params ${path}`),
    };
    const host = new LuigiHost(() => ({
      linkManager: () => ({ fromClosestContext: () => below }),
      getNodeParams: () => ({ changeVersion: 'v1.20.1' }),
    }));
    expect(host.navigate('crossplane', { changeVersion: 'v1.20.1' })).toBe(true);
    expect(calls).toEqual(['withParams {"changeVersion":"v1.20.1"}', 'navigate crossplane']);
    expect(host.nodeParam('changeVersion')).toBe('v1.20.1');
    expect(host.nodeParam('other')).toBeNull();
    expect(new LuigiHost(() => ({})).nodeParam('changeVersion')).toBeNull();
  });

  it('offers the link when the host cannot check paths, but not without a link manager', async () => {
    await expect(new LuigiHost(() => luigiClientStub({ contextRoute: '/x' })).contextPathExists('rgds')).resolves.toBe(true);
    await expect(new LuigiHost(() => ({})).contextPathExists('rgds')).resolves.toBe(false);
  });

  it('reads the fresher token from the Luigi global context', () => {
    (globalThis as { Luigi?: unknown }).Luigi = { getGlobalContext: () => ({ token: 'global' }) };
    expect(new LuigiHost(() => null).globalContext()).toEqual({ token: 'global' });
  });
});
