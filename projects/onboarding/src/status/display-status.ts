import type { Condition } from '../platform/resources';

/** Outcome of the display rule of docs/platform.md §2.3. */
export type DisplayStatusKind = 'deleting' | 'pending' | 'ready' | 'in-progress' | 'unknown';

/** What the UI shows for an enablement resource or APIBinding, from its phase and conditions (docs/platform.md §2.3). */
export interface DisplayStatus {
  readonly kind: DisplayStatusKind;
  /** Raw `status.phase`, or null when absent or empty. */
  readonly phase: string | null;
  /** Reason and message of the first `False` condition (in progress), or a deletion blocker (deleting). */
  readonly reason: string | null;
  readonly message: string | null;
  /** `observedGeneration < metadata.generation`: the status may describe an older spec. */
  readonly outdated: boolean;
  /** `False` conditions whose reason ends in `Error` or `Failed` (shown as errors). */
  readonly errors: readonly Condition[];
  /** All conditions, for the detail view. */
  readonly conditions: readonly Condition[];
}
