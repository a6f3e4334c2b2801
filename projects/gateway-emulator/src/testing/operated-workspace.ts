import { loadOpencpApiExport, loadResourceDefinitions } from '../crd/resource-definition';
import { ALL_TOOL_DEFINITIONS } from '../crd/tool-crds';
import type { OperatorSettings } from '../operator/operator-context';
import { AllowedVersions, DEFAULT_ALLOWED_VERSIONS, replaceAllowedVersions } from '../operator/service-tools';
import { TIMINGS } from '../operator/timings';
import { createSeededWorkspace, OperatedWorkspace, providerExport } from '../seed/seed-workspace';
import { FakeScheduler } from './fake-scheduler';
import { TEAM_A } from './test-requests';

/** A seeded workspace on fake time, as the Gateway builds it, with its clock and operator settings. */
export interface OperatedWorkspaceFixture extends OperatedWorkspace {
  readonly clock: FakeScheduler;
  readonly settings: OperatorSettings;
  /** Sets the versions the operator accepts, as `Gateway.setAllowedVersions` does, and re-examines all objects. */
  allowVersions(allowed: Partial<AllowedVersions>): void;
  /** Stops the operator's timers and ends the workspace's streams. */
  close(): void;
}

/**
 * The operator specs' workspace (`fast` timings, {@link TEAM_A}'s path) without the Gateway around it: no GraphQL
 * schema and no users are built, so a spec file loads in a fraction of the Gateway's start-up.
 */
export function operatedWorkspace(): OperatedWorkspaceFixture {
  const clock = new FakeScheduler();
  const settings: OperatorSettings = { timings: TIMINGS.fast, allowedVersions: structuredClone(DEFAULT_ALLOWED_VERSIONS) };
  const provider = providerExport(loadOpencpApiExport());
  const entry = createSeededWorkspace(TEAM_A, [...loadResourceDefinitions(), ...ALL_TOOL_DEFINITIONS], settings, provider, clock);
  return {
    ...entry,
    clock,
    settings,
    allowVersions(allowed) {
      replaceAllowedVersions(settings.allowedVersions, allowed);
      entry.operator.poke();
    },
    close() {
      entry.operator.stop();
      entry.workspace.endStreams();
    },
  };
}
