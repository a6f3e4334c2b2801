import { extensionChanges } from './extension-changes';

describe('extensionChanges', () => {
  it('lists providers added, removed and with a changed version', () => {
    const current = {
      providers: [
        { name: 'provider-kubernetes', version: 'v0.15.0' },
        { name: 'provider-helm', version: 'v0.20.0' },
      ],
    };
    const next = {
      providers: [
        { name: 'provider-kubernetes', version: 'v0.16.0' },
        { name: 'provider-aws', version: 'v1.0.0' },
      ],
    };
    expect(extensionChanges(current, next)).toEqual([
      { kind: 'provider-changed', name: 'provider-kubernetes', from: 'v0.15.0', to: 'v0.16.0' },
      { kind: 'provider-removed', name: 'provider-helm', version: 'v0.20.0' },
      { kind: 'provider-added', name: 'provider-aws', version: 'v1.0.0' },
    ]);
  });

  it('lists components added and removed, nothing for the same set', () => {
    expect(
      extensionChanges(
        { components: ['source-controller', 'helm-controller'] },
        { components: ['source-controller', 'kustomize-controller'] },
      ),
    ).toEqual([
      { kind: 'component-removed', name: 'helm-controller' },
      { kind: 'component-added', name: 'kustomize-controller' },
    ]);
    expect(extensionChanges({ version: 'v1', components: ['a'] }, { version: 'v2', components: ['a'] })).toEqual([]);
  });
});
