import { buildBinding, buildResource, condition } from '../../testing/resource-builders';
import { bindingDisplayStatus, displayStatus } from './display-rule';

describe('displayStatus (docs/platform.md §2.3, §2.4)', () => {
  it.each([
    ['no status → pending (never Ready)', buildResource({ phase: null }), 'pending', null, null],
    ['empty phase → pending', buildResource({ phase: '' }), 'pending', null, null],
    ['Ready without conditions → ready', buildResource({ phase: 'Ready', conditions: [] }), 'ready', null, null],
    ['Ready with Ready=True → ready', buildResource(), 'ready', null, null],
    [
      'Provisioning → in progress with the first False condition',
      buildResource({ phase: 'Provisioning', conditions: [condition('Ready', 'False', 'Reconciling', 'Reconcile in progress')] }),
      'in-progress',
      'Reconciling',
      'Reconcile in progress',
    ],
    ['MCPReady → in progress', buildResource({ phase: 'MCPReady', conditions: [] }), 'in-progress', null, null],
    [
      'Progressing with ReconcileError → in progress with the error',
      buildResource({
        phase: 'Progressing',
        conditions: [
          condition('Reconciled', 'False', 'Reconciling', 'working'),
          condition(
            'Ready',
            'False',
            'ReconcileError',
            'invalid user input: requested version is not available: "v9", available versions are: v0.8.5',
          ),
        ],
      }),
      'in-progress',
      'ReconcileError',
      'invalid user input: requested version is not available: "v9", available versions are: v0.8.5',
    ],
    [
      'Crossplane Ready phase but ProviderKubernetesReady=False → in progress',
      buildResource({
        phase: 'Ready',
        conditions: [
          condition('Ready', 'True', 'ReconcileSuccess', ''),
          condition('CrossplaneReady', 'True', 'Healthy', ''),
          condition('ProviderKubernetesReady', 'False', 'InstallFailed', 'package pull failed'),
        ],
      }),
      'in-progress',
      'InstallFailed',
      'package pull failed',
    ],
    [
      'Ready phase with Ready=False → in progress',
      buildResource({
        phase: 'Ready',
        conditions: [condition('Ready', 'False', 'Reconciling', 'Waiting for managed resources to become ready')],
      }),
      'in-progress',
      'Reconciling',
      'Waiting for managed resources to become ready',
    ],
    [
      'deletionTimestamp → deleting with the blocker',
      buildResource({
        deletionTimestamp: '2025-01-02T00:00:00Z',
        conditions: [
          condition(
            'Ready',
            'False',
            'Terminating',
            'deletion blocked: waiting for 2 kro ResourceGraphDefinition(s) to be removed from the control plane',
          ),
        ],
      }),
      'deleting',
      'Terminating',
      'deletion blocked: waiting for 2 kro ResourceGraphDefinition(s) to be removed from the control plane',
    ],
    [
      'Terminating phase → deleting',
      buildResource({ phase: 'Terminating', conditions: [condition('Ready', 'False', 'Terminating', 'Cleanup in progress')] }),
      'deleting',
      'Terminating',
      'Cleanup in progress',
    ],
    ['unknown phase → unknown with the raw phase', buildResource({ phase: 'Exploded', conditions: [] }), 'unknown', null, null],
  ])('%s', (_name, resource, kind, reason, message) => {
    const status = displayStatus(resource);
    expect(status?.kind).toBe(kind);
    expect(status?.reason).toBe(reason);
    expect(status?.message).toBe(message);
  });

  it('keeps the raw phase of an unknown phase', () => {
    expect(displayStatus(buildResource({ phase: 'Exploded' }))?.phase).toBe('Exploded');
  });

  it('flags outdated when observedGeneration < generation', () => {
    expect(displayStatus(buildResource({ generation: 3, observedGeneration: 2 }))?.outdated).toBe(true);
    expect(displayStatus(buildResource({ generation: 3, observedGeneration: 3 }))?.outdated).toBe(false);
  });

  it('lists False conditions whose reason ends in Error or Failed as errors', () => {
    const status = displayStatus(
      buildResource({
        phase: 'Progressing',
        conditions: [
          condition('Reconciled', 'False', 'ComponentReconcileFailed', 'a'),
          condition('Ready', 'False', 'Reconciling', 'b'),
          condition('CrossplaneReady', 'True', 'InstallFailed', 'old'),
          condition('Other', 'False', 'ReconcileError', 'c'),
        ],
      }),
    );
    expect(status?.errors.map((c) => c.reason)).toEqual(['ComponentReconcileFailed', 'ReconcileError']);
    expect(status?.conditions).toHaveLength(4);
  });

  it('returns null for no object', () => {
    expect(displayStatus(null)).toBeNull();
  });
});

describe('bindingDisplayStatus', () => {
  it.each([
    ['Bound', [], 'ready', null],
    ['Binding', [], 'in-progress', null],
    ['', [condition('APIExportValid', 'False', 'APIExportNotFound', 'APIExport not found')], 'in-progress', 'APIExportNotFound'],
  ])('phase %j → %s', (phase, conditions, kind, reason) => {
    const status = bindingDisplayStatus(buildBinding({ phase, conditions }));
    expect(status?.kind).toBe(kind);
    expect(status?.reason).toBe(reason);
    expect(status?.phase).toBe(phase || null);
  });

  it('shows deletion progress of a deleting binding', () => {
    const status = bindingDisplayStatus(
      buildBinding({
        deletionTimestamp: '2025-01-02T00:00:00Z',
        conditions: [condition('BindingResourceDeleteSuccess', 'False', 'SomeResourcesRemain', '3 resources remain')],
      }),
    );
    expect(status).toMatchObject({ kind: 'deleting', reason: 'SomeResourcesRemain', message: '3 resources remain' });
  });
});
