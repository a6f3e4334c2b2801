import { ChangeDetectionStrategy, Component, DestroyRef, EnvironmentInjector, inject, InjectionToken, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { componentMounter } from './component-mount';
import { createDeferredElement, DESTROY_DELAY_MS, type DeferredElementHooks } from './deferred-element';

const GREETING = new InjectionToken<string>('GREETING');

@Component({
  selector: 'openmcp-probe',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>{{ greeting }} {{ context()?.name }} / {{ LuigiClient()?.id }}</p>`,
})
class Probe {
  protected readonly greeting = inject(GREETING, { optional: true }) ?? 'hello';
  readonly context = input<{ name: string } | null>();
  readonly LuigiClient = input<{ id: string } | null>();

  constructor() {
    inject(DestroyRef).onDestroy(() => destroyed.push(this.context()?.name ?? ''));
  }
}

/** Names of the probes destroyed so far. */
let destroyed: string[] = [];

let counter = 0;

/** Defines a fresh tag whose application becomes ready when the test says so. */
function defineProbe(providers = [{ provide: GREETING, useValue: 'hi' }], hooks: DeferredElementHooks = {}) {
  let ready!: (injector: EnvironmentInjector) => void;
  const app = new Promise<EnvironmentInjector>((resolve) => (ready = resolve));
  const tag = `openmcp-probe-${++counter}`;
  return {
    tag,
    app,
    ready: () => ready(TestBed.inject(EnvironmentInjector)),
    define: () =>
      customElements.define(
        tag,
        createDeferredElement(
          ['context', 'LuigiClient'],
          () => app.then((injector) => componentMounter(Probe, injector, providers)),
          hooks,
        ),
      ),
  };
}

/** Lets promise callbacks and Angular's scheduled change detection run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

type ProbeElement = HTMLElement & { context?: unknown; LuigiClient?: unknown };

describe('createDeferredElement with componentMounter', () => {
  afterEach(() => document.body.replaceChildren());
  beforeEach(() => (destroyed = []));

  it('keeps properties assigned before the tag was defined (Luigi on a detached element) and renders them once ready', async () => {
    const probe = defineProbe();
    const element = document.createElement(probe.tag) as ProbeElement;
    element.context = { name: 'early' };
    element.LuigiClient = { id: 'client-1' };
    probe.define();
    document.body.append(element);
    expect(customElements.get(probe.tag)).toBeDefined();
    probe.ready();
    await settle();
    expect(element.textContent?.trim()).toBe('hi early / client-1');
  });

  it('buffers properties set in any order while the application starts, then follows later updates', async () => {
    const probe = defineProbe();
    probe.define();
    const element = document.createElement(probe.tag) as ProbeElement;
    element.LuigiClient = { id: 'client-2' };
    element.context = { name: 'first' };
    document.body.append(element);
    await settle();
    expect(element.textContent).toBe(''); // application not ready yet
    expect(element.context).toEqual({ name: 'first' });
    probe.ready();
    await settle();
    expect(element.textContent?.trim()).toBe('hi first / client-2');
    element.context = { name: 'second' };
    await settle();
    expect(element.textContent?.trim()).toBe('hi second / client-2');
  });

  it('connects elements created after the application is ready at once', async () => {
    const probe = defineProbe([]);
    probe.define();
    probe.ready();
    await settle();
    const element = document.createElement(probe.tag) as ProbeElement;
    element.context = { name: 'late' };
    document.body.append(element);
    await settle();
    expect(element.textContent?.trim()).toBe('hello late /');
  });

  it('shows why instead of staying blank when the application fails to start', async () => {
    let fail!: (error: Error) => void;
    const app = new Promise<EnvironmentInjector>((_resolve, reject) => (fail = reject));
    const tag = `openmcp-probe-${++counter}`;
    customElements.define(
      tag,
      createDeferredElement(['context', 'LuigiClient'], () => app.then((injector) => componentMounter(Probe, injector))),
    );
    const element = document.createElement(tag) as ProbeElement;
    element.context = { name: 'early' };
    document.body.append(element);
    fail(new Error('NG0201: no provider'));
    await settle();
    const alert = element.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('could not start (NG0201: no provider)');
    expect(alert?.textContent).toContain('Reload the page');
  });

  it('loads the mounter when the first element is constructed (a page chunk only pages showing it fetch), once per tag', async () => {
    const probe = defineProbe();
    let loads = 0;
    customElements.define(
      probe.tag,
      createDeferredElement(['context'], () => {
        loads++;
        return probe.app.then((injector) => componentMounter(Probe, injector));
      }),
    );
    expect(loads).toBe(0); // defining the tag loads nothing
    const first = document.createElement(probe.tag) as ProbeElement;
    expect(loads).toBe(1); // constructed, still detached: loading starts
    const second = document.createElement(probe.tag) as ProbeElement;
    first.context = { name: 'one' };
    second.context = { name: 'two' };
    document.body.append(first, second);
    probe.ready();
    await settle();
    expect(loads).toBe(1);
    expect([first.textContent?.trim(), second.textContent?.trim()]).toEqual(['hello one /', 'hello two /']);
  });

  it('keeps the component when the element is moved, and destroys it once the element stays removed', async () => {
    const probe = defineProbe();
    probe.define();
    probe.ready();
    await settle();
    const element = document.createElement(probe.tag) as ProbeElement;
    element.context = { name: 'moved' };
    document.body.append(element);
    await settle();
    const shadowContent = element.shadowRoot ?? element;
    const rendered = shadowContent.querySelector('p');
    const other = document.createElement('div');
    document.body.append(other);
    other.append(element); // disconnect + connect in one task
    await new Promise((resolve) => setTimeout(resolve, DESTROY_DELAY_MS * 3));
    expect(shadowContent.querySelector('p')).toBe(rendered);
    element.context = { name: 'still mounted' };
    await settle();
    expect(element.textContent?.trim()).toBe('hi still mounted /');
    expect(destroyed).toEqual([]);
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, DESTROY_DELAY_MS * 3));
    expect(destroyed).toEqual(['still mounted']);
    expect(element.context).toEqual({ name: 'still mounted' });
  });
});

describe('createDeferredElement: inputChanged', () => {
  afterEach(() => document.body.replaceChildren());

  /** A probe whose hook records every call as `name=value.name`. */
  function recordingProbe() {
    const calls: string[] = [];
    const elements: HTMLElement[] = [];
    const probe = defineProbe([], {
      inputChanged: (element, name, value) => {
        elements.push(element);
        calls.push(`${name}=${(value as { name?: string; id?: string } | null)?.name ?? (value as { id?: string } | null)?.id}`);
      },
    });
    return { probe, calls, elements };
  }

  it('reports values assigned before the tag was defined, in the constructor, with the element', () => {
    const { probe, calls, elements } = recordingProbe();
    const element = document.createElement(probe.tag) as ProbeElement;
    element.context = { name: 'early' };
    document.body.append(element);
    expect(calls).toEqual([]); // not defined yet: a plain own property
    probe.define(); // upgrades the connected element
    expect(calls).toEqual(['context=early']);
    expect(elements).toEqual([element]);
  });

  it('reports each value set while the application starts, then nothing once the component is mounted', async () => {
    const { probe, calls } = recordingProbe();
    probe.define();
    const element = document.createElement(probe.tag) as ProbeElement;
    element.context = { name: 'first' };
    element.LuigiClient = { id: 'client' };
    element.context = { name: 'second' };
    document.body.append(element);
    await settle();
    expect(calls).toEqual(['context=first', 'LuigiClient=client', 'context=second']);
    probe.ready();
    await settle();
    element.context = { name: 'mounted' };
    await settle();
    expect(element.textContent?.trim()).toBe('hello mounted / client');
    expect(calls).toEqual(['context=first', 'LuigiClient=client', 'context=second']);
  });

  it('logs a failing hook instead of throwing to the portal, and still keeps the value', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const probe = defineProbe([], {
      inputChanged: () => {
        throw new Error('prefetch broke');
      },
    });
    probe.define();
    const element = document.createElement(probe.tag) as ProbeElement;
    expect(() => (element.context = { name: 'kept' })).not.toThrow();
    expect(error).toHaveBeenCalledWith(
      expect.stringContaining(`new context of ${probe.tag}`),
      expect.objectContaining({ message: 'prefetch broke' }),
    );
    error.mockRestore();
    document.body.append(element);
    probe.ready();
    await settle();
    expect(element.textContent?.trim()).toBe('hello kept /');
  });
});
