import type { GatewayError } from '../gateway/gateway-error';

/**
 * What a server-side dry run (`dryRun: true` on the create/update/delete mutation the action would send, with the
 * same variables; docs/platform.md §4.3) says about that action:
 * - `allowed`: the API server accepted it (RBAC and admission passed, nothing stored);
 * - `forbidden`: RBAC refused it (`… is forbidden: User "…" cannot …`): disable the action, say read-only access;
 * - `rejected`: validation or admission refused the input (`… is invalid: …`, `already exists`, a conflict): show
 *   the API server's message inline; the action stays possible after the input is fixed;
 * - `unknown`: the dry run did not reach a verdict (network, 5xx, 429, session, schema, unexpected): keep the action
 *   enabled (a failed check never blocks the user) and show nothing.
 */
export type DryRunOutcome =
  | { readonly kind: 'allowed' }
  | { readonly kind: 'forbidden'; readonly message: string }
  | { readonly kind: 'rejected'; readonly message: string }
  | { readonly kind: 'unknown'; readonly error: GatewayError };

/** Classifies the answer of a dry run: `null` error = accepted, else by the classified gateway error's kind. */
export function dryRunOutcome(error: GatewayError | null): DryRunOutcome {
  if (!error) return { kind: 'allowed' };
  switch (error.kind) {
    case 'forbidden':
      return { kind: 'forbidden', message: error.message };
    case 'invalid':
    case 'already-exists':
    case 'conflict':
    case 'not-found':
      return { kind: 'rejected', message: error.message };
    default:
      return { kind: 'unknown', error };
  }
}

/** Whether the action may be offered after the dry run: everything but a forbidden answer keeps it enabled. */
export function actionAllowed(outcome: DryRunOutcome | null): boolean {
  return outcome?.kind !== 'forbidden';
}
