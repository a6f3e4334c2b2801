import { buildBinding, buildResource, condition } from '../../testing/resource-builders';
import { buildState } from '../../testing/state-builder';
import { buildComponentsTool, buildProvidersTool } from '../../testing/tool-builders';
import { statusSummary } from './status-summary';

describe('statusSummary', () => {
  it('counts the configured providers of a running Crossplane and components of a running Flux', () => {
    const crossplane = buildState({
      tool: buildProvidersTool(),
      step: 'ready',
      resource: buildResource({ spec: { version: 'v1.20.0', providers: [{ name: 'provider-kubernetes', version: 'v0.15.0' }] } }),
    });
    expect(statusSummary(crossplane)).toEqual({ kind: 'running', version: 'v1.20.0', extension: { type: 'providers', count: 1 } });
    const flux = buildState({
      tool: buildComponentsTool(),
      step: 'ready',
      resource: buildResource({ spec: { version: 'v2.4.0', components: [] } }),
    });
    expect(statusSummary(flux)).toEqual({ kind: 'running', version: 'v2.4.0', extension: { type: 'components', count: 0 } });
    expect(statusSummary(buildState({ step: 'ready', resource: buildResource() }))).toEqual({
      kind: 'running',
      version: 'v0.9.3',
      extension: null,
    });
  });

  it('says what the removal waits for: the objects of its APIs while the binding deletes, then the operator', () => {
    const binding = buildBinding({ deletionTimestamp: '2025-01-01T00:00:00Z' });
    expect(statusSummary(buildState({ step: 'deactivating', binding }))).toEqual({ kind: 'removing', waitingFor: 'objects' });
    expect(statusSummary(buildState({ step: 'deactivating', resource: buildResource({ deletionTimestamp: 'x' }) }))).toEqual({
      kind: 'removing',
      waitingFor: 'operator',
    });
  });

  it('reports an install that fails with the message of the error condition', () => {
    const resource = buildResource({
      phase: 'Progressing',
      spec: { version: 'v9' },
      conditions: [condition('Ready', 'False', 'InstallFailed', 'version not available')],
    });
    expect(statusSummary(buildState({ step: 'installing', resource }))).toEqual({
      kind: 'failing',
      version: 'v9',
      reason: 'version not available',
    });
  });

  it('tells an update from an install', () => {
    const first = buildResource({ phase: 'Progressing', spec: { version: 'v0.9.3' } });
    expect(statusSummary(buildState({ step: 'installing', resource: first }))).toEqual({ kind: 'installing', version: 'v0.9.3' });
    const changed = buildResource({ phase: 'Progressing', generation: 3, spec: { version: 'v0.9.3' } });
    expect(statusSummary(buildState({ step: 'installing', resource: changed }))).toEqual({ kind: 'updating', from: null, to: 'v0.9.3' });
  });

  it('names the earlier steps', () => {
    expect(statusSummary(buildState({ step: 'control-plane-not-ready' })).kind).toBe('waiting-for-control-plane');
    expect(statusSummary(buildState({ step: 'activating' })).kind).toBe('binding');
    const claims = buildBinding({ exportClaims: [{ group: '', resource: 'secrets', verbs: ['get'] }] as never });
    expect(statusSummary(buildState({ step: 'permission-claims', binding: claims }))).toEqual({ kind: 'reviewing-permissions', claims: 1 });
    expect(statusSummary(buildState({ step: 'configure' })).kind).toBe('configure');
  });
});
