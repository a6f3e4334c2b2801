import { createEnvironmentInjector, EnvironmentInjector, Injector, StaticProvider, Type } from '@angular/core';
import { createCustomElement } from '@angular/elements';

/** The runtime shape of the class `createCustomElement` returns (its typing is abstract). */
type NgElementClass = new (injector?: Injector) => HTMLElement & { connectedCallback(): void; disconnectedCallback(): void };

/**
 * Builds a custom element class for `component` that can be defined synchronously while the Angular application
 * (`createApplication`, which resolves asynchronously) is still starting.
 *
 * Why: Luigi evaluates the bundle, then at once creates the element detached, assigns `extendedContext`, `context`,
 * `nodeParams`, `LuigiClient` and inserts it (platform-contract §5.1/§5.2). `customElements.define` must therefore run
 * in the module's first synchronous run, before any injector exists. Until `app` resolves, the element keeps the
 * values of `inputs` in a buffer and postpones `connectedCallback`; then it hands everything to the regular
 * `@angular/elements` implementation. Properties assigned before the element was upgraded (own properties of an
 * undefined element) are captured in the constructor.
 *
 * @param component standalone component rendered into the element
 * @param inputs the component's input names to buffer (e.g. `['context', 'LuigiClient']`)
 * @param app resolves with the application's environment injector; rejection leaves elements empty and is
 *   reported by the caller
 * @param providers element-specific providers (e.g. the fixed tool id of a tool page tag)
 */
export function createDeferredElement(
  component: Type<unknown>,
  inputs: readonly string[],
  app: Promise<EnvironmentInjector>,
  providers: StaticProvider[] = [],
): CustomElementConstructor {
  let appInjector: Injector | null = null;
  const ready = app.then((injector) => (appInjector = Injector.create({ providers, parent: injector })));
  ready.catch(() => undefined); // reported once by main.ts

  // Only input reflection runs at definition time; an empty environment injector offers ComponentFactoryResolver.
  const reflection = createEnvironmentInjector([], Injector.NULL as EnvironmentInjector);
  const NgElementBase = createCustomElement(component, { injector: reflection }) as unknown as NgElementClass;

  class DeferredElement extends NgElementBase {
    /** Values set before the application was ready, in assignment order. */
    #pending: Map<string, unknown> | null = appInjector ? null : new Map();
    #waiting = false;

    constructor() {
      super(appInjector ?? undefined);
      for (const name of inputs) {
        if (Object.prototype.hasOwnProperty.call(this, name)) {
          const value = (this as unknown as Record<string, unknown>)[name];
          delete (this as unknown as Record<string, unknown>)[name];
          (this as unknown as Record<string, unknown>)[name] = value;
        }
      }
    }

    override connectedCallback(): void {
      if (appInjector) {
        this.#attach(appInjector);
        super.connectedCallback();
        return;
      }
      if (this.#waiting) return;
      this.#waiting = true;
      void ready.then(() => {
        this.#waiting = false;
        if (this.isConnected) this.connectedCallback();
      });
    }

    override disconnectedCallback(): void {
      if (this.#pending) return; // never attached: nothing to tear down
      super.disconnectedCallback();
    }

    /** Gives the element the application injector and replays the buffered inputs into the Angular strategy. */
    #attach(injector: Injector): void {
      if (!this.#pending) return;
      const pending = this.#pending;
      this.#pending = null;
      (this as unknown as { injector: Injector }).injector = injector;
      for (const [name, value] of pending) setThroughBase(this, name, value);
    }

    /** Read by the accessors defined below. */
    static bufferOf(element: DeferredElement): Map<string, unknown> | null {
      return element.#pending;
    }
  }

  for (const name of inputs) {
    const base = Object.getOwnPropertyDescriptor(NgElementBase.prototype, name);
    Object.defineProperty(DeferredElement.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: DeferredElement) {
        const buffer = DeferredElement.bufferOf(this);
        return buffer ? buffer.get(name) : base?.get?.call(this);
      },
      set(this: DeferredElement, value: unknown) {
        const buffer = DeferredElement.bufferOf(this);
        if (buffer) buffer.set(name, value);
        else base?.set?.call(this, value);
      },
    });
  }

  function setThroughBase(element: DeferredElement, name: string, value: unknown): void {
    Object.getOwnPropertyDescriptor(NgElementBase.prototype, name)?.set?.call(element, value);
  }

  return DeferredElement;
}
