import type { DocumentNode } from 'graphql';
import { APIBindingsSubscription } from '../gateway/documents/api-binding-documents';
import { ManagedControlPlanesSubscription } from '../gateway/documents/control-plane-documents';
import type { ListSnapshot } from '../gateway/documents/read-response';
import { classifyNetworkError } from '../gateway/error-classification';
import type { GatewayClient, GatewayResult } from '../gateway/gateway-client';
import type { GatewayError } from '../gateway/gateway-error';
import type { ManagedControlPlane } from '../platform/resources';
import { LiveList, type ConnectionState, type ListedObject, type ReconnectOptions } from './live-list';
import type { Scheduler } from './scheduler';
import { pickControlPlane, readBlock, type BlockResult } from './tool-snapshot';

/** Alias of the control-plane block in every state query (docs/platform.md §4.7). */
export const CONTROL_PLANE_BLOCK = 'mcp';
/** Alias of the APIBindings block in every state query. */
export const BINDINGS_BLOCK = 'bindings';

/** A list block of the state query besides control plane and bindings, kept live by its own subscription. */
export interface WatchedList {
  /** Alias of its block in the state query (e.g. `tool`, or a tool's overview alias). */
  readonly alias: string;
  /** Its list subscription (aliased `event`, `$resourceVersion` variable). */
  readonly subscription: DocumentNode;
}

/** Whom a {@link WorkspaceWatch} tells; every call happens after the watch updated itself. */
export interface WorkspaceWatchListener {
  /** A snapshot arrived: every block (`mcp`, `bindings`, each watched list) with its list or its error. */
  snapshot(blocks: ReadonlyMap<string, BlockResult<ListedObject>>): void;
  /** The snapshot request failed as a whole (transport). */
  loadFailed(error: GatewayError): void;
  /** A live stream changed block `alias`; `items` are all its current objects. */
  changed(alias: string, items: readonly ListedObject[]): void;
  /** `reconnecting` while any open stream cannot reach the gateway, `live` again once all are healthy. */
  connection(state: ConnectionState): void;
  /** The stream of `alias` gave up (non-retryable error, e.g. forbidden). */
  streamFailed(alias: string, error: GatewayError): void;
}

/** What a {@link WorkspaceWatch} reads and watches. */
export interface WorkspaceWatchOptions {
  readonly gateway: GatewayClient;
  readonly scheduler: Scheduler;
  readonly reconnect?: ReconnectOptions;
  /** The state query (ToolState or OverviewState): one request for every block. */
  readonly document: DocumentNode;
  /** Its variables (ToolState: the ContentConfiguration selector); none for OverviewState. */
  readonly variables?: Record<string, unknown>;
  /** Blocks of the snapshot reported with it but not watched (ToolState's `pages`). */
  readonly unwatchedBlocks?: readonly string[];
  readonly lists: readonly WatchedList[];
  readonly listener: WorkspaceWatchListener;
}

/**
 * The live view of one workspace, shared by the tool page and the overview: the first snapshot through the one
 * state query (`load()`), then, on `open()`, list subscriptions from the snapshot's resourceVersions: only the
 * control plane's while it is not Ready (nothing else can change then), else the APIBindings' and each watched
 * list's. When the control plane becomes Ready the watch re-reads (a new snapshot; the owner opens again). Streams
 * reconnect with full-jitter back-off and resume from their last resourceVersion ({@link LiveList}).
 */
export class WorkspaceWatch {
  private readonly streams = new Map<string, LiveList<ListedObject>>();
  private blocks: ReadonlyMap<string, BlockResult<ListedObject>> | null = null;
  private connection: ConnectionState = 'live';
  private disposed = false;

  constructor(private readonly options: WorkspaceWatchOptions) {
    const documents: [string, DocumentNode][] = [
      [CONTROL_PLANE_BLOCK, ManagedControlPlanesSubscription],
      [BINDINGS_BLOCK, APIBindingsSubscription],
      ...options.lists.map((list): [string, DocumentNode] => [list.alias, list.subscription]),
    ];
    for (const [alias, document] of documents) {
      this.streams.set(
        alias,
        new LiveList<ListedObject>({
          gateway: options.gateway,
          scheduler: options.scheduler,
          reconnect: options.reconnect,
          document,
          onChange: (items) => this.changed(alias, items),
          onFailure: (error) => !this.disposed && options.listener.streamFailed(alias, error),
          onConnection: () => this.connectionChanged(),
        }),
      );
    }
  }

  /** Reads the snapshot (one request); answers through `snapshot` or `loadFailed`. */
  load(): void {
    const { document, variables } = this.options;
    void this.options.gateway.query<unknown>(variables ? { document, variables } : { document }).then(
      (result) => this.received(result),
      (error: unknown) => !this.disposed && this.options.listener.loadFailed(classifyNetworkError(error)),
    );
  }

  /** Opens the streams from the last snapshot (closing any open ones). */
  open(): void {
    this.stopStreams();
    const blocks = this.blocks;
    const controlPlanes = blocks?.get(CONTROL_PLANE_BLOCK)?.list;
    if (this.disposed || !blocks || !controlPlanes) {
      return;
    }
    if (pickControlPlane(controlPlanes.items as ManagedControlPlane[])?.status?.phase !== 'Ready') {
      this.streams.get(CONTROL_PLANE_BLOCK)!.start(controlPlanes);
      return;
    }
    for (const [alias, stream] of this.streams) {
      const list = blocks.get(alias)?.list;
      if (alias !== CONTROL_PLANE_BLOCK && list) {
        stream.start(list as ListSnapshot<ListedObject>);
      }
    }
  }

  /** Closes every stream; nothing is reported afterwards. */
  dispose(): void {
    this.disposed = true;
    this.stopStreams();
  }

  private received(result: GatewayResult<unknown>): void {
    if (this.disposed) {
      return;
    }
    const blocks = new Map<string, BlockResult<ListedObject>>();
    for (const alias of [...this.streams.keys(), ...(this.options.unwatchedBlocks ?? [])]) {
      blocks.set(alias, readBlock<ListedObject>(result, alias));
    }
    this.blocks = blocks;
    this.options.listener.snapshot(blocks);
  }

  private changed(alias: string, items: readonly ListedObject[]): void {
    if (this.disposed) {
      return;
    }
    this.options.listener.changed(alias, items);
    // Events arrive on the control-plane stream only while it is not Ready (open()): Ready switches the streams.
    if (alias === CONTROL_PLANE_BLOCK && pickControlPlane(items as ManagedControlPlane[])?.status?.phase === 'Ready') {
      this.streams.get(CONTROL_PLANE_BLOCK)!.stop();
      this.load();
    }
  }

  private connectionChanged(): void {
    const state = [...this.streams.values()].some((stream) => stream.active && stream.connectionState === 'reconnecting')
      ? 'reconnecting'
      : 'live';
    if (state !== this.connection && !this.disposed) {
      this.connection = state;
      this.options.listener.connection(state);
    }
  }

  private stopStreams(): void {
    this.streams.forEach((stream) => stream.stop());
    this.connectionChanged();
  }
}
