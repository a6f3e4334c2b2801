/** Test helpers of @opencp/onboarding: fakes and builders. Never imported by the elements bundle. */
export { FakeGatewayClient, FakeStream, type FakeAnswer, type RecordedCall } from './fake-gateway-client';
export { FakeScheduler } from './fake-scheduler';
export {
  buildContentConfiguration,
  contentConfigurationsResult,
  flushPromises,
  mutationResult,
  overviewStateResult,
  toolStateResult,
  type StateContents,
} from './gateway-results';
export {
  buildBinding,
  buildControlPlane,
  buildResource,
  condition,
  type BindingOverrides,
  type ResourceOverrides,
} from './resource-builders';
export { buildCatalog, buildComponentsTool, buildProvidersTool, buildTool } from './tool-builders';
export { buildState } from './state-builder';
