import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { buildBinding, buildControlPlane, buildResource, buildTool } from '@opencp/onboarding/testing';
import { PREVIOUS_SPEC_ANNOTATION } from '../src/config/previous-spec';
import { toolDocuments } from '../src/gateway/documents/tool-documents';
import type { Effect, FlowContext, FlowState, Mode, Platform, Write } from '../src/flow/chart/flow-state';
import { initialState } from '../src/flow/chart/settle';

/** Fixtures of the reducer specs (test-only, not part of the testing entry point): KRO with short deadlines. */
export const chartTool = buildTool();
export const chartConfig = {
  tool: chartTool,
  documents: toolDocuments(chartTool),
  bindTimeoutMs: 5000,
  deleteTimeoutMs: 9000,
  pagesTimeoutMs: 60_000,
  conflictAttempts: 3,
};
export const claim = { group: '', resource: 'secrets', identityHash: '', verbs: ['get'] };

/** Platforms by the step they derive. */
export const at = {
  notActivated: { controlPlane: buildControlPlane(), binding: null, resource: null },
  activating: { controlPlane: buildControlPlane(), binding: buildBinding({ phase: 'Binding' }), resource: null },
  claims: { controlPlane: buildControlPlane(), binding: buildBinding({ exportClaims: [claim], resourceVersion: '7' }), resource: null },
  configure: { controlPlane: buildControlPlane(), binding: buildBinding(), resource: null },
  installing: {
    controlPlane: buildControlPlane(),
    binding: buildBinding(),
    resource: buildResource({ phase: 'Provisioning', resourceVersion: '40' }),
  },
  ready: {
    controlPlane: buildControlPlane(),
    binding: buildBinding(),
    resource: buildResource({ resourceVersion: '41', spec: { version: 'v0.8.5', chartVersion: '0.8.5' } }),
  },
  /** Ready after a change of version made here: the previous spec is annotated. */
  changed: {
    controlPlane: buildControlPlane(),
    binding: buildBinding(),
    resource: buildResource({
      resourceVersion: '42',
      generation: 2,
      spec: { version: 'v0.9.3', chartVersion: '0.9.3' },
      annotations: { [PREVIOUS_SPEC_ANNOTATION]: '{"version":"v0.8.5","chartVersion":"0.8.5"}' },
    }),
  },
} satisfies Record<string, Platform>;

/** A state of `mode` over `platform`, with context overrides (and the write while busy). */
export function chartState(mode: Mode, platform: Platform, ctx: Partial<FlowContext> = {}, write?: Write): FlowState {
  const full: FlowContext = { ...initialState(chartConfig).ctx, platform, ...ctx };
  return mode === 'busy'
    ? { mode, ctx: full, write: write ?? { action: 'activate', stage: 'create', existed: false } }
    : { mode, ctx: full };
}

function operationName(document: DocumentNode): string {
  return (
    (document.definitions.find((definition) => definition.kind === 'OperationDefinition') as OperationDefinitionNode).name?.value ?? '?'
  );
}

/** Effects in words: `load`, `watch`, `mutate CreateAPIBinding`, `arm bind`, `disarm delete`. */
export function effectText(effect: Effect): string {
  switch (effect.type) {
    case 'mutate':
      return `mutate ${operationName(effect.request.document)}`;
    case 'arm':
    case 'disarm':
      return `${effect.type} ${effect.deadline}`;
    default:
      return effect.type;
  }
}
