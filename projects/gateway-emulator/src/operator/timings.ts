/**
 * Delays of the simulated platform, in milliseconds (docs/local-platform.md §3). `fast` keeps every step ≤ 150 ms for
 * tests; `demo` takes a few seconds per step so a person can watch the UI follow along.
 */
export interface Timings {
  /** ManagedControlPlane `Provisioning` → `MCPReady`. */
  mcpProvisioningMs: number;
  /** ManagedControlPlane `MCPReady` → `Ready`; the four service APIExports appear with it. */
  mcpReadyMs: number;
  /** APIBinding created → phase `Binding` (or the `APIExportNotFound` condition). */
  bindingMs: number;
  /** APIBinding `Binding` → `Bound`. */
  boundMs: number;
  /** A Bound binding's claims/boundResources and a ContentConfiguration's status catch up with a change. */
  syncMs: number;
  /** Enablement object created or changed → `Provisioning` (Ready=False, Reconciling). */
  toolProvisioningMs: number;
  /** `Provisioning` → `Ready` (or `Progressing` with ReconcileError for a version not offered). */
  toolReadyMs: number;
  /** One finalizer step of a deletion (binding clean-up, enablement clean-up). */
  deletionMs: number;
  /**
   * After a binding becomes Bound, changes its bound resources or disappears, the workspace's schema is rebuilt (the
   * bound tools' APIs appear or go) and its open watch streams end; 0 = rebuilt at once without ending streams.
   */
  schemaRebuildMs: number;
  /** Watch streams end with `complete` after this long (the gateway's 30 min, docs/platform.md §4.5). */
  streamMaxMs: number;
  /** A JSON request still running after this long is answered `504 {"errors":[{"message":"request timeout"}]}` (the gateway's 60 s, docs/platform.md §4.6; 0 = never). */
  requestTimeoutMs: number;
}

export type TimingsName = 'fast' | 'demo';

export const TIMINGS: Record<TimingsName, Timings> = {
  fast: {
    mcpProvisioningMs: 60,
    mcpReadyMs: 60,
    bindingMs: 30,
    boundMs: 60,
    syncMs: 20,
    toolProvisioningMs: 30,
    toolReadyMs: 120,
    deletionMs: 60,
    schemaRebuildMs: 100,
    streamMaxMs: 30 * 60_000,
    requestTimeoutMs: 60_000,
  },
  demo: {
    mcpProvisioningMs: 3000,
    mcpReadyMs: 3000,
    bindingMs: 1000,
    boundMs: 2500,
    syncMs: 800,
    toolProvisioningMs: 1000,
    toolReadyMs: 5000,
    deletionMs: 2500,
    schemaRebuildMs: 1500,
    streamMaxMs: 30 * 60_000,
    requestTimeoutMs: 60_000,
  },
};

/** `"fast"`, `"demo"` or a partial object of milliseconds over `fast`; throws on anything else. */
export function resolveTimings(input: unknown, fallback: Timings = TIMINGS.demo): Timings {
  if (input === undefined || input === null) return fallback;
  if (input === 'fast' || input === 'demo') return TIMINGS[input];
  if (typeof input === 'object' && !Array.isArray(input)) {
    const merged: Timings = { ...TIMINGS.fast };
    for (const [key, value] of Object.entries(input)) {
      if (!(key in merged)) throw new Error(`unknown timing "${key}"; known: ${Object.keys(merged).join(', ')}`);
      if (typeof value !== 'number' || value < 0) throw new Error(`timing "${key}" must be a number of milliseconds ≥ 0`);
      merged[key as keyof Timings] = value;
    }
    return merged;
  }
  throw new Error(`timings must be "fast", "demo" or an object of milliseconds, got ${JSON.stringify(input)}`);
}
