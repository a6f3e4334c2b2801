import type { ToolDefinition } from '../catalog/tool-definition';
import type { ConfigureDraft } from '../flow/onboarding-state';
import type { EnablementSpec } from '../platform/resources';
import { enablementSpec } from '../config/enablement-spec';
import { versionRelation, type VersionRelation } from './version-labels';

/** Why a Change version draft may not be submitted yet. */
export type ChangeVersionBlock = 'unchanged' | 'downgrade-unconfirmed';

/** The Change version form's verdict: what the change is, and what blocks submitting it. */
export interface ChangeVersionCheck {
  /** `current → target` of `spec.version`. */
  readonly from: string;
  readonly to: string;
  /** Target version relative to the installed one. */
  readonly relation: VersionRelation;
  /** The spec would not change at all (same version and same extensions): nothing to submit. */
  readonly unchanged: boolean;
  /** Null when the draft may be submitted. */
  readonly blocked: ChangeVersionBlock | null;
}

/**
 * Rules of Change version: a draft equal to the spec in force cannot be submitted (`unchanged`; the installed
 * version with changed providers/components is a change); an older version needs the user's confirmation of the
 * downgrade warning (`downgrade-unconfirmed` until `downgradeConfirmed`). Specs are compared as built by
 * `enablementSpec`, i.e. as they would be sent.
 */
export function checkChangeVersion(
  tool: ToolDefinition,
  current: EnablementSpec,
  draft: ConfigureDraft,
  downgradeConfirmed: boolean,
): ChangeVersionCheck {
  const target = enablementSpec(tool, draft);
  const before = enablementSpec(tool, {
    version: current.version,
    providers: current.providers ?? undefined,
    components: current.components ?? undefined,
  });
  const unchanged = JSON.stringify(target) === JSON.stringify(before);
  const relation = versionRelation(draft.version, current.version);
  const blocked: ChangeVersionBlock | null = unchanged
    ? 'unchanged'
    : relation === 'older' && !downgradeConfirmed
      ? 'downgrade-unconfirmed'
      : null;
  return { from: current.version, to: draft.version, relation, unchanged, blocked };
}
