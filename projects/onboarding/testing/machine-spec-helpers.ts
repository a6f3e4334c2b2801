import { buildTool, FakeGatewayClient, FakeScheduler, flushPromises } from '@opencp/onboarding/testing';
import { classifyGraphQLError } from '../src/gateway/error-classification';
import type { GatewayResult } from '../src/gateway/gateway-client';
import type { ToolDefinition } from '../src/catalog/tool-definition';
import { OnboardingMachine, type OnboardingMachineOptions } from '../src/flow/onboarding-machine';

/** Helpers of the OnboardingMachine specs (test-only, not part of the testing entry point). */
export const tool = buildTool();
export const bindingName = tool.exportName;
export const conflictText = `Operation cannot be fulfilled on apibindings.apis.kcp.io "${bindingName}": the object has been modified; please apply your changes to the latest version and try again`;
export const forbiddenText = `apibindings.apis.kcp.io "${bindingName}" is forbidden: unable to create APIBinding: no permission to bind to export root:orgs:demo:team-a:${bindingName}`;
export const secretsClaim = { group: '', resource: 'secrets', identityHash: '', verbs: ['get', 'list', 'watch'] };

/** A GraphQL-level error answer (HTTP 200 with `errors`) of a mutation. */
export function graphqlErrorResult(message: string): GatewayResult<unknown> {
  return { data: null, errors: [classifyGraphQLError(message, ['group', 'version', 'result'])] };
}

/** A promise resolved by the test. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * A started machine on a fake scheduler, after the first snapshot. The next action's dry run is off unless
 * `options.checkAccess` says otherwise (its own spec, onboarding-machine-access.spec.ts, counts it).
 */
export async function started(gateway: FakeGatewayClient, options: OnboardingMachineOptions = {}, subject: ToolDefinition = tool) {
  const scheduler = new FakeScheduler();
  const machine = new OnboardingMachine(subject, gateway, { scheduler, checkAccess: false, ...options });
  machine.start();
  await flushPromises();
  return { machine, scheduler };
}
