import { specDiff } from './spec-diff';

describe('specDiff', () => {
  it('marks the changed version line as removed and added, the rest unchanged', () => {
    const providers = [{ name: 'provider-kubernetes', version: 'v0.15.0' }];
    expect(specDiff({ version: 'v1.20.0', providers }, { version: 'v1.20.1', providers })).toEqual([
      { kind: 'removed', text: 'version: v1.20.0' },
      { kind: 'added', text: 'version: v1.20.1' },
      { kind: 'unchanged', text: 'providers:' },
      { kind: 'unchanged', text: '  - name: provider-kubernetes' },
      { kind: 'unchanged', text: '    version: v0.15.0' },
    ]);
  });

  it('shows an added provider and a removed chartVersion', () => {
    const lines = specDiff(
      { version: 'v0.9.3', chartVersion: '0.9.3' },
      { version: 'v0.9.3', providers: [{ name: 'provider-helm', version: 'v0.20.0' }] },
    );
    expect(lines.filter((line) => line.kind !== 'unchanged')).toEqual([
      { kind: 'removed', text: 'chartVersion: 0.9.3' },
      { kind: 'added', text: 'providers:' },
      { kind: 'added', text: '  - name: provider-helm' },
      { kind: 'added', text: '    version: v0.20.0' },
    ]);
  });

  it('has no changed line for equal specs', () => {
    expect(specDiff({ version: 'v1' }, { version: 'v1' })).toEqual([{ kind: 'unchanged', text: 'version: v1' }]);
  });
});
