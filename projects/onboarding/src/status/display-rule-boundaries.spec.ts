import { buildBinding, buildResource, condition } from '../../testing/resource-builders';
import { bindingDisplayStatus, displayStatus } from './display-rule';

describe('display rule at the edges', () => {
  it('prefers an error condition over an earlier plain False condition for the explanation', () => {
    const status = displayStatus(
      buildResource({
        phase: 'Progressing',
        conditions: [condition('Synced', 'False', 'Waiting', 'waiting'), condition('Ready', 'False', 'ReconcileError', 'bad version')],
      }),
    );
    expect(status).toMatchObject({ kind: 'in-progress', reason: 'ReconcileError', message: 'bad version' });
    expect(status?.errors.map((entry) => entry.reason)).toEqual(['ReconcileError']);
  });

  it('counts only False conditions with an Error/Failed reason as errors, and a missing reason as none', () => {
    const conditions = [
      condition('Ready', 'True', 'InstallFailed'),
      { type: 'Synced', status: 'False', reason: null, message: 'no reason' },
      condition('Reconciled', 'False', 'FailedOver'),
    ];
    const status = displayStatus(buildResource({ phase: 'Progressing', conditions }));
    expect(status?.errors).toEqual([]);
    expect(status).toMatchObject({ reason: null, message: 'no reason' });
  });

  it('reports a Ready phase held back by a False …Ready condition as in progress, with empty texts as null', () => {
    const status = displayStatus(
      buildResource({ conditions: [condition('Ready', 'True'), condition('ProviderKubernetesReady', 'Unknown', '', '')] }),
    );
    expect(status).toMatchObject({ kind: 'in-progress', reason: null, message: null });
  });

  it('ignores non-readiness conditions for Ready, and is not outdated when the generation is observed', () => {
    const status = displayStatus(buildResource({ conditions: [condition('Ready', 'True'), condition('Reconciled', 'False', 'Pending')] }));
    expect(status).toMatchObject({ kind: 'ready', outdated: false, reason: null });
    expect(displayStatus(buildResource({ generation: 2, observedGeneration: 2 }))?.outdated).toBe(false);
    expect(displayStatus(buildResource({ generation: 3, observedGeneration: 2 }))?.outdated).toBe(true);
  });

  it('shows Terminating as deleting with the blocker, and a resource without status as pending', () => {
    const blocker = 'deletion blocked: waiting for 2 kro ResourceGraphDefinition(s) to be removed from the control plane';
    expect(
      displayStatus(buildResource({ phase: 'Terminating', conditions: [condition('Ready', 'False', 'Terminating', blocker)] })),
    ).toMatchObject({
      kind: 'deleting',
      message: blocker,
    });
    expect(displayStatus(buildResource({ phase: null }))).toMatchObject({ kind: 'pending', phase: null, errors: [], conditions: [] });
  });

  it('maps binding phases other than Bound/Binding/"" through the resource rule and never reports outdated', () => {
    expect(bindingDisplayStatus(buildBinding({ phase: 'Weird' }))).toMatchObject({ kind: 'unknown', phase: 'Weird' });
    expect(bindingDisplayStatus(null)).toBeNull();
    const binding = { ...buildBinding({ phase: 'Bound' }), metadata: { name: 'b', generation: 5 } };
    expect(bindingDisplayStatus(binding)).toMatchObject({ kind: 'ready', outdated: false });
  });
});
