import { ResourceDefinition } from './crd/resource-definition';
import { WorkspaceStore } from './store/workspace-store';
import { EventQueue } from './watch/event-queue';

/**
 * One KCP workspace (`root:orgs:demo:team-a`): its object store plus the watch streams open on it, so the
 * gateway can end them all the way the real one does on a schema rebuild or restart (docs/platform.md §4.5).
 */
export class Workspace {
  readonly store: WorkspaceStore;
  /**
   * Tools whose APIs the workspace's schema serves (their binding was Bound at the last schema rebuild); the
   * gateway builds the schema from the base CRDs plus these tools' CRDs.
   */
  servedTools: ReadonlySet<string> = new Set();
  private readonly streams = new Set<EventQueue<unknown>>();

  constructor(
    readonly path: string,
    definitions: readonly ResourceDefinition[],
    now: () => Date = () => new Date(),
  ) {
    this.store = new WorkspaceStore(path, definitions, now);
  }

  /** Tracks a stream until it closes. */
  track<T>(stream: EventQueue<T>): EventQueue<T> {
    this.streams.add(stream as EventQueue<unknown>);
    const originalReturn = stream.return.bind(stream);
    stream.return = () => {
      this.streams.delete(stream as EventQueue<unknown>);
      return originalReturn();
    };
    return stream;
  }

  /** Number of watch streams currently open on this workspace. */
  openStreams(): number {
    for (const stream of this.streams) if (stream.isClosed) this.streams.delete(stream);
    return this.streams.size;
  }

  /** Completes every open watch stream (clients see `complete` and must reconnect with their resourceVersion). */
  endStreams(): void {
    for (const stream of this.streams) stream.end();
    this.streams.clear();
  }
}
