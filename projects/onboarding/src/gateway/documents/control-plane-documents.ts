// Operations pre-parsed from document-sources.ts (no GraphQL parser in the bundle).
import { ControlPlaneFields, WatchManagedControlPlanes } from './documents.generated';
import { joinDocuments } from './instantiate-template';

/** Name of the workspace's ManagedControlPlane, created by the kcp init-agent (docs/platform.md §1.1). */
export const CONTROL_PLANE_NAME = 'default';

/**
 * Variables `{ resourceVersion? }`: watch of the workspace's ManagedControlPlanes (there is one, `default`), aliased
 * `event`. Open only while it is not Ready (docs/onboarding-ui.md §5).
 */
export const ManagedControlPlanesSubscription = joinDocuments(WatchManagedControlPlanes, ControlPlaneFields);
