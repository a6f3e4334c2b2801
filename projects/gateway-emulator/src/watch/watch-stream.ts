import { apiVersionOf, ResourceDefinition, sameResource } from '../crd/resource-definition';
import { KubeObject, WatchEventType } from '../store/kube-object';
import { LabelMatcher } from '../store/label-selector';
import { StoreEvent, WorkspaceStore } from '../store/workspace-store';
import { EventQueue } from './event-queue';
import { project, SelectionTree } from './selection-projection';

/** What a subscription field yields: `{type, object}` (docs/platform.md §4.4/§4.5). */
export interface WatchEvent {
  type: WatchEventType;
  object: KubeObject;
}

export interface WatchOptions {
  /** Single-object subscription: only this name (silent until it exists). */
  name?: string;
  /** Namespaced kinds: only objects of this namespace (all namespaces when absent). */
  namespace?: string;
  matchLabels: LabelMatcher;
  /** Resume point: only changes after it; absent, expired or unknown → list burst of ADDED first. */
  resourceVersion?: string | null;
  /** Emit MODIFIED for every change, not only for changes of selected leaves. */
  subscribeToAll: boolean;
  selection: SelectionTree;
}

/**
 * Watch over one kind in a workspace, as the gateway streams it: ADDED burst (sorted by name) when no usable
 * resourceVersion is given, then live events; MODIFIED only when a selected leaf changed (unless
 * `subscribeToAll`); objects entering/leaving the label selector appear as ADDED/DELETED; DELETED carries the
 * last state. The listener is registered before listing, so no change falls between list and watch.
 */
export function watchResource(store: WorkspaceStore, def: ResourceDefinition, options: WatchOptions): EventQueue<WatchEvent> {
  const matches = (object: KubeObject | undefined): object is KubeObject =>
    object !== undefined &&
    (options.name === undefined || object.metadata.name === options.name) &&
    (options.namespace === undefined || object.metadata.namespace === options.namespace) &&
    options.matchLabels(object.metadata.labels);
  const selected = (object: KubeObject) => JSON.stringify(project(object, options.selection));

  const translate = (stored: StoreEvent): WatchEvent | undefined => {
    if (!sameResource(stored.resource, def)) return undefined;
    const event = stored.resource === def ? stored : inVersion(stored);
    const was = matches(event.previous);
    if (event.type === 'DELETED') return was || matches(event.object) ? { type: 'DELETED', object: event.object } : undefined;
    const is = matches(event.object);
    if (is && !was) return { type: 'ADDED', object: event.object };
    if (!is && was) return { type: 'DELETED', object: event.object };
    if (!is) return undefined;
    if (!options.subscribeToAll && event.previous && selected(event.previous) === selected(event.object)) return undefined;
    return { type: 'MODIFIED', object: event.object };
  };

  /** The event with its objects in the watched version (another served version of the same resource). */
  const inVersion = (event: StoreEvent): StoreEvent => ({
    ...event,
    object: { ...event.object, apiVersion: apiVersionOf(def) },
    previous: event.previous && { ...event.previous, apiVersion: apiVersionOf(def) },
  });

  const queue: EventQueue<WatchEvent> = new EventQueue(() => unsubscribe());
  const unsubscribe = store.subscribe((event) => {
    const translated = translate(event);
    if (translated) queue.push(translated);
  });
  const replay = options.resourceVersion ? store.eventsSince(options.resourceVersion) : undefined;
  if (replay) {
    for (const event of replay) {
      const translated = translate(event);
      if (translated) queue.push(translated);
    }
  } else {
    for (const object of store.list(def).filter(matches)) queue.push({ type: 'ADDED', object });
  }
  return queue;
}
