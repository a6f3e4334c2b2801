import { APIRequestContext, expect } from '@playwright/test';
import type { FaultSpec } from '../projects/gateway-emulator/src/faults/fault-injector';
import { DEFAULT_ALLOWED_VERSIONS } from '../projects/gateway-emulator/src/operator/service-tools';
import { EMULATOR_URL } from './e2e-env';

/** A stored object as the emulator's store returns it (only what the specs read). */
export interface StoredObject {
  kind?: string;
  metadata: { name: string; deletionTimestamp?: string };
  spec?: Record<string, unknown>;
  status?: { phase?: string; conditions?: { type: string; status: string; reason?: string; message?: string }[] };
}

/** Test-side client of the gateway emulator's admin HTTP API; every call fails the test on a non-2xx answer. */
export class EmulatorAdmin {
  constructor(private readonly request: APIRequestContext) {}

  /**
   * All workspaces back to their seed, no faults, the operator's default versions, and `fast` timings (each step
   * ≤ 150 ms) or `fast` with some steps overridden in ms (e.g. `{toolReadyMs: 1500}` to watch "installing").
   */
  async reset(timings: 'fast' | Record<string, number> = 'fast'): Promise<void> {
    await this.post('/admin/reset', { timings });
    await this.delete('/admin/faults');
    await this.post('/admin/operator', { allowedVersions: DEFAULT_ALLOWED_VERSIONS });
  }

  /** Adds a fault (docs/local-platform.md §5; the emulator's own `FaultSpec`). */
  async addFault(fault: FaultSpec): Promise<string> {
    return ((await this.post('/admin/faults', fault)) as { id: string }).id;
  }

  /** Lifts every fault still active. */
  async clearFaults(): Promise<void> {
    await this.delete('/admin/faults');
  }

  /** Versions the simulated operator accepts per tool id; others stay not-Ready with a ReconcileError. */
  async allowVersions(allowedVersions: Record<string, string[]>): Promise<void> {
    await this.post('/admin/operator', { allowedVersions });
  }

  /**
   * Installs stricter tool CRDs until the next reset: `spec.version` limited to these versions per tool id, so
   * writes and dry runs of another version answer the API server's "is invalid" text.
   */
  async restrictVersions(versionEnums: Record<string, string[]>): Promise<void> {
    await this.post('/admin/crds', { versionEnums });
  }

  /** Objects in a workspace's store, optionally of one kind. */
  async objects(workspace: string, kind?: string): Promise<StoredObject[]> {
    const query = kind ? `?kind=${encodeURIComponent(kind)}` : '';
    const answer = await this.request.get(`${EMULATOR_URL}/admin/workspaces/${workspace}/objects${query}`);
    expect(answer.ok(), `GET objects of ${workspace}: ${answer.status()}`).toBe(true);
    return ((await answer.json()) as { items: StoredObject[] }).items;
  }

  private async post(path: string, body: unknown): Promise<unknown> {
    const answer = await this.request.post(`${EMULATOR_URL}${path}`, { data: body });
    expect(answer.ok(), `POST ${path} answered ${answer.status()}: ${await answer.text()}`).toBe(true);
    return answer.json();
  }

  private async delete(path: string): Promise<void> {
    const answer = await this.request.delete(`${EMULATOR_URL}${path}`);
    expect(answer.ok(), `DELETE ${path} answered ${answer.status()}`).toBe(true);
  }
}
