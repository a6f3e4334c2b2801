import Ajv, { ErrorObject, Options, ValidateFunction } from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { createRequire } from 'node:module';
import { cachedFile, cacheKey } from '../crd/derived-cache';
import { OpenApiSchema, ResourceDefinition } from '../crd/resource-definition';
import { FieldCause, invalid } from './api-errors';

/**
 * Validates writes against a CRD's `openAPIV3Schema` with ajv (docs/platform.md §4.7 "Invalid").
 * The schema is converted first: `x-kubernetes-*` extensions are stripped (CEL rules the emulator needs are
 * enforced in `immutable-fields.ts`), `nullable: true` becomes a `null` type, and objects with declared
 * properties get `additionalProperties: false` so unknown fields are pruned as the API server prunes them.
 * ajv's `useDefaults` fills `default`s (e.g. `identityHash: ""` in permission claims) like the API server.
 */
class SchemaValidator {
  private readonly validate: ValidateFunction;

  constructor(private readonly def: ResourceDefinition) {
    this.validate = compiled(toJsonSchema(def.schema));
  }

  /** Validates (and prunes/defaults in place) `object`; throws the API server's "is invalid" ApiError. */
  check(object: Record<string, unknown>, name: string): void {
    if (this.validate(object)) return;
    const causes = (this.validate.errors ?? []).filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if').map(toCause);
    const unique = causes.filter((c, i) => causes.findIndex((o) => o.field === c.field && o.detail === c.detail) === i);
    throw invalid(this.def, name, unique);
  }
}

const AJV_OPTIONS: Options = {
  allErrors: true,
  strict: false,
  useDefaults: true,
  removeAdditional: true,
  validateFormats: false,
  verbose: true,
  // Emits the validator as a module, which the disk cache keeps, so each kcp schema is compiled once per change.
  code: { source: true },
};
let ajv: Ajv | undefined;
// Loads the cached CommonJS modules at run time (their paths are content hashes, unknown to the bundler or Jest).
const load = createRequire(__filename);
const AJV_VERSION = (load('ajv/package.json') as { version: string }).version;

/**
 * The validator of `schema`: loaded from the disk cache (`derived-cache.ts`, keyed by ajv's version, its options and
 * the schema) or compiled with ajv and written there as ajv's standalone module. Compiling the kcp APIBinding and
 * APIExport schemas is the slowest part of a gateway start.
 */
function compiled(schema: Record<string, unknown>): ValidateFunction {
  const key = cacheKey('ajv-standalone', AJV_VERSION, JSON.stringify(AJV_OPTIONS), JSON.stringify(schema));
  let fresh: ValidateFunction | undefined;
  const { path } = cachedFile(key, '.cjs', () => {
    ajv ??= new Ajv(AJV_OPTIONS);
    fresh = ajv.compile(schema);
    return standaloneCode(ajv, fresh);
  });
  // A miss compiled `fresh`; a hit has a path (`path` is null only when a miss could not be written).
  return fresh ?? (load(path!) as ValidateFunction);
}

/**
 * Validators per definition object, compiled on first use and shared by all workspaces and resets (definitions
 * are loaded once per folder): compiling the kcp schemas is the slowest part of a reset.
 */
const validators = new WeakMap<ResourceDefinition, SchemaValidator>();

export function validatorFor(def: ResourceDefinition): SchemaValidator {
  let validator = validators.get(def);
  if (!validator) validators.set(def, (validator = new SchemaValidator(def)));
  return validator;
}

function toJsonSchema(node: OpenApiSchema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-kubernetes-') || key === 'description' || key === 'nullable' || key === 'format') continue;
    if (key === 'properties' && value && typeof value === 'object') {
      out.properties = Object.fromEntries(Object.entries(value as Record<string, OpenApiSchema>).map(([k, v]) => [k, toJsonSchema(v)]));
    } else if ((key === 'items' || key === 'additionalProperties') && value && typeof value === 'object') {
      out[key] = toJsonSchema(value as OpenApiSchema);
    } else if ((key === 'oneOf' || key === 'anyOf' || key === 'allOf') && Array.isArray(value)) {
      out[key] = value.map((v) => toJsonSchema(v as OpenApiSchema));
    } else out[key] = value;
  }
  if (node.nullable === true && typeof node.type === 'string') out.type = [node.type, 'null'];
  const preserves = node['x-kubernetes-preserve-unknown-fields'] === true;
  if (node.type === 'object' && node.properties && node.additionalProperties === undefined && !preserves) out.additionalProperties = false;
  if (node['x-kubernetes-int-or-string'] === true) {
    delete out.type;
    out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  return out;
}

/** `/spec/providers/0/name` → `spec.providers[0].name` (the API server's field path notation). */
function fieldPath(instancePath: string, child?: string): string {
  const segments = instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (child !== undefined) segments.push(child);
  return segments.reduce((path, seg) => (/^\d+$/.test(seg) ? `${path}[${seg}]` : path === '' ? seg : `${path}.${seg}`), '');
}

function typeOfValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function toCause(error: ErrorObject): FieldCause {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required')
    return { field: fieldPath(error.instancePath, String(params.missingProperty)), detail: 'Required value' };
  const field = fieldPath(error.instancePath);
  const value = error.data;
  switch (error.keyword) {
    case 'type': {
      const actual = typeOfValue(value);
      return { field, detail: `Invalid value: "${actual}": ${field} in body must be of type ${String(params.type)}: "${actual}"` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return { field, detail: `Unsupported value: ${JSON.stringify(value)}: supported values: ${allowed}` };
    }
    case 'minItems':
      return {
        field,
        detail: `Invalid value: ${(value as unknown[]).length}: ${field} in body should have at least ${String(params.limit)} items`,
      };
    case 'maxLength':
      return { field, detail: `Too long: may not be more than ${String(params.limit)} bytes` };
    case 'minLength':
      return {
        field,
        detail: `Invalid value: ${JSON.stringify(value)}: ${field} in body should be at least ${String(params.limit)} chars long`,
      };
    case 'pattern':
      return { field, detail: `Invalid value: ${JSON.stringify(value)}: ${field} in body should match '${String(params.pattern)}'` };
    default:
      return { field, detail: `Invalid value: ${JSON.stringify(value)}: ${error.message ?? 'invalid'}` };
  }
}
