/**
 * Faults for tests (docs/local-platform.md §5). Each added fault gets an id; `times` limits
 * how many matching requests it hits (default unlimited). Matching by `operationName` uses the request's
 * operationName, else the name of the operation in the document; `dryRun` limits a fault to dry runs (`true`) or to
 * real requests (`false`; the UI dry-runs its next action and its form, docs/platform.md §4.3).
 */
export type FaultSpec =
  | { type: 'latency'; ms: number; times?: number }
  | { type: 'graphql-error'; operationName?: string; dryRun?: boolean; field?: string; message: string; times?: number }
  | { type: 'http-status'; status: 429 | 503 | 504; operationName?: string; dryRun?: boolean; times?: number }
  | { type: 'stream-end-after'; events: number; times?: number }
  | { type: 'drop-connection'; operationName?: string; dryRun?: boolean; afterMs?: number; times?: number };

type ActiveFault = FaultSpec & { id: string; remaining: number };

/** Checks a fault body from the admin API or CLI; throws a message naming the bad field. */
export function parseFault(input: unknown): FaultSpec {
  if (typeof input !== 'object' || input === null) throw new Error('fault must be a JSON object with a "type"');
  const f = input as Record<string, unknown>;
  const times = f.times === undefined ? undefined : Number(f.times);
  if (times !== undefined && (!Number.isInteger(times) || times < 1)) throw new Error('"times" must be a positive integer');
  const opName = f.operationName === undefined ? undefined : String(f.operationName);
  if (f.dryRun !== undefined && typeof f.dryRun !== 'boolean') throw new Error('"dryRun" must be true or false');
  const dryRun = f.dryRun === undefined ? {} : { dryRun: f.dryRun };
  switch (f.type) {
    case 'latency':
      if (typeof f.ms !== 'number' || f.ms < 0) throw new Error('latency fault needs "ms" ≥ 0');
      return { type: 'latency', ms: f.ms, times };
    case 'graphql-error':
      if (typeof f.message !== 'string') throw new Error('graphql-error fault needs a "message"');
      return {
        type: 'graphql-error',
        operationName: opName,
        ...dryRun,
        field: f.field === undefined ? undefined : String(f.field),
        message: f.message,
        times,
      };
    case 'http-status':
      if (f.status !== 429 && f.status !== 503 && f.status !== 504) throw new Error('http-status fault needs "status" 429, 503 or 504');
      return { type: 'http-status', status: f.status, operationName: opName, ...dryRun, times };
    case 'stream-end-after':
      if (typeof f.events !== 'number' || f.events < 0) throw new Error('stream-end-after fault needs "events" ≥ 0');
      return { type: 'stream-end-after', events: f.events, times };
    case 'drop-connection':
      if (f.afterMs !== undefined && (typeof f.afterMs !== 'number' || f.afterMs < 0)) throw new Error('"afterMs" must be ≥ 0');
      return { type: 'drop-connection', operationName: opName, ...dryRun, afterMs: f.afterMs as number | undefined, times };
    default:
      throw new Error(
        `unknown fault type ${JSON.stringify(f.type)}; use latency, graphql-error, http-status, stream-end-after or drop-connection`,
      );
  }
}

export class FaultInjector {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  add(spec: FaultSpec): string {
    const id = `fault-${this.nextId++}`;
    this.faults.push({ ...spec, id, remaining: spec.times ?? Infinity });
    return id;
  }

  clear(): void {
    this.faults = [];
  }

  list(): FaultSpec[] {
    return this.faults.map(({ remaining: _r, ...f }) => f);
  }

  /**
   * The first fault of `type` that matches, consuming one of its `times`. `fields` are the field names used in the
   * document (for graphql-error's `field`); `dryRun` whether the request is a dry run (`dryRun: true` variable), which
   * a fault with `dryRun` set must match (unset: both).
   */
  take<T extends FaultSpec['type']>(
    type: T,
    operationName: string | undefined,
    fields: ReadonlySet<string> = new Set(),
    dryRun = false,
  ): Extract<FaultSpec, { type: T }> | undefined {
    const fault = this.faults.find((f) => {
      if (f.type !== type || f.remaining <= 0) return false;
      const wanted = 'operationName' in f ? f.operationName : undefined;
      if (wanted !== undefined && wanted !== operationName) return false;
      if ('dryRun' in f && f.dryRun !== undefined && f.dryRun !== dryRun) return false;
      if (f.type === 'graphql-error' && f.field !== undefined && !fields.has(f.field)) return false;
      return true;
    });
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return fault as unknown as Extract<FaultSpec, { type: T }>;
  }
}
