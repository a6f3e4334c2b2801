import { qualifiedResource, ResourceDefinition } from '../crd/resource-definition';

/**
 * Errors with the Kubernetes API server's message texts (docs/platform.md §4.7). The gateway passes them
 * through as GraphQL error messages without `extensions`, so the message is the whole contract.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    /** HTTP status the API server would answer (404, 409, 422, 403); not sent to GraphQL clients. */
    readonly status: number,
    readonly reason: 'NotFound' | 'AlreadyExists' | 'Conflict' | 'Invalid' | 'Forbidden' | 'BadRequest',
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** `kros.kro.services.opencp.cloud "default" not found` */
export const notFound = (def: ResourceDefinition, name: string): ApiError =>
  new ApiError(`${qualifiedResource(def)} "${name}" not found`, 404, 'NotFound');

/** `apibindings.apis.kcp.io "<name>" already exists` */
export const alreadyExists = (def: ResourceDefinition, name: string): ApiError =>
  new ApiError(`${qualifiedResource(def)} "${name}" already exists`, 409, 'AlreadyExists');

/** `Operation cannot be fulfilled on <plural>.<group> "<name>": the object has been modified; …` */
export const conflict = (def: ResourceDefinition, name: string): ApiError =>
  new ApiError(
    `Operation cannot be fulfilled on ${qualifiedResource(def)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    409,
    'Conflict',
  );

/** One field error as the API server words it: `spec.version: Required value`. */
export interface FieldCause {
  field: string;
  detail: string;
}

/** `KRO.kro.services.opencp.cloud "default" is invalid: spec.version: Required value` (several causes in `[…, …]`). */
export function invalid(def: ResourceDefinition, name: string, causes: FieldCause[]): ApiError {
  const texts = causes.map((c) => `${c.field}: ${c.detail}`);
  const joined = texts.length === 1 ? texts[0] : `[${texts.join(', ')}]`;
  return new ApiError(`${def.kind}.${def.group} "${name}" is invalid: ${joined}`, 422, 'Invalid');
}

/**
 * `<plural>.<group> "<name>" is forbidden: User "<u>" cannot <verb> resource "<plural>" in API group "<group>" at the cluster scope`.
 * Without a name (create, list) the quoted name is left out, as the API server does; namespaced requests end
 * `in the namespace "<ns>"`.
 */
export function forbidden(def: ResourceDefinition, user: string, verb: string, name?: string, namespace?: string): ApiError {
  const subject = name ? `${qualifiedResource(def)} "${name}"` : qualifiedResource(def);
  const scope = namespace ? `in the namespace "${namespace}"` : 'at the cluster scope';
  return new ApiError(
    `${subject} is forbidden: User "${user}" cannot ${verb} resource "${def.plural}" in API group "${def.group}" ${scope}`,
    403,
    'Forbidden',
  );
}

/**
 * kcp's APIBinding admission when the user lacks verb `bind` on the referenced export (docs/platform.md §3.1):
 * `apibindings.apis.kcp.io "<name>" is forbidden: unable to create APIBinding: no permission to bind to export <path>:<export>`.
 */
export function noBindPermission(def: ResourceDefinition, name: string, exportPath: string, exportName: string): ApiError {
  return new ApiError(
    `${qualifiedResource(def)} "${name}" is forbidden: unable to create APIBinding: no permission to bind to export ${exportPath}:${exportName}`,
    403,
    'Forbidden',
  );
}
