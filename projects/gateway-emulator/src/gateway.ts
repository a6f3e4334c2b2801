import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { GraphQLSchema } from 'graphql';
import { loadTokens, User } from './auth/users';
import { loadOpencpApiExport, loadResourceDefinitions, ResourceDefinition } from './crd/resource-definition';
import { ALL_TOOL_DEFINITIONS, TOOL_DEFINITIONS } from './crd/tool-crds';
import { FaultInjector } from './faults/fault-injector';
import { DEFAULT_ALLOWED_VERSIONS, AllowedVersions, replaceAllowedVersions } from './operator/service-tools';
import { resolveTimings, Timings, TIMINGS } from './operator/timings';
import { REAL_SCHEDULER, Scheduler } from './operator/scheduler';
import { OperatorSettings, ProviderExport, WorkspaceOperator } from './operator/workspace-operator';
import { buildGatewaySchema } from './schema/gateway-schema';
import { createSeededWorkspace, OperatedWorkspace, providerExport, SEEDED_WORKSPACES } from './seed/seed-workspace';
import { KubeObject } from './store/kube-object';
import { versionEnumAdmission } from './store/version-enum';
import { Workspace } from './workspace';

export interface GatewayOptions {
  /** `fast`, `demo` (default) or milliseconds per step (see `operator/timings.ts`). */
  timings?: unknown;
  /** Token file (default `projects/gateway-emulator/tokens.json`). */
  tokenFile?: string;
  /** Optional JSON file the workspaces are loaded from at start and saved to on every change. */
  stateFile?: string;
  /** Create a few example objects of a tool's kinds when its binding becomes Bound (default off). */
  seedToolObjects?: boolean;
  /** Clock and timers of the operator and the stores (default: real time; specs pass `testing/fake-scheduler.ts`). */
  scheduler?: Scheduler;
}

/**
 * Schemas per definition list (loaded once per CRD folder) and set of bound tools (`kro,flux`), shared by every
 * Gateway of the process: building one takes a few hundred ms and its types are immutable.
 */
const SCHEMAS = new WeakMap<readonly ResourceDefinition[], Map<string, GraphQLSchema>>();

/**
 * The emulated platform behind the HTTP layer: CRD-derived schema (one for all workspaces, since they serve the
 * same kinds), the seeded workspaces with their simulated operator, users, faults and operator settings.
 */
export class Gateway {
  readonly definitions: readonly ResourceDefinition[];
  readonly schema: GraphQLSchema;
  readonly tokens: Map<string, User>;
  readonly faults = new FaultInjector();
  readonly settings: OperatorSettings;
  private readonly provider: ProviderExport;
  private readonly scheduler: Scheduler;
  private entries = new Map<string, OperatedWorkspace>();
  /** `spec.version` enums of the tool CRDs as installed now (admin API); empty: the shipped CRDs. */
  private versionEnums: Partial<AllowedVersions> = {};
  private saveTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: GatewayOptions = {}) {
    this.scheduler = options.scheduler ?? REAL_SCHEDULER;
    this.definitions = loadResourceDefinitions();
    this.schema = this.schemaForTools(new Set());
    this.tokens = loadTokens(options.tokenFile);
    this.provider = providerExport(loadOpencpApiExport());
    this.settings = {
      timings: resolveTimings(options.timings, TIMINGS.demo),
      allowedVersions: structuredClone(DEFAULT_ALLOWED_VERSIONS),
      seedToolObjects: options.seedToolObjects === true,
    };
    this.reset();
    if (options.stateFile && existsSync(options.stateFile)) this.loadState(options.stateFile);
  }

  /**
   * The GraphQL schema a workspace serves now: the base CRDs plus the APIs of the tools bound at its last schema
   * rebuild (docs/platform.md §4.5, §4.8). Built once per set of tools and shared (`SCHEMAS`).
   */
  schemaOf(workspace: Workspace): GraphQLSchema {
    return this.schemaForTools(workspace.servedTools);
  }

  /** The schema of a workspace whose bound tools are `tools` (`--print-schema --all-tools-bound`, specs). */
  schemaForTools(tools: ReadonlySet<string>): GraphQLSchema {
    const sorted = [...TOOL_DEFINITIONS.keys()].filter((t) => tools.has(t));
    const key = sorted.join(',');
    let schemas = SCHEMAS.get(this.definitions);
    if (!schemas) SCHEMAS.set(this.definitions, (schemas = new Map()));
    let schema = schemas.get(key);
    if (!schema)
      schemas.set(key, (schema = buildGatewaySchema([...this.definitions, ...sorted.flatMap((t) => TOOL_DEFINITIONS.get(t) ?? [])])));
    return schema;
  }

  /** Workspace by path, or undefined (the HTTP layer answers `404 page not found`). */
  workspace(path: string): Workspace | undefined {
    return this.entries.get(path)?.workspace;
  }

  workspacePaths(): string[] {
    return [...this.entries.keys()];
  }

  /**
   * All workspaces back to their seed (and the shipped CRDs); `timings` replaces the current ones when given. Ends
   * every open stream.
   */
  reset(timings?: unknown): void {
    if (timings !== undefined) this.settings.timings = resolveTimings(timings, this.settings.timings);
    this.versionEnums = {};
    for (const entry of this.entries.values()) {
      entry.operator.stop();
      entry.workspace.endStreams();
    }
    this.entries = new Map();
    for (const path of SEEDED_WORKSPACES) {
      const entry = createSeededWorkspace(
        path,
        [...this.definitions, ...ALL_TOOL_DEFINITIONS],
        this.settings,
        this.provider,
        this.scheduler,
      );
      if (this.options.stateFile) entry.workspace.store.subscribe(() => this.scheduleSave());
      this.entries.set(path, entry);
    }
  }

  /**
   * Installs stricter tool CRDs: `spec.version` limited to the given versions per tool id (others keep the shipped
   * CRD), in every workspace until the next reset; writes and dry runs of another version answer "is invalid".
   */
  restrictVersions(enums: Partial<AllowedVersions>): void {
    for (const [tool, versions] of Object.entries(enums)) {
      if (!(tool in this.settings.allowedVersions))
        throw new Error(`unknown tool "${tool}"; known: ${Object.keys(this.settings.allowedVersions).join(', ')}`);
      if (!Array.isArray(versions) || versions.some((v) => typeof v !== 'string'))
        throw new Error(`versionEnums.${tool} must be an array of strings`);
    }
    this.versionEnums = structuredClone(enums);
    const admission = versionEnumAdmission(this.versionEnums);
    for (const entry of this.entries.values()) entry.workspace.store.admission = admission;
  }

  /** Replaces the allowed versions of the given tools (others unchanged) and re-reconciles. */
  setAllowedVersions(allowed: Partial<AllowedVersions>): void {
    replaceAllowedVersions(this.settings.allowedVersions, allowed);
    for (const entry of this.entries.values()) entry.operator.poke();
  }

  /** Stored objects of a workspace, optionally of one kind (admin API). */
  objects(path: string, kind?: string): KubeObject[] | undefined {
    const workspace = this.workspace(path);
    if (!workspace) return undefined;
    const defs = [...this.definitions, ...ALL_TOOL_DEFINITIONS].filter((d) => d.storage && (kind === undefined || d.kind === kind));
    return defs.flatMap((d) => workspace.store.list(d));
  }

  get timings(): Timings {
    return this.settings.timings;
  }

  /** Open watch streams over all workspaces. */
  openStreams(): number {
    return [...this.entries.values()].reduce((n, e) => n + e.workspace.openStreams(), 0);
  }

  close(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    if (this.options.stateFile) this.saveState(this.options.stateFile);
    for (const entry of this.entries.values()) {
      entry.operator.stop();
      entry.workspace.endStreams();
    }
  }

  private scheduleSave(): void {
    if (this.saveTimer || !this.options.stateFile) return;
    const file = this.options.stateFile;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.saveState(file);
    }, 200);
  }

  private saveState(file: string): void {
    const state = Object.fromEntries([...this.entries].map(([path, e]) => [path, e.workspace.store.snapshot()]));
    writeFileSync(file, JSON.stringify(state, null, 1));
  }

  private loadState(file: string): void {
    let state: Record<string, { resourceVersion: number; objects: KubeObject[] }>;
    try {
      state = JSON.parse(readFileSync(file, 'utf8')) as typeof state;
    } catch (error) {
      throw new Error(`cannot read state file ${file}: ${(error as Error).message}; delete it to start from the seed`, { cause: error });
    }
    for (const [path, snapshot] of Object.entries(state)) {
      const entry = this.entries.get(path);
      if (!entry) continue;
      entry.operator.stop();
      entry.workspace.store.restore(snapshot);
      const operator = new WorkspaceOperator(entry.workspace, this.settings, this.provider, this.scheduler);
      this.entries.set(path, { workspace: entry.workspace, operator });
    }
  }
}
