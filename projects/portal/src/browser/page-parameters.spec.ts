import type { PortalSettings } from '../settings/portal-settings';
import { pageChoice, withParameter } from './page-parameters';

const settings: PortalSettings = {
  mode: 'emulator',
  accounts: [],
  users: [
    { id: 'admin', label: 'Admin', email: 'admin@example.com', token: 'local-admin-token' },
    { id: 'readonly', label: 'Read-only user', email: 'readonly@example.com', token: 'local-readonly-token' },
  ],
  bundleUrl: 'http://localhost:4200/main.js',
  timings: 'demo',
};

describe('pageChoice', () => {
  it('defaults to the first user, the current timings and English', () => {
    expect(pageChoice('', settings)).toEqual({ user: settings.users[0], locale: 'en', ignored: [] });
  });

  it('picks the read-only user, German and a timings change from the URL', () => {
    expect(pageChoice('?user=readonly&locale=de&timings=fast', settings)).toEqual({
      user: settings.users[1],
      locale: 'de',
      timings: 'fast',
      ignored: [],
    });
  });

  it('asks for no timings change when the emulator already runs them', () => {
    expect(pageChoice('?timings=demo', settings).timings).toBeUndefined();
  });

  it('lists unknown values and timings against a real gateway as ignored', () => {
    const choice = pageChoice('?user=root&locale=fr&timings=fast', { ...settings, mode: 'gateway' });
    expect(choice.ignored).toEqual(['user=root', 'timings=fast', 'locale=fr']);
    expect(choice.user.id).toBe('admin');
    expect(choice.timings).toBeUndefined();
  });
});

describe('withParameter', () => {
  it('changes one parameter and keeps the others and the Luigi route', () => {
    expect(withParameter('http://localhost:4200/?locale=de#/team-a/openmcp/kro', 'user', 'readonly')).toBe(
      'http://localhost:4200/?locale=de&user=readonly#/team-a/openmcp/kro',
    );
  });
});
