import { classifyGraphQLError, classifyHttpStatus, classifyNetworkError } from '../gateway/error-classification';
import { actionAllowed, dryRunOutcome } from './dry-run-outcome';

describe('dryRunOutcome', () => {
  it('allows the action when the dry run was accepted', () => {
    expect(dryRunOutcome(null)).toEqual({ kind: 'allowed' });
    expect(actionAllowed(dryRunOutcome(null))).toBe(true);
  });

  it('reports RBAC refusals as forbidden, which disables the action', () => {
    const message = 'apibindings.apis.kcp.io "kro.services.opencp.cloud" is forbidden: User "reader" cannot create resource "apibindings"';
    const outcome = dryRunOutcome(classifyGraphQLError(message));
    expect(outcome).toEqual({ kind: 'forbidden', message });
    expect(actionAllowed(outcome)).toBe(false);
  });

  it('reports validation and admission refusals with the API server text, keeping the action possible', () => {
    const message = 'kros.kro.services.opencp.cloud "default" is invalid: spec.version: Unsupported value: "v9"';
    const outcome = dryRunOutcome(classifyGraphQLError(message));
    expect(outcome).toEqual({ kind: 'rejected', message });
    expect(actionAllowed(outcome)).toBe(true);
  });

  it('treats transport failures as no verdict: the action stays enabled', () => {
    for (const error of [classifyNetworkError(new TypeError('Failed to fetch')), classifyHttpStatus(503), classifyHttpStatus(401)]) {
      const outcome = dryRunOutcome(error);
      expect(outcome.kind).toBe('unknown');
      expect(actionAllowed(outcome)).toBe(true);
    }
    expect(actionAllowed(null)).toBe(true);
  });
});
