/**
 * The objects of one kind as the view shows them, kept by `metadata.uid` so repeated `ADDED` events after a
 * re-list apply idempotently (docs/platform.md §4.5). Pure TypeScript.
 */

/** An object as the view's documents select it. */
export interface ListedObject {
  metadata: { uid: string; name: string; namespace?: string | null; resourceVersion?: string | null; creationTimestamp?: string | null };
  status?: { conditions?: Array<{ type: string; status: string; reason?: string | null; message?: string | null }> | null } | null;
}

/** A watch event (`{type, object}`, docs/platform.md §4.5). */
export interface WatchEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  object: ListedObject;
}

/** Ready condition as shown: its status, or `None` when the object has none yet. */
export interface ReadyState {
  status: 'True' | 'False' | 'Unknown' | 'None';
  reason?: string;
  message?: string;
}

/** One table row. */
export interface ResourceRow {
  uid: string;
  name: string;
  namespace?: string;
  /** Creation time, or null when the object has none. */
  created: Date | null;
  ready: ReadyState;
}

/** The rows of a list plus the events after it, sorted by namespace then name; the newest resourceVersion seen. */
export class ResourceRows {
  private readonly objects = new Map<string, ListedObject>();
  private version: string | null = null;

  /** The newest `resourceVersion` seen (list or event): where a resumed watch starts. */
  get resourceVersion(): string | null {
    return this.version;
  }

  /** Replaces everything with a list answer. */
  reset(items: readonly ListedObject[], resourceVersion: string | null): void {
    this.objects.clear();
    items.forEach((item) => this.objects.set(item.metadata.uid, item));
    this.version = resourceVersion;
  }

  /** Applies one watch event: ADDED/MODIFIED upsert by uid, DELETED removes. */
  apply(event: WatchEvent): void {
    if (event.type === 'DELETED') this.objects.delete(event.object.metadata.uid);
    else this.objects.set(event.object.metadata.uid, event.object);
    if (event.object.metadata.resourceVersion) this.version = event.object.metadata.resourceVersion;
  }

  rows(): ResourceRow[] {
    return [...this.objects.values()]
      .map(toRow)
      .sort((a, b) => (a.namespace ?? '').localeCompare(b.namespace ?? '') || a.name.localeCompare(b.name));
  }
}

function toRow(object: ListedObject): ResourceRow {
  const { uid, name, namespace, creationTimestamp } = object.metadata;
  const ready = object.status?.conditions?.find((condition) => condition.type === 'Ready');
  const created = creationTimestamp ? new Date(creationTimestamp) : null;
  return {
    uid,
    name,
    ...(namespace ? { namespace } : {}),
    created: created && !Number.isNaN(created.getTime()) ? created : null,
    ready: ready
      ? {
          status: ready.status === 'True' || ready.status === 'False' ? ready.status : 'Unknown',
          ...(ready.reason ? { reason: ready.reason } : {}),
          ...(ready.message ? { message: ready.message } : {}),
        }
      : { status: 'None' },
  };
}

/** Largest unit first: the age is shown in the largest unit that fits ("3 minutes ago"). */
const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/**
 * Age of an object relative to `now`, worded by `Intl.RelativeTimeFormat` in `locale` ("5 minutes ago", "now").
 * @param created creation time; null gives "unknown"
 */
export function ageText(created: Date | null, now: Date, locale = 'en'): string {
  if (!created) return 'unknown';
  const elapsed = Math.max(0, now.getTime() - created.getTime());
  const [unit, size] = UNITS.find(([, ms]) => elapsed >= ms) ?? UNITS[UNITS.length - 1];
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-Math.floor(elapsed / size), unit);
}
