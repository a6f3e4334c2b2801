import * as command from './commands';
import { EVENT_TYPES, MODES, type EventOf, type EventType, type FlowEvent, type FlowState, type Mode, type Transition } from './flow-state';
import * as result from './results';
import { pagesSeen, settle, stay, withMode } from './settle';

/** A handled (mode, event) pair: what it does (guards included), and the transition. */
export interface Handled<E extends EventType> {
  readonly does: string;
  readonly run: (state: FlowState, event: EventOf<E>) => Transition;
}

/** An ignored (mode, event) pair and why it cannot matter there. */
export interface Ignored {
  readonly ignored: string;
}

/** The chart: every mode × every event type is handled or ignored with a reason (the type demands both). */
export type Chart = { readonly [M in Mode]: { readonly [E in EventType]: Handled<E> | Ignored } };

const ignore = (reason: string): Ignored => ({ ignored: reason });
const busyOnly = (state: FlowState) => state as Extract<FlowState, { mode: 'busy' }>;

/** Events no mode before the first snapshot can act on. */
const unloaded = (reason: string) => ({
  activate: ignore(reason),
  'accept-claims': ignore(reason),
  configure: ignore(reason),
  'start-upgrade': ignore(reason),
  'cancel-upgrade': ignore(reason),
  upgrade: ignore(reason),
  rollback: ignore(reason),
  deactivate: ignore(reason),
  'keep-theirs': ignore('no conflict without a snapshot'),
  'apply-mine': ignore('no conflict without a snapshot'),
  changed: ignore('no stream is open before a snapshot'),
  connection: ignore('no stream is open before a snapshot'),
  'stream-failed': ignore('no stream is open before a snapshot'),
  'write-done': ignore('no write before a snapshot'),
  'write-failed': ignore('no write before a snapshot'),
  deadline: ignore('no deadline runs before a snapshot'),
  pages: ignore('no pages watch before a snapshot'),
});

/** Entries every loaded mode (idle, upgrading, busy) shares. */
const loaded = {
  start: ignore('already started'),
  changed: { does: 'a live change: the object is replaced, then the platform rules settle', run: result.changed },
  connection: {
    does: 'shows the connection state (`reconnecting`: the objects may be outdated)',
    run: (state: FlowState, event: EventOf<'connection'>) =>
      stay({ ...state, ctx: { ...state.ctx, connection: event.connection } } as FlowState),
  },
  'stream-failed': {
    does: 'a stream gave up: load failure with Retry, the objects stay',
    run: (state: FlowState, event: EventOf<'stream-failed'>) =>
      stay({ ...state, ctx: { ...state.ctx, failure: { action: 'load', error: event.error, retryable: true } } } as FlowState),
  },
  deadline: {
    does: 'guard: bind while `activating` / delete while deactivating → deadline failure with Retry; pages while waiting → the change offered, overdue [unwatch-pages]',
    run: (state: FlowState, event: EventOf<'deadline'>) => result.deadline(state, event.deadline),
  },
  dismiss: { does: 'clears the failure', run: command.dismiss },
  pages: {
    does: 'the pages are kept; they match the wait (some after Ready, none after a removal) → the change offered [unwatch-pages, disarm pages]',
    run: (state: FlowState, event: EventOf<'pages'>) => pagesSeen(state, event.pages),
  },
} as const;

/** Entries idle and upgrading share (no write in flight). */
const settled = {
  ...loaded,
  upgrade: {
    does: 'guard: step ready/installing with a resource → busy(upgrade) [mutate Update], nothing to change → idle',
    run: (s: FlowState, e: EventOf<'upgrade'>) => command.upgrade(s, e.draft),
  },
  deactivate: {
    does: 'guard: a binding or resource, not deactivating → busy(deactivate) [mutate DeleteAPIBinding]',
    run: command.deactivate,
  },
  retry: {
    does: 'guard: a failure → the failed action again with the same input (load, or a roll back with nothing left to roll back to: [load])',
    run: command.retry,
  },
  'keep-theirs': { does: 'guard: a conflict → theirs adopted, idle', run: command.keepTheirs },
  'apply-mine': {
    does: 'guard: a conflict → busy(apply-mine) [mutate Update] or busy(replace-binding) [mutate DeleteAPIBinding]',
    run: command.applyMine,
  },
  loaded: { does: 'a new snapshot (control plane Ready, Retry): objects replaced [watch]', run: result.loaded },
  'load-failed': { does: 'a re-read failed: load failure with Retry, the objects stay', run: result.reloadFailed },
  'write-done': ignore('no write in flight'),
  'write-failed': ignore('no write in flight'),
} as const;

const inFlight = 'a write is in flight: a second click sends nothing';

/** The onboarding chart (modes × events); `README.md` shows it as a table generated from this object. */
export const CHART: Chart = {
  initial: {
    ...unloaded('not started'),
    start: { does: 'loading [load]', run: (state) => ({ state: withMode('loading', state.ctx), effects: [{ type: 'load' }] }) },
    retry: ignore('not started'),
    dismiss: ignore('not started'),
    loaded: ignore('no read before start'),
    'load-failed': ignore('no read before start'),
  },
  loading: {
    ...unloaded('nothing to act on before the first snapshot'),
    start: ignore('already started'),
    retry: ignore('no failure while loading'),
    dismiss: ignore('no failure while loading'),
    loaded: { does: 'first snapshot → idle [watch]', run: result.loaded },
    'load-failed': { does: 'first snapshot failed → load-failed with Retry for every kind', run: result.firstLoadFailed },
  },
  'load-failed': {
    ...unloaded('the state is unknown: Retry reads it first'),
    start: ignore('already started'),
    retry: {
      does: 'loading [load]',
      run: (state) => ({ state: withMode('loading', { ...state.ctx, failure: null }), effects: [{ type: 'load' }] }),
    },
    dismiss: { does: 'clears the failure (the page keeps a Retry)', run: command.dismiss },
    loaded: ignore('no read in flight (Retry starts one)'),
    'load-failed': ignore('no read in flight (Retry starts one)'),
  },
  idle: {
    ...settled,
    activate: {
      does: 'guard: step not-activated (or activating after a failure) → busy(activate) [mutate CreateAPIBinding]',
      run: command.activate,
    },
    'accept-claims': {
      does: 'guard: step permission-claims → busy(accept-claims) [mutate UpdateAPIBindingClaims]',
      run: command.acceptClaims,
    },
    configure: {
      does: 'guard: step configure; a draft not offered → failure; else busy(configure) [mutate Create]',
      run: (s, e) => command.configure(s, e.draft),
    },
    'start-upgrade': {
      does: 'guard: step ready/installing → upgrading, draft from the resource (an offered `version` preselected)',
      run: (s, e) => command.startUpgrade(s, e.version),
    },
    rollback: {
      does: 'guard: step ready and a previous-spec annotation → busy(rollback) [mutate Update: previous spec, resourceVersion, annotation removed]',
      run: command.rollback,
    },
    'cancel-upgrade': ignore('no upgrade form is open'),
  },
  upgrading: {
    ...settled,
    activate: ignore('the upgrade form exists only on ready/installing'),
    'accept-claims': ignore('the upgrade form exists only on ready/installing'),
    configure: ignore('the upgrade form sends upgrade, not configure'),
    'start-upgrade': ignore('the form is open already'),
    rollback: ignore('the ready panel offering it is replaced by the open form'),
    'cancel-upgrade': { does: 'closes the form → idle', run: (state) => stay(withMode('idle', { ...state.ctx, failure: null })) },
  },
  busy: {
    ...loaded,
    activate: ignore(inFlight),
    'accept-claims': ignore(inFlight),
    configure: ignore(inFlight),
    'start-upgrade': ignore(inFlight),
    'cancel-upgrade': ignore(inFlight),
    upgrade: ignore(inFlight),
    rollback: ignore(inFlight),
    deactivate: ignore(inFlight),
    retry: ignore(inFlight),
    'keep-theirs': ignore(inFlight),
    'apply-mine': ignore(inFlight),
    loaded: { does: 'snapshot [watch]; a write waiting in reread continues (adopt or conflict, next attempt)', run: result.loaded },
    'load-failed': { does: "a re-read within the write failed → the write's failure", run: result.reloadFailed },
    'write-done': { does: "the write's next stage, or idle (deletes sent: [arm delete])", run: (s, e) => result.writeDone(busyOnly(s), e) },
    'write-failed': {
      does: 'already-exists → reread; conflict with attempts left → reread; not-found of a delete → done; else failure (form reopened)',
      run: (s, e) => result.writeFailed(busyOnly(s), e),
    },
  },
};

/**
 * The flow's reducer: pure and synchronous. Runs the chart's entry for (mode, event), then the platform rules
 * ({@link settle}); an ignored pair leaves the state as it is. When someone else's binding was replaced and is
 * gone, ours is created in the same step.
 */
export function reduce(state: FlowState, event: FlowEvent): Transition {
  const entry = CHART[state.mode][event.type] as Handled<EventType> | Ignored;
  if ('ignored' in entry) {
    return stay(state);
  }
  let next = entry.run(state, event as never);
  if (next.state.mode === 'idle' && next.state.ctx.activation === 'recreate' && !next.state.ctx.platform.binding) {
    const created = command.activate(withMode('idle', { ...next.state.ctx, activation: 'none' }));
    next = { state: created.state, effects: [...next.effects, ...created.effects] };
  }
  return settle(next);
}

/** Every (mode, event) pair with its entry, in chart order (for the README table and the coverage test). */
export function chartRows(): readonly { readonly mode: Mode; readonly event: EventType; readonly entry: Handled<EventType> | Ignored }[] {
  return MODES.flatMap((mode) => EVENT_TYPES.map((event) => ({ mode, event, entry: CHART[mode][event] as Handled<EventType> | Ignored })));
}
