import { randomUUID } from 'node:crypto';
import { apiVersionOf, qualifiedResource, ResourceDefinition, sameResource } from '../crd/resource-definition';
import { alreadyExists, ApiError, conflict, invalid, notFound } from './api-errors';
import { immutableFieldCauses } from './immutable-fields';
import { KubeObject, kubeTimestamp, WatchEventType } from './kube-object';
import { applyMergePatch, isPlainObject } from './merge-patch';
import { validatorFor } from './schema-validator';

/** One committed change; `previous` is the state before it (absent for ADDED). */
export interface StoreEvent {
  type: WatchEventType;
  resourceVersion: number;
  resource: ResourceDefinition;
  object: KubeObject;
  previous?: KubeObject;
}

export interface WriteOptions {
  dryRun?: boolean;
  /** Namespace of the object (namespaced kinds only). */
  namespace?: string;
}

/** Bucket key of an object: `name`, or `namespace/name` for namespaced kinds. */
const objectKey = (def: ResourceDefinition, name: string, namespace: string | undefined): string =>
  def.scope === 'Namespaced' ? `${namespace ?? ''}/${name}` : name;

/** How many events a workspace keeps for watch resumption; older resourceVersions re-list (docs/platform.md §4.5 "expired"). */
const HISTORY_LIMIT = 2000;

/**
 * The in-memory object store of one KCP workspace: what the API server behind the gateway does for the
 * emulated kinds. One resourceVersion counter per workspace (a decimal string that only grows), uid,
 * generation (bumped when anything outside metadata/status changes), creationTimestamp, finalizers and
 * deletionTimestamp; JSON merge patch updates with optimistic concurrency; status written only by the
 * operator (status subresource semantics: user writes drop `status`). Errors are ApiErrors with the
 * API server's texts (docs/platform.md §4.7).
 *
 * A resource served in several versions (kcp's APIBinding: `v1alpha1`, `v1alpha2`) has one bucket: objects are
 * stored with the storage version's `apiVersion`, writes are validated against the schema of the version they came
 * through, and reads answer with the requested version's `apiVersion` (fields are not converted between versions).
 * Events carry the storage version's definition.
 */
export class WorkspaceStore {
  private revision = 0;
  private readonly objects = new Map<string, Map<string, KubeObject>>();
  private history: StoreEvent[] = [];
  private readonly listeners = new Set<(event: StoreEvent) => void>();
  /**
   * Extra validation of every user create/update after the CRD schema, dry runs alike (e.g. the `spec.version` enum
   * of a stricter CRD set through the admin API, `Gateway.restrictVersions`); throws the API server's ApiError.
   */
  admission: ((def: ResourceDefinition, object: KubeObject) => void) | null = null;

  constructor(
    readonly path: string,
    readonly definitions: readonly ResourceDefinition[],
    private readonly now: () => Date = () => new Date(),
  ) {
    for (const def of definitions) this.objects.set(qualifiedResource(def), new Map());
  }

  /** Latest resourceVersion of the workspace (list `resourceVersion`). */
  resourceVersion(): string {
    return String(this.revision);
  }

  /**
   * Storage-version definition by kind (`APIBinding`) or qualified resource (`apibindings.apis.kcp.io`); throws
   * when not served.
   */
  definition(kindOrResource: string): ResourceDefinition {
    const def = this.definitions.find((d) => d.storage && (d.kind === kindOrResource || qualifiedResource(d) === kindOrResource));
    if (!def) throw new Error(`kind ${kindOrResource} is not served in workspace ${this.path}`);
    return def;
  }

  /** Copies of all objects of a kind, ascending by name, in the version of `def`. */
  list(def: ResourceDefinition): KubeObject[] {
    const order = (o: KubeObject) => `${o.metadata.name}\u0000${o.metadata.namespace ?? ''}`;
    return [...this.bucket(def).values()].sort((a, b) => order(a).localeCompare(order(b))).map((o) => inVersion(def, o));
  }

  /** Copy of one object in the version of `def`, or undefined. */
  get(def: ResourceDefinition, name: string, namespace?: string): KubeObject | undefined {
    const found = this.bucket(def).get(objectKey(def, name, namespace));
    return found ? inVersion(def, found) : undefined;
  }

  /** Copy of one object; throws the API server's "not found". */
  require(def: ResourceDefinition, name: string, namespace?: string): KubeObject {
    const found = this.get(def, name, namespace);
    if (!found) throw notFound(def, name);
    return found;
  }

  /** `create<Kind>`: needs `metadata.name` or `generateName`; fails with "already exists" or "is invalid". */
  create(def: ResourceDefinition, input: Record<string, unknown>, options: WriteOptions = {}): KubeObject {
    const meta = isPlainObject(input.metadata) ? input.metadata : {};
    let name = typeof meta.name === 'string' ? meta.name : '';
    if (name === '' && typeof meta.generateName === 'string' && meta.generateName !== '') {
      name = meta.generateName + Math.random().toString(36).slice(2, 7);
    }
    if (name === '') throw invalid(def, '', [{ field: 'metadata.name', detail: 'Required value: name or generateName is required' }]);
    const namespace =
      def.scope === 'Namespaced' && typeof meta.namespace === 'string' && meta.namespace !== '' ? meta.namespace : undefined;
    if (def.scope === 'Namespaced' && !namespace) throw invalid(def, name, [{ field: 'metadata.namespace', detail: 'Required value' }]);
    if (this.bucket(def).has(objectKey(def, name, namespace))) throw alreadyExists(def, name);
    const object: KubeObject = {
      ...structuredClone(input),
      apiVersion: apiVersionOf(def),
      kind: def.kind,
      metadata: {
        ...pickUserMetadata(meta),
        name,
        ...(namespace ? { namespace } : {}),
        uid: randomUUID(),
        resourceVersion: '',
        generation: 1,
        creationTimestamp: kubeTimestamp(this.now()),
      },
    };
    if (def.hasStatusSubresource) delete object.status;
    const validated = this.validated(def, object);
    this.admission?.(def, validated);
    if (options.dryRun) return validated;
    return inVersion(def, this.commit(def, undefined, validated));
  }

  /**
   * `update<Kind>`: applies `patch` as a JSON merge patch. A `metadata.resourceVersion` in the patch is a
   * precondition ("the object has been modified" when stale). System metadata and (with a status subresource)
   * `status` cannot be changed this way. A patch that changes nothing does not bump the resourceVersion.
   */
  update(def: ResourceDefinition, name: string, patch: Record<string, unknown>, options: WriteOptions = {}): KubeObject {
    const before = this.require(def, name, options.namespace);
    const patchMeta = isPlainObject(patch.metadata) ? patch.metadata : {};
    if (typeof patchMeta.resourceVersion === 'string' && patchMeta.resourceVersion !== before.metadata.resourceVersion) {
      throw conflict(def, name);
    }
    const userPatch: Record<string, unknown> = { ...patch, metadata: pickUserMetadata(patchMeta) };
    delete userPatch.apiVersion;
    delete userPatch.kind;
    if (def.hasStatusSubresource) delete userPatch.status;
    const merged = applyMergePatch(before, userPatch) as KubeObject;
    merged.metadata = { ...merged.metadata, ...systemMetadata(before) };
    if (before.status !== undefined && def.hasStatusSubresource) merged.status = before.status;
    const causes = immutableFieldCauses(def, before, merged);
    if (causes.length > 0) throw invalid(def, name, causes);
    if (before.metadata.deletionTimestamp && addsFinalizer(before, merged)) {
      throw new ApiError(
        `${def.kind}.${def.group} "${name}" is invalid: metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted`,
        422,
        'Invalid',
      );
    }
    const validated = this.validated(def, merged);
    this.admission?.(def, validated);
    if (withoutVolatile(validated) === withoutVolatile(before)) return before;
    if (specOf(validated) !== specOf(before)) validated.metadata.generation = before.metadata.generation + 1;
    if (options.dryRun) return validated;
    return inVersion(def, this.commit(def, before, validated));
  }

  /**
   * `delete<Kind>`: with finalizers the object only gets `deletionTimestamp` (and stays until they are removed),
   * otherwise it is gone at once. Deleting a deleting object is accepted and changes nothing.
   */
  delete(def: ResourceDefinition, name: string, options: WriteOptions = {}): void {
    const before = this.require(def, name, options.namespace);
    if (options.dryRun || before.metadata.deletionTimestamp) return;
    const after = structuredClone(before);
    after.metadata.deletionTimestamp = kubeTimestamp(this.now());
    this.commit(def, before, after);
  }

  /**
   * System write (the simulated operator and kcp): `mutate` edits a copy of the current object, which is stored
   * without validation or generation bump. Returns false when the object is gone or nothing changed.
   */
  systemUpdate(def: ResourceDefinition, name: string, mutate: (object: KubeObject) => void, namespace?: string): boolean {
    const before = this.get(def, name, namespace);
    if (!before) return false;
    const after = structuredClone(before);
    mutate(after);
    if (JSON.stringify(after) === JSON.stringify(before)) return false;
    after.metadata = { ...after.metadata, ...systemMetadata(before) };
    this.commit(def, before, after);
    return true;
  }

  /** System create (seed, operator): validated like a user create but keeps `status`. */
  systemCreate(def: ResourceDefinition, input: Record<string, unknown>): KubeObject {
    const status = input.status;
    const created = this.create(def, input);
    if (status === undefined) return created;
    this.systemUpdate(
      def,
      created.metadata.name,
      (o) => {
        o.status = structuredClone(status) as Record<string, unknown>;
      },
      created.metadata.namespace,
    );
    return this.require(def, created.metadata.name, created.metadata.namespace);
  }

  /** Events after `resourceVersion`, or undefined when it is older than the kept history or not a number. */
  eventsSince(resourceVersion: string): StoreEvent[] | undefined {
    const rv = Number(resourceVersion);
    if (!Number.isInteger(rv) || rv < 0 || rv > this.revision) return undefined;
    const oldestKept = this.history.length > 0 ? this.history[0].resourceVersion : this.revision + 1;
    if (rv < oldestKept - 1 && rv < this.revision) return undefined;
    return this.history.filter((e) => e.resourceVersion > rv);
  }

  /** Registers a listener for committed events; returns the function that removes it. */
  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Serialisable state for `--state FILE`. */
  snapshot(): { resourceVersion: number; objects: KubeObject[] } {
    return { resourceVersion: this.revision, objects: [...this.objects.values()].flatMap((b) => [...b.values()]) };
  }

  /** Replaces the content with a snapshot (no events are emitted; history starts empty). */
  restore(snapshot: { resourceVersion: number; objects: KubeObject[] }): void {
    for (const bucket of this.objects.values()) bucket.clear();
    this.history = [];
    this.revision = snapshot.resourceVersion;
    for (const object of snapshot.objects) {
      const def = this.definitions.find((d) => apiVersionOf(d) === object.apiVersion && d.kind === object.kind);
      if (def) this.bucket(def).set(objectKey(def, object.metadata.name, object.metadata.namespace), structuredClone(object));
    }
  }

  private storageOf(def: ResourceDefinition): ResourceDefinition {
    return def.storage ? def : (this.definitions.find((d) => d.storage && sameResource(d, def)) ?? def);
  }

  private bucket(def: ResourceDefinition): Map<string, KubeObject> {
    const bucket = this.objects.get(qualifiedResource(def));
    if (!bucket) throw new Error(`kind ${def.kind} is not served in workspace ${this.path}`);
    return bucket;
  }

  private validated(def: ResourceDefinition, object: KubeObject): KubeObject {
    const copy = structuredClone(object);
    const status = copy.status;
    delete copy.status;
    validatorFor(def).check(copy as Record<string, unknown>, object.metadata.name);
    if (status !== undefined) copy.status = status;
    return copy;
  }

  private commit(requested: ResourceDefinition, before: KubeObject | undefined, after: KubeObject): KubeObject {
    const def = this.storageOf(requested);
    if (before) before = inVersion(def, before);
    after = inVersion(def, after);
    this.revision += 1;
    after.metadata.resourceVersion = String(this.revision);
    const gone = after.metadata.deletionTimestamp !== undefined && (after.metadata.finalizers ?? []).length === 0;
    const type: WatchEventType = gone ? 'DELETED' : before ? 'MODIFIED' : 'ADDED';
    const key = objectKey(def, after.metadata.name, after.metadata.namespace);
    if (gone) this.bucket(def).delete(key);
    else this.bucket(def).set(key, after);
    const event: StoreEvent = { type, resourceVersion: this.revision, resource: def, object: structuredClone(after), previous: before };
    this.history.push(event);
    if (this.history.length > HISTORY_LIMIT) this.history.splice(0, this.history.length - HISTORY_LIMIT);
    for (const listener of [...this.listeners]) listener(event);
    return structuredClone(after);
  }
}

/** A copy of `object` as read through `def`'s version (only `apiVersion` differs; fields are not converted). */
function inVersion(def: ResourceDefinition, object: KubeObject): KubeObject {
  const copy = structuredClone(object);
  copy.apiVersion = apiVersionOf(def);
  return copy;
}

const SYSTEM_FIELDS = ['name', 'namespace', 'uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp'] as const;

function systemMetadata(object: KubeObject): Partial<KubeObject['metadata']> {
  const out: Record<string, unknown> = {};
  for (const field of SYSTEM_FIELDS) if (object.metadata[field] !== undefined) out[field] = object.metadata[field];
  return out as Partial<KubeObject['metadata']>;
}

function pickUserMetadata(meta: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(meta)) {
    if (!(SYSTEM_FIELDS as readonly string[]).includes(key) && key !== 'managedFields' && key !== 'selfLink') out[key] = value;
  }
  return out;
}

function addsFinalizer(before: KubeObject, after: KubeObject): boolean {
  const old = new Set(before.metadata.finalizers ?? []);
  return (after.metadata.finalizers ?? []).some((f) => !old.has(f));
}

/** Everything but metadata and status: a change here bumps `metadata.generation`. */
function specOf(object: KubeObject): string {
  const { metadata: _metadata, status: _status, ...rest } = object;
  return JSON.stringify(rest);
}

function withoutVolatile(object: KubeObject): string {
  return JSON.stringify({ ...object, metadata: { ...object.metadata, resourceVersion: '' } });
}
