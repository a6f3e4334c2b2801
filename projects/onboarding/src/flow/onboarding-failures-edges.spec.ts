import { buildBinding, buildProvidersTool, buildResource, buildTool, condition } from '@opencp/onboarding/testing';
import { bindTimeoutFailure, deleteTimeoutFailure, draftError } from './onboarding-failures';

const tool = buildTool();

describe('draftError', () => {
  it('is null for an offered draft', () => {
    expect(draftError(tool, { version: 'v0.9.3' })).toBeNull();
  });

  it('names each field not offered, with its row and value', () => {
    const error = draftError(buildProvidersTool(), { version: 'v9', providers: [{ name: 'provider-x', version: 'v1' }] });
    expect(error?.kind).toBe('invalid');
    expect(error?.message).toBe(
      'The configuration is not offered by the catalog: version: unknown-version (v9), providers[0]: unknown-provider (provider-x)',
    );
  });

  it('names a missing field without row or value', () => {
    expect(draftError(tool, { version: '' })?.message).toBe('The configuration is not offered by the catalog: version: required');
  });
});

describe('bindTimeoutFailure', () => {
  it('names the phase and every condition that is not True', () => {
    const binding = buildBinding({
      phase: 'Binding',
      conditions: [
        condition('Ready', 'False', 'Waiting', 'export not found'),
        condition('Synced', 'True', 'Fine', 'all good'),
        condition('Initialized', 'Unknown'),
      ],
    });
    const failure = bindTimeoutFailure(tool, binding, 5000);
    expect(failure.action).toBe('activate');
    expect(failure.error.kind).toBe('deadline');
    expect(failure.error.message).toBe(
      `APIBinding ${tool.exportName} was not Bound within 5 s (phase Binding); conditions: Ready=False Waiting: export not found; Initialized=Unknown`,
    );
  });

  it('says when the binding reports no conditions', () => {
    const failure = bindTimeoutFailure(tool, buildBinding({ phase: 'Binding' }), 5000);
    expect(failure.error.message).toBe(
      `APIBinding ${tool.exportName} was not Bound within 5 s (phase Binding); it reports no conditions yet`,
    );
  });

  it('says when only True conditions are reported', () => {
    const failure = bindTimeoutFailure(tool, buildBinding({ phase: 'Binding', conditions: [condition('Synced', 'True')] }), 5000);
    expect(failure.error.message).toBe(
      `APIBinding ${tool.exportName} was not Bound within 5 s (phase Binding); it reports no conditions yet`,
    );
  });
});

describe('deleteTimeoutFailure', () => {
  it('names both objects still there', () => {
    const failure = deleteTimeoutFailure(tool, buildBinding(), buildResource(), 9000);
    expect(failure.action).toBe('deactivate');
    expect(failure.error.message).toBe(`APIBinding ${tool.exportName} and KRO default still exist after 9 s`);
  });

  it('names only the binding when the resource is gone', () => {
    expect(deleteTimeoutFailure(tool, buildBinding(), null, 9000).error.message).toBe(
      `APIBinding ${tool.exportName} still exist after 9 s`,
    );
  });

  it('names only the resource when the binding is gone, with its blocker', () => {
    const resource = buildResource({
      deletionTimestamp: '2025-01-02T00:00:00Z',
      phase: 'Terminating',
      conditions: [condition('Ready', 'False', 'Deleting', 'deletion blocked: finalizer')],
    });
    expect(deleteTimeoutFailure(tool, null, resource, 9000).error.message).toBe(
      'KRO default still exist after 9 s: deletion blocked: finalizer',
    );
  });
});
