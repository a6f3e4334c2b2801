import { OpenApiSchema } from '../crd/resource-definition';
import { nestedTypeName, sanitizeFieldName } from '../naming/gateway-names';

/**
 * Name the gateway gives an object reached through a `$ref` (docs/platform.md §4.2): the shared definition key,
 * sanitised, plus the capitalised name of the field that referenced it, e.g. `metadata` →
 * `io_k8s_apimachinery_pkg_apis_meta_v1_ObjectMetaMetadata`. The type is created once per key and shared by
 * every kind (the first referencing field names it; ObjectMeta is always reached through `metadata`).
 */
export const refTypeName = (refKey: string, field: string): string => nestedTypeName(sanitizeFieldName(refKey), field);

const META_V1 = 'io.k8s.apimachinery.pkg.apis.meta.v1';

/**
 * ObjectMeta as the API server's OpenAPI document defines it. CRDs only say `metadata: {type: object}`; the
 * gateway builds from the server's published schema, where it is a `$ref` to ObjectMeta, so every kind gets
 * the same shared metadata type: `io_k8s_apimachinery_pkg_apis_meta_v1_ObjectMetaMetadata` (input `…_Input`).
 */
export const OBJECT_META_TYPE_NAME = refTypeName(`${META_V1}.ObjectMeta`, 'metadata');

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
        'x-graphql-type-name': refTypeName(`${META_V1}.ManagedFieldsEntry`, 'managedFields'),
        properties: {
          apiVersion: str,
          fieldsType: str,
          fieldsV1: { type: 'object' },
          manager: str,
          operation: str,
          subresource: str,
          time: str,
        },
      },
    },
    name: str,
    namespace: str,
    ownerReferences: {
      type: 'array',
      items: {
        type: 'object',
        'x-graphql-type-name': refTypeName(`${META_V1}.OwnerReference`, 'ownerReferences'),
        properties: {
          apiVersion: str,
          blockOwnerDeletion: { type: 'boolean' },
          controller: { type: 'boolean' },
          kind: str,
          name: str,
          uid: str,
        },
      },
    },
    resourceVersion: str,
    selfLink: str,
    uid: str,
  },
};
