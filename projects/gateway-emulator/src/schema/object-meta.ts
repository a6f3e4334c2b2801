import { OpenApiSchema } from '../crd/resource-definition';

/**
 * ObjectMeta as the API server's OpenAPI document defines it. CRDs only say `metadata: {type: object}`; the
 * gateway builds from the server's published schema, where it is a `$ref` to ObjectMeta, so every kind gets
 * the same shared metadata type.
 */
export const OBJECT_META_TYPE_NAME = 'io_k8s_apimachinery_pkg_apis_meta_v1_ObjectMeta';

const str: OpenApiSchema = { type: 'string' };
const stringMap: OpenApiSchema = { type: 'object', additionalProperties: { type: 'string' } };

export const OBJECT_META_SCHEMA: OpenApiSchema = {
  type: 'object',
  properties: {
    annotations: stringMap,
    creationTimestamp: str,
    deletionGracePeriodSeconds: { type: 'integer' },
    deletionTimestamp: str,
    finalizers: { type: 'array', items: str },
    generateName: str,
    generation: { type: 'integer' },
    labels: stringMap,
    managedFields: {
      type: 'array',
      items: {
        type: 'object',
        'x-graphql-type-name': 'io_k8s_apimachinery_pkg_apis_meta_v1_ManagedFieldsEntry',
        properties: { apiVersion: str, fieldsType: str, fieldsV1: { type: 'object' }, manager: str, operation: str, subresource: str, time: str },
      },
    },
    name: str,
    namespace: str,
    ownerReferences: {
      type: 'array',
      items: {
        type: 'object',
        'x-graphql-type-name': 'io_k8s_apimachinery_pkg_apis_meta_v1_OwnerReference',
        properties: { apiVersion: str, blockOwnerDeletion: { type: 'boolean' }, controller: { type: 'boolean' }, kind: str, name: str, uid: str },
      },
    },
    resourceVersion: str,
    selfLink: str,
    uid: str,
  },
};
