import { buildBinding, buildResource } from '@opencp/onboarding/testing';
import { GatewayError } from '../../gateway/gateway-error';
import { at, chartState as state, effectText } from '../../../testing/chart-fixtures';
import { CHART, chartRows, reduce } from './chart';
import { EVENT_TYPES, MODES, type EventType, type FlowEvent, type FlowState, type Mode, type Write } from './flow-state';

const conflictError = new GatewayError('conflict', 'Operation cannot be fulfilled on kros "default": the object has been modified');
const unavailable = new GatewayError('unavailable', 'Service Unavailable', [], 503);
const kroPages = [{ label: 'Resource Graph Definitions', path: 'resourcegraphdefinitions' }];

const draft = { version: 'v0.9.3' };
const loadFailure = { action: 'load' as const, error: unavailable, retryable: true };

interface Row {
  readonly name: string;
  readonly given: FlowState;
  readonly event: FlowEvent;
  readonly mode: Mode;
  readonly effects: readonly string[];
  readonly ctx?: Record<string, unknown>;
  readonly write?: Record<string, unknown>;
}

const row = (
  name: string,
  given: FlowState,
  event: FlowEvent,
  mode: Mode,
  effects: readonly string[],
  ctx?: Record<string, unknown>,
  write?: Record<string, unknown>,
): Row => ({
  name,
  given,
  event,
  mode,
  effects,
  ctx,
  write,
});

const busyConfigure: Write = { action: 'configure', stage: 'create', existed: false };
const settledRows = (mode: 'idle' | 'upgrading'): Row[] => [
  row(
    'a live change replaces the object',
    state(mode, at.ready),
    { type: 'changed', platform: { resource: buildResource({ phase: 'Provisioning' }) } },
    mode,
    [],
    { platform: { resource: { status: { phase: 'Provisioning' } } } },
  ),
  row('reconnecting is shown', state(mode, at.ready), { type: 'connection', connection: 'reconnecting' }, mode, [], {
    connection: 'reconnecting',
  }),
  row('a stream gave up: load failure with Retry', state(mode, at.ready), { type: 'stream-failed', error: unavailable }, mode, [], {
    failure: loadFailure,
  }),
  row(
    'waiting for Ready: the first pages end the wait',
    state(mode, at.ready, { pagesWait: 'ready' }),
    { type: 'pages', pages: kroPages },
    mode,
    ['unwatch-pages', 'disarm pages'],
    { pagesWait: 'off', navigationChange: 'ready', pages: kroPages },
  ),
  row(
    'waiting for Ready: no pages yet, the wait goes on',
    state(mode, at.ready, { pagesWait: 'ready' }),
    { type: 'pages', pages: [] },
    mode,
    [],
    {
      pagesWait: 'ready',
      navigationChange: null,
      pages: [],
    },
  ),
  row('no wait: the pages are only kept', state(mode, at.ready), { type: 'pages', pages: kroPages }, mode, [], {
    navigationChange: null,
    pages: kroPages,
  }),
  row(
    'the pages deadline while waiting offers the change anyway, overdue',
    state(mode, at.ready, { pagesWait: 'ready' }),
    { type: 'deadline', deadline: 'pages' },
    mode,
    ['unwatch-pages'],
    { pagesWait: 'off', pagesOverdue: true, navigationChange: 'ready' },
  ),
  row('a stale pages deadline does nothing', state(mode, at.ready), { type: 'deadline', deadline: 'pages' }, mode, [], {
    navigationChange: null,
    pagesOverdue: false,
  }),
  row('a stale bind deadline does nothing', state(mode, at.ready), { type: 'deadline', deadline: 'bind' }, mode, [], { failure: null }),
  row('dismiss clears the failure', state(mode, at.ready, { failure: loadFailure }), { type: 'dismiss' }, mode, [], { failure: null }),
  row(
    'upgrade sends the merge patch',
    state(mode, at.ready),
    { type: 'upgrade', draft },
    'busy',
    ['mutate UpdateKRO'],
    { draft },
    { action: 'upgrade', fromForm: mode === 'upgrading' },
  ),
  row(
    'deactivate deletes the binding first',
    state(mode, at.ready),
    { type: 'deactivate' },
    'busy',
    ['mutate DeleteAPIBinding'],
    { deactivating: true },
    { action: 'deactivate', stage: 'delete-binding' },
  ),
  row('retry of a load failure reads again', state(mode, at.ready, { failure: loadFailure }), { type: 'retry' }, mode, ['load'], {
    failure: null,
  }),
  row(
    'keep theirs adopts the resource',
    state(mode, at.ready, { conflict: { subject: 'resource', theirs: { version: 'v0.8.5' }, mine: { version: 'v0.9.3' } } }),
    { type: 'keep-theirs' },
    'idle',
    ['watch-pages', 'arm pages'],
    { conflict: null, awaitingReady: false, navigationChange: null, pagesWait: 'ready' },
  ),
  row(
    'apply mine patches with the stored resourceVersion',
    state(mode, at.ready, { draft, conflict: { subject: 'resource', theirs: { version: 'v0.8.5' }, mine: { version: 'v0.9.3' } } }),
    { type: 'apply-mine' },
    'busy',
    ['mutate UpdateKRO'],
    {},
    { action: 'apply-mine', attempt: 1 },
  ),
  row('a new snapshot reopens the streams', state(mode, at.ready), { type: 'loaded', platform: at.installing }, mode, ['watch'], {
    platform: { resource: { status: { phase: 'Provisioning' } } },
  }),
  row('a failed re-read is a load failure', state(mode, at.ready), { type: 'load-failed', platform: {}, error: unavailable }, mode, [], {
    failure: loadFailure,
  }),
];

/** One row per handled (mode, event) pair at least, plus the guards and the confirmed behaviours. */
const ROWS: readonly Row[] = [
  row('start reads the snapshot', state('initial', at.notActivated), { type: 'start' }, 'loading', ['load']),
  row(
    'the first snapshot opens the streams',
    state('loading', at.notActivated),
    { type: 'loaded', platform: at.activating },
    'idle',
    ['watch', 'arm bind'],
    { bindDeadline: 'armed' },
  ),
  row(
    'a failed first snapshot offers Retry for every kind',
    state('loading', at.notActivated),
    { type: 'load-failed', platform: { binding: buildBinding() }, error: new GatewayError('forbidden', 'no') },
    'load-failed',
    [],
    { failure: { action: 'load', retryable: true } },
  ),
  row(
    'retry after a failed first snapshot',
    state('load-failed', at.notActivated, { failure: loadFailure }),
    { type: 'retry' },
    'loading',
    ['load'],
    { failure: null },
  ),
  row(
    'dismiss in load-failed keeps the mode',
    state('load-failed', at.notActivated, { failure: loadFailure }),
    { type: 'dismiss' },
    'load-failed',
    [],
    { failure: null },
  ),
  row(
    'activate creates the binding',
    state('idle', at.notActivated),
    { type: 'activate' },
    'busy',
    ['mutate CreateAPIBinding', 'arm bind'],
    { activation: 'pending', bindDeadline: 'armed' },
  ),
  row('guard: activate only when not activated', state('idle', at.ready), { type: 'activate' }, 'idle', []),
  row(
    'accept claims sends the complete list',
    state('idle', at.claims),
    { type: 'accept-claims' },
    'busy',
    ['mutate UpdateAPIBindingClaims'],
    {},
    { attempt: 1 },
  ),
  row('guard: accept claims only with pending claims', state('idle', at.configure), { type: 'accept-claims' }, 'idle', []),
  row('configure creates the resource', state('idle', at.configure), { type: 'configure', draft }, 'busy', ['mutate CreateKRO'], { draft }),
  row(
    'guard: a draft the catalog does not offer fails, nothing sent',
    state('idle', at.configure),
    { type: 'configure', draft: { version: 'latest' } },
    'idle',
    [],
    { failure: { action: 'configure', retryable: false } },
  ),
  row('start upgrade opens the form with the spec in force', state('idle', at.ready), { type: 'start-upgrade' }, 'upgrading', [], {
    draft: { version: 'v0.8.5' },
  }),
  row('guard: no upgrade form before Ready/installing', state('idle', at.configure), { type: 'start-upgrade' }, 'idle', []),
  row(
    'start upgrade with the available update preselects it',
    state('idle', at.ready),
    { type: 'start-upgrade', version: 'v0.9.3' },
    'upgrading',
    [],
    { draft: { version: 'v0.9.3' } },
  ),
  row(
    'start upgrade ignores a version the catalog does not offer',
    state('idle', at.ready),
    { type: 'start-upgrade', version: 'v9.9.9' },
    'upgrading',
    [],
    { draft: { version: 'v0.8.5' } },
  ),
  row(
    'roll back patches the annotated spec with the current resourceVersion',
    state('idle', at.changed),
    { type: 'rollback' },
    'busy',
    ['mutate UpdateKRO'],
    { draft: { version: 'v0.8.5' } },
    { action: 'rollback', stage: 'update', attempt: 1 },
  ),
  row('guard: no roll back without the annotation', state('idle', at.ready), { type: 'rollback' }, 'idle', [], { failure: null }),
  row(
    'retry of a roll back whose annotation is gone reads the workspace again',
    state('idle', at.ready, { failure: { action: 'rollback', error: conflictError, retryable: true } }),
    { type: 'retry' },
    'idle',
    ['load'],
    { failure: null },
  ),
  row('guard: no roll back before Ready', state('idle', at.configure), { type: 'rollback' }, 'idle', []),
  row(
    'retry of a failed roll back rolls back again',
    state('idle', at.changed, { failure: { action: 'rollback', error: conflictError, retryable: true } }),
    { type: 'retry' },
    'busy',
    ['mutate UpdateKRO'],
    { failure: null },
    { action: 'rollback', attempt: 1 },
  ),
  ...settledRows('idle'),
  ...settledRows('upgrading'),
  row('cancel closes the form', state('upgrading', at.ready), { type: 'cancel-upgrade' }, 'idle', []),
  row(
    'confirmed: the form closes when the resource is deleted elsewhere',
    state('upgrading', at.ready),
    { type: 'changed', platform: { resource: null } },
    'idle',
    [],
  ),
  row(
    'confirmed: a second quick configure sends nothing (busy)',
    state('busy', at.configure, { draft }, busyConfigure),
    { type: 'configure', draft },
    'busy',
    [],
  ),
  row(
    'busy: a live change applies',
    state('busy', at.activating, {}, { action: 'activate', stage: 'create', existed: false }),
    { type: 'changed', platform: { binding: buildBinding() } },
    'busy',
    [],
  ),
  row('busy: connection', state('busy', at.ready, {}, busyConfigure), { type: 'connection', connection: 'reconnecting' }, 'busy', [], {
    connection: 'reconnecting',
  }),
  row('busy: a stream gave up', state('busy', at.ready, {}, busyConfigure), { type: 'stream-failed', error: unavailable }, 'busy', [], {
    failure: loadFailure,
  }),
  row(
    'busy: the bind deadline passes',
    state('busy', at.activating, { bindDeadline: 'armed' }, { action: 'accept-claims', stage: 'update', attempt: 1 }),
    { type: 'deadline', deadline: 'bind' },
    'busy',
    [],
    { bindDeadline: 'expired', failure: { action: 'activate', error: { kind: 'deadline' } } },
  ),
  row('busy: dismiss', state('busy', at.ready, { failure: loadFailure }, busyConfigure), { type: 'dismiss' }, 'busy', [], {
    failure: null,
  }),
  row(
    'busy: a snapshot outside a re-read only updates',
    state('busy', at.configure, {}, busyConfigure),
    { type: 'loaded', platform: at.configure },
    'busy',
    ['watch'],
  ),
  row(
    'busy: the re-read after "already exists" finds a different spec: conflict',
    state('busy', at.configure, { draft }, { action: 'configure', stage: 'reread', existed: true }),
    { type: 'loaded', platform: at.ready },
    'idle',
    ['watch'],
    { conflict: { subject: 'resource', mine: { version: 'v0.9.3' } } },
  ),
  row(
    'busy: the re-read after "already exists" finds the same spec: adopted quietly',
    state('busy', at.configure, { draft: { version: 'v0.8.5' } }, { action: 'configure', stage: 'reread', existed: true }),
    { type: 'loaded', platform: at.ready },
    'idle',
    ['watch', 'watch-pages', 'arm pages'],
    { conflict: null, navigationChange: null, pagesWait: 'ready' },
  ),
  row(
    "busy: a failed re-read is the write's failure",
    state('busy', at.configure, { draft }, { action: 'configure', stage: 'reread', existed: true }),
    { type: 'load-failed', platform: {}, error: unavailable },
    'idle',
    [],
    { failure: { action: 'configure', error: { kind: 'unavailable' } } },
  ),
  row(
    'busy: both objects gone end the deactivation and start the pages wait',
    state('busy', at.installing, { deactivating: true, deleteDeadline: 'armed' }, { action: 'deactivate', stage: 'delete-resource' }),
    { type: 'changed', platform: { binding: null, resource: null } },
    'busy',
    ['disarm delete', 'watch-pages', 'arm pages'],
    { deactivating: false, pagesWait: 'removed', navigationChange: null },
  ),
  row(
    'busy: pages after Ready end the wait, the write goes on',
    state('busy', at.ready, { pagesWait: 'ready' }, busyConfigure),
    { type: 'pages', pages: kroPages },
    'busy',
    ['unwatch-pages', 'disarm pages'],
    { pagesWait: 'off', navigationChange: 'ready' },
    busyConfigure,
  ),
  row(
    'after a removal: pages still listed keep the wait',
    state('idle', at.notActivated, { pagesWait: 'removed' }),
    { type: 'pages', pages: kroPages },
    'idle',
    [],
    { pagesWait: 'removed', navigationChange: null },
  ),
  row(
    'after a removal: no pages end the wait',
    state('idle', at.notActivated, { pagesWait: 'removed', pages: kroPages }),
    { type: 'pages', pages: [] },
    'idle',
    ['unwatch-pages', 'disarm pages'],
    { pagesWait: 'off', navigationChange: 'removed', pages: [] },
  ),
  row(
    'busy: the created binding ends the activation write',
    state('busy', at.notActivated, { activation: 'pending' }),
    { type: 'write-done', result: buildBinding({ phase: '' }) },
    'idle',
    ['arm bind'],
    { activation: 'none' },
  ),
  row(
    "busy: a create answer older than the stream keeps the stream's object",
    state('busy', at.configure, { activation: 'none' }),
    { type: 'write-done', result: buildBinding({ phase: '', resourceVersion: '2' }) },
    'idle',
    [],
    { platform: { binding: { status: { phase: 'Bound' } } } },
  ),
  row(
    'busy: "already exists" re-reads',
    state('busy', at.notActivated, { activation: 'pending' }),
    { type: 'write-failed', error: new GatewayError('already-exists', 'x already exists') },
    'busy',
    ['load', 'arm bind'],
    {},
    { stage: 'reread', existed: true },
  ),
  row(
    'busy: a conflict with attempts left re-reads',
    state('busy', at.ready, { draft }, { action: 'upgrade', stage: 'update', attempt: 2, draft, fromForm: true }),
    { type: 'write-failed', error: conflictError },
    'busy',
    ['load'],
    {},
    { stage: 'reread', attempt: 2 },
  ),
  row(
    'busy: roll back answered: installing the previous spec, Ready awaited',
    state('busy', at.changed, {}, { action: 'rollback', stage: 'update', attempt: 1 }),
    {
      type: 'write-done',
      result: buildResource({
        resourceVersion: '43',
        generation: 3,
        observedGeneration: 2,
        phase: 'Provisioning',
        spec: { version: 'v0.8.5' },
      }),
    },
    'idle',
    [],
    { awaitingReady: true, platform: { resource: { metadata: { resourceVersion: '43' }, spec: { version: 'v0.8.5' } } } },
  ),
  row(
    'busy: a roll back conflict with attempts left re-reads',
    state('busy', at.changed, {}, { action: 'rollback', stage: 'update', attempt: 1 }),
    { type: 'write-failed', error: conflictError },
    'busy',
    ['load'],
    {},
    { action: 'rollback', stage: 'reread', attempt: 1 },
  ),
  row(
    'busy: after the re-read the roll back is sent again from the stored annotation',
    state('busy', at.changed, {}, { action: 'rollback', stage: 'reread', attempt: 1 }),
    { type: 'loaded', platform: at.changed },
    'busy',
    ['watch', 'mutate UpdateKRO'],
    {},
    { action: 'rollback', stage: 'update', attempt: 2 },
  ),
  row(
    'busy: the re-read finds no annotation (changed elsewhere): a conflict failure, nothing sent',
    state('busy', at.changed, {}, { action: 'rollback', stage: 'reread', attempt: 1 }),
    { type: 'loaded', platform: at.ready },
    'idle',
    ['watch'],
    { failure: { action: 'rollback', retryable: true, error: { kind: 'conflict' } } },
  ),
  row(
    'busy: the last roll back conflict is the failure',
    state('busy', at.changed, {}, { action: 'rollback', stage: 'update', attempt: 3 }),
    { type: 'write-failed', error: conflictError },
    'idle',
    [],
    { failure: { action: 'rollback', retryable: true, error: { kind: 'conflict' } } },
  ),
  row(
    'busy: the last conflict reopens the form with the failure',
    state('busy', at.ready, { draft }, { action: 'upgrade', stage: 'update', attempt: 3, draft, fromForm: true }),
    { type: 'write-failed', error: conflictError },
    'upgrading',
    [],
    { failure: { action: 'upgrade', retryable: true } },
  ),
];

describe('onboarding chart', () => {
  it('has an entry for every (mode, event) pair: handled, or ignored with a reason', () => {
    const rows = chartRows();
    expect(rows).toHaveLength(MODES.length * EVENT_TYPES.length);
    for (const { mode, event, entry } of rows) {
      const described = 'ignored' in entry ? entry.ignored : entry.does;
      expect(`${mode} × ${event}: ${described}`).toMatch(/: \S/);
    }
  });

  it('has a table row for every handled pair', () => {
    const covered = new Set(ROWS.map((candidate) => `${candidate.given.mode} × ${candidate.event.type}`));
    const handled = chartRows()
      .filter(({ entry }) => !('ignored' in entry))
      .map(({ mode, event }) => `${mode} × ${event}`);
    expect(handled.filter((pair) => !covered.has(pair))).toEqual([]);
  });

  it.each(ROWS.map((candidate) => [`${candidate.given.mode} × ${candidate.event.type}: ${candidate.name}`, candidate] as const))(
    '%s',
    (_name, candidate) => {
      const { state: next, effects } = reduce(candidate.given, candidate.event);
      expect(next.mode).toBe(candidate.mode);
      expect(effects.map(effectText)).toEqual(candidate.effects);
      expect(next.ctx).toMatchObject(candidate.ctx ?? {});
      if (candidate.write) {
        expect(next).toMatchObject({ write: candidate.write });
      }
    },
  );

  const sample: { readonly [E in EventType]: FlowEvent } = {
    start: { type: 'start' },
    activate: { type: 'activate' },
    'accept-claims': { type: 'accept-claims' },
    configure: { type: 'configure', draft },
    'start-upgrade': { type: 'start-upgrade' },
    'cancel-upgrade': { type: 'cancel-upgrade' },
    upgrade: { type: 'upgrade', draft },
    rollback: { type: 'rollback' },
    deactivate: { type: 'deactivate' },
    retry: { type: 'retry' },
    dismiss: { type: 'dismiss' },
    'keep-theirs': { type: 'keep-theirs' },
    'apply-mine': { type: 'apply-mine' },
    loaded: { type: 'loaded', platform: at.ready },
    'load-failed': { type: 'load-failed', platform: {}, error: unavailable },
    changed: { type: 'changed', platform: { resource: null } },
    connection: { type: 'connection', connection: 'reconnecting' },
    'stream-failed': { type: 'stream-failed', error: unavailable },
    'write-done': { type: 'write-done', result: true },
    'write-failed': { type: 'write-failed', error: unavailable },
    deadline: { type: 'deadline', deadline: 'delete' },
    pages: { type: 'pages', pages: [] },
  };
  const ignored = chartRows().filter(({ entry }) => 'ignored' in entry);

  it.each(ignored.map(({ mode, event }) => [mode, event] as const))('%s ignores %s: same state value, no effect', (mode, event) => {
    const given = state(
      mode,
      at.ready,
      { failure: loadFailure, conflict: { subject: 'resource', theirs: { version: 'a' }, mine: { version: 'b' } }, draft },
      busyConfigure,
    );
    const transition = reduce(given, sample[event]);
    expect(transition.state).toBe(given);
    expect(transition.effects).toEqual([]);
  });

  it('names the busy guard and the chart modes in the chart itself', () => {
    expect(CHART.busy.configure).toEqual({ ignored: 'a write is in flight: a second click sends nothing' });
    expect(Object.keys(CHART)).toEqual([...MODES]);
  });
});
