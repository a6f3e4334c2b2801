import { parse } from 'graphql';
import { CONTROL_PLANE_FIELDS } from './fragments';
import { joinDocuments } from './instantiate-template';

/** Name of the workspace's ManagedControlPlane, created by the kcp init-agent (platform-contract §1.1). */
export const CONTROL_PLANE_NAME = 'default';

/**
 * Variables `{ resourceVersion? }`: watch of the workspace's ManagedControlPlanes (there is one, `default`), aliased
 * `event`. Open only while it is not Ready (issue #3 §5).
 */
export const ManagedControlPlanesSubscription = joinDocuments(
  parse(/* GraphQL */ `
    subscription WatchManagedControlPlanes($resourceVersion: String) {
      event: core_opencp_cloud_v1alpha1_managedcontrolplanes(resourceVersion: $resourceVersion) {
        type
        object {
          ...ControlPlaneFields
        }
      }
    }
  `),
  CONTROL_PLANE_FIELDS,
);
