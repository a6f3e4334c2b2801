import type { Condition, ObjectMeta } from '../platform/resources';
import type { DisplayStatus, DisplayStatusKind } from './display-status';

/** What the display rule reads of an object: metadata and a phase/conditions status. */
export interface StatusSubject {
  readonly metadata?: Pick<ObjectMeta, 'generation' | 'deletionTimestamp'> | null;
  readonly status?: {
    readonly phase?: string | null;
    readonly observedGeneration?: number | null;
    readonly conditions?: readonly Condition[] | null;
  } | null;
}

/** Phases that mean "working" (docs/platform.md §2.3, §2.4 `Progressing`). */
const IN_PROGRESS_PHASES = new Set(['Provisioning', 'MCPReady', 'Progressing']);

/** `<Component>Ready` conditions of Crossplane (docs/platform.md §2.4) and the summary `Ready`: all must be True for Ready. */
const READINESS_CONDITION = /Ready$/;

/** Error reasons: `ReconcileError`, `InstallFailed`, `ComponentReconcileFailed`, … (docs/platform.md §2.3, §2.4). */
const ERROR_REASON = /(Error|Failed)$/;

/**
 * The display rule of docs/platform.md §2.3 with the richer conditions of docs/platform.md §2.4, first match wins:
 * `deletionTimestamp` → deleting (message: the blocker from the first False condition, e.g. "deletion blocked:
 * waiting for 2 kro ResourceGraphDefinition(s) …"); no status or empty phase → pending; `Ready` with every
 * `…Ready` condition True (or none) → ready; `Ready` with a False `…Ready` condition, `Provisioning`, `MCPReady`,
 * `Progressing` → in-progress (reason/message of the first False condition, errors first); `Terminating` →
 * deleting; else unknown with the raw phase. Also flags `outdated` (`observedGeneration < generation`) and lists
 * False conditions whose reason ends in `Error`/`Failed`. Null in, null out.
 */
export function displayStatus(subject: StatusSubject | null | undefined): DisplayStatus | null {
  if (!subject) {
    return null;
  }
  const conditions = subject.status?.conditions ?? [];
  const phase = subject.status?.phase ? subject.status.phase : null;
  const errors = conditions.filter((condition) => condition.status === 'False' && ERROR_REASON.test(condition.reason ?? ''));
  const generation = subject.metadata?.generation;
  const observed = subject.status?.observedGeneration;
  const outdated = typeof generation === 'number' && typeof observed === 'number' && observed < generation;
  const base = { phase, outdated, errors, conditions };
  const falseCondition = errors[0] ?? conditions.find((condition) => condition.status === 'False');
  const explained = (kind: DisplayStatusKind): DisplayStatus => ({
    ...base,
    kind,
    reason: falseCondition?.reason || null,
    message: falseCondition?.message || null,
  });

  if (subject.metadata?.deletionTimestamp) {
    return explained('deleting');
  }
  if (!phase) {
    return { ...base, kind: 'pending', reason: null, message: null };
  }
  if (phase === 'Ready') {
    const notReady = conditions.find((condition) => READINESS_CONDITION.test(condition.type) && condition.status !== 'True');
    if (!notReady) {
      return { ...base, kind: 'ready', reason: null, message: null };
    }
    return { ...base, kind: 'in-progress', reason: notReady.reason || null, message: notReady.message || null };
  }
  if (IN_PROGRESS_PHASES.has(phase)) {
    return explained('in-progress');
  }
  if (phase === 'Terminating') {
    return explained('deleting');
  }
  return { ...base, kind: 'unknown', reason: null, message: null };
}

/**
 * Display rule for an APIBinding (docs/platform.md §3.1): phase `Bound` counts as Ready, `""`/`Binding` as in
 * progress (with the first False condition, e.g. `APIExportNotFound`), deletion as deleting with the
 * `BindingResourceDeleteSuccess` progress (`SomeResourcesRemain`, …) as message.
 */
export function bindingDisplayStatus(binding: StatusSubject | null | undefined): DisplayStatus | null {
  if (!binding) {
    return null;
  }
  const phase = binding.status?.phase ?? '';
  const mapped = phase === 'Bound' ? 'Ready' : phase === '' || phase === 'Binding' ? 'Provisioning' : phase;
  const status = displayStatus({ ...binding, status: { ...binding.status, phase: mapped, observedGeneration: null } });
  return status && { ...status, phase: phase || null };
}
