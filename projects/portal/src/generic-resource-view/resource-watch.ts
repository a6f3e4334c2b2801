/**
 * Keeps the rows of one kind live: list once, then one list subscription from the list's `resourceVersion`
 * (docs/platform.md §4.5, §4.9 pattern 6). A stream that ends (30 min, schema rebuild, restart) is resumed from the
 * newest `resourceVersion` after {@link RESUME_DELAY_MS}; an error stops the watch and is shown until Retry.
 * Transport-free: the page passes a list function and graphql-sse's `subscribe`.
 */
import type { ResourceDocuments } from './resource-documents';
import { ListedObject, ResourceRow, ResourceRows, WatchEvent } from './resource-rows';

/** Pause before a stream that ended normally is resumed, in ms. */
export const RESUME_DELAY_MS = 1000;

/** What the view shows. `reconnecting` keeps the last rows while a resumed stream starts. */
export type ViewState =
  { phase: 'loading' } | { phase: 'live' | 'reconnecting'; rows: ResourceRow[] } | { phase: 'error'; message: string };

/** graphql-sse's sink shape. */
export interface Sink {
  next(value: { data?: Record<string, unknown> | null; errors?: ReadonlyArray<{ message: string }> }): void;
  error(error: unknown): void;
  complete(): void;
}

export interface WatchDeps {
  /** Sends the list query; resolves with `{data, errors}`, rejects on transport errors. */
  list(query: string): Promise<{ data?: Record<string, unknown> | null; errors?: ReadonlyArray<{ message: string }> }>;
  /** Starts a subscription (graphql-sse `client.subscribe`); returns its cancel function. */
  subscribe(payload: { query: string; variables: Record<string, unknown> }, sink: Sink): () => void;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export class ResourceWatch {
  private readonly rows = new ResourceRows();
  private cancel: (() => void) | null = null;
  private timer: unknown = null;
  /** Bumped on every start/stop so answers of an abandoned run are ignored. */
  private run = 0;

  constructor(
    private readonly documents: ResourceDocuments,
    private readonly deps: WatchDeps,
    private readonly onState: (state: ViewState) => void,
  ) {}

  /** (Re)starts: shows loading, lists, then watches. */
  start(): void {
    this.stop();
    const run = this.run;
    this.onState({ phase: 'loading' });
    this.deps.list(this.documents.listQuery).then(
      (answer) => {
        if (run !== this.run) return;
        const list = pathValue(answer.data, this.documents.listPath) as { resourceVersion?: string | null; items: ListedObject[] } | null;
        if (!list)
          return this.fail(`listing ${this.documents.definition.plural} failed: ${messages(answer.errors) || 'the answer has no list'}`);
        this.rows.reset(list.items, list.resourceVersion ?? null);
        this.onState({ phase: 'live', rows: this.rows.rows() });
        this.watch(run);
      },
      (error: Error) => {
        if (run === this.run) this.fail(`listing ${this.documents.definition.plural} failed: ${error.message}`);
      },
    );
  }

  /** Ends the stream and any pending resume. */
  stop(): void {
    this.run += 1;
    this.cancel?.();
    this.cancel = null;
    if (this.timer !== null) this.deps.clearTimeout(this.timer);
    this.timer = null;
  }

  private watch(run: number): void {
    const variables = this.rows.resourceVersion ? { resourceVersion: this.rows.resourceVersion } : {};
    this.cancel = this.deps.subscribe(
      { query: this.documents.watchSubscription, variables },
      {
        next: (value) => {
          if (run !== this.run) return;
          const event = value.data?.[this.documents.watchField] as WatchEvent | null | undefined;
          if (!event)
            return this.fail(`watching ${this.documents.definition.plural} failed: ${messages(value.errors) || 'an event without data'}`);
          this.rows.apply(event);
          this.onState({ phase: 'live', rows: this.rows.rows() });
        },
        error: (error) => {
          if (run === this.run) this.fail(`watching ${this.documents.definition.plural} failed: ${describe(error)}`);
        },
        complete: () => {
          if (run !== this.run) return;
          this.cancel = null;
          this.onState({ phase: 'reconnecting', rows: this.rows.rows() });
          this.timer = this.deps.setTimeout(() => {
            this.timer = null;
            if (run === this.run) this.watch(run);
          }, RESUME_DELAY_MS);
        },
      },
    );
  }

  private fail(message: string): void {
    this.stop();
    this.onState({ phase: 'error', message });
  }
}

function pathValue(data: Record<string, unknown> | null | undefined, path: readonly string[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
    data,
  );
}

function messages(errors: ReadonlyArray<{ message: string }> | undefined): string {
  return errors?.map((error) => error.message).join('; ') ?? '';
}

/** graphql-sse reports an Error, a list of GraphQL errors or a non-2xx Response. */
function describe(error: unknown): string {
  if (Array.isArray(error)) return messages(error);
  if (error instanceof Error) return error.message;
  if (typeof Response !== 'undefined' && error instanceof Response) return `the gateway answered ${error.status}`;
  return String(error);
}
