import { resourceDocuments } from './resource-documents';
import type { ListedObject } from './resource-rows';
import { RESUME_DELAY_MS, ResourceWatch, Sink, ViewState, WatchDeps } from './resource-watch';

const documents = resourceDocuments({
  group: 'kro.run',
  version: 'v1alpha1',
  kind: 'ResourceGraphDefinition',
  plural: 'ResourceGraphDefinitions',
  scope: 'Cluster',
});
const rgd = (uid: string, name: string, resourceVersion: string): ListedObject => ({ metadata: { uid, name, resourceVersion } });
const listAnswer = (items: ListedObject[], resourceVersion: string) => ({
  data: { kro_run: { v1alpha1: { ResourceGraphDefinitions: { resourceVersion, items } } } },
});

function setup(list: WatchDeps['list']) {
  jest.useFakeTimers();
  const subscriptions: Array<{ variables: Record<string, unknown>; sink: Sink; cancel: jest.Mock }> = [];
  const states: ViewState[] = [];
  const deps: WatchDeps = {
    list,
    subscribe: (payload, sink) => {
      const cancel = jest.fn();
      subscriptions.push({ variables: payload.variables, sink, cancel });
      return cancel;
    },
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  const watch = new ResourceWatch(documents, deps, (state) => states.push(state));
  const last = () => states[states.length - 1];
  const names = () => {
    const state = last();
    return 'rows' in state ? state.rows.map((row) => row.name) : null;
  };
  return { watch, subscriptions, states, last, names };
}

afterEach(() => jest.useRealTimers());

describe('ResourceWatch', () => {
  it('lists, shows the rows, then opens one list subscription from the list resourceVersion', async () => {
    const { watch, subscriptions, states, names } = setup(() => Promise.resolve(listAnswer([rgd('1', 'web-app', '5')], '7')));
    watch.start();
    expect(states[0]).toEqual({ phase: 'loading' });
    await Promise.resolve();
    expect(names()).toEqual(['web-app']);
    expect(subscriptions).toHaveLength(1);
    expect(subscriptions[0].variables).toEqual({ resourceVersion: '7' });

    subscriptions[0].sink.next({
      data: { kro_run_v1alpha1_resourcegraphdefinitions: { type: 'ADDED', object: rgd('2', 'database', '8') } },
    });
    expect(names()).toEqual(['database', 'web-app']);
  });

  it('shows an empty live list (the page says so) when the kind has no objects', async () => {
    const { watch, last } = setup(() => Promise.resolve(listAnswer([], '3')));
    watch.start();
    await Promise.resolve();
    expect(last()).toEqual({ phase: 'live', rows: [] });
  });

  it('resumes an ended stream from the newest resourceVersion after the delay, keeping the rows meanwhile', async () => {
    const { watch, subscriptions, last } = setup(() => Promise.resolve(listAnswer([rgd('1', 'web-app', '5')], '7')));
    watch.start();
    await Promise.resolve();
    subscriptions[0].sink.next({
      data: { kro_run_v1alpha1_resourcegraphdefinitions: { type: 'MODIFIED', object: rgd('1', 'web-app', '9') } },
    });
    subscriptions[0].sink.complete();
    expect(last()).toMatchObject({ phase: 'reconnecting', rows: [{ name: 'web-app' }] });
    jest.advanceTimersByTime(RESUME_DELAY_MS - 1);
    expect(subscriptions).toHaveLength(1);
    jest.advanceTimersByTime(1);
    expect(subscriptions).toHaveLength(2);
    expect(subscriptions[1].variables).toEqual({ resourceVersion: '9' });
  });

  it('shows the gateway message when listing fails, and lists again on start (Retry)', async () => {
    const list = jest
      .fn()
      .mockResolvedValueOnce({ data: { kro_run: null }, errors: [{ message: 'unable to list objects: forbidden' }] })
      .mockResolvedValueOnce(listAnswer([], '1'));
    const { watch, last, subscriptions } = setup(list);
    watch.start();
    await Promise.resolve();
    expect(last()).toEqual({ phase: 'error', message: 'listing ResourceGraphDefinitions failed: unable to list objects: forbidden' });
    expect(subscriptions).toHaveLength(0);
    watch.start();
    await Promise.resolve();
    expect(last()).toEqual({ phase: 'live', rows: [] });
  });

  it('shows a transport failure of the list and of the stream, and ends the stream on an error event', async () => {
    const { watch, last, subscriptions } = setup(() => Promise.reject(new Error('gateway http://gw answered 503: Service Unavailable')));
    watch.start();
    await Promise.resolve();
    await Promise.resolve();
    expect(last()).toEqual({
      phase: 'error',
      message: 'listing ResourceGraphDefinitions failed: gateway http://gw answered 503: Service Unavailable',
    });

    const second = setup(() => Promise.resolve(listAnswer([], '1')));
    second.watch.start();
    await Promise.resolve();
    second.subscriptions[0].sink.next({
      data: null,
      errors: [{ message: 'Cannot query field "kro_run_v1alpha1_resourcegraphdefinitions" on type "Subscription".' }],
    });
    expect(second.last()).toEqual({
      phase: 'error',
      message:
        'watching ResourceGraphDefinitions failed: Cannot query field "kro_run_v1alpha1_resourcegraphdefinitions" on type "Subscription".',
    });
    expect(second.subscriptions[0].cancel).toHaveBeenCalled();
    expect(subscriptions).toHaveLength(0);
  });

  it('ignores answers of a run that was stopped', async () => {
    let resolve!: (value: Awaited<ReturnType<WatchDeps['list']>>) => void;
    const { watch, states } = setup(() => new Promise((done) => (resolve = done)));
    watch.start();
    watch.stop();
    resolve(listAnswer([rgd('1', 'late', '1')], '1'));
    await Promise.resolve();
    expect(states).toEqual([{ phase: 'loading' }]);
  });
});
