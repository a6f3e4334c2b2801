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
 * @param app resolves with the application's environment injector; on rejection (logged by the caller) every
 *   waiting element shows the reason instead of its component
 * @param providers element-specific providers (e.g. the fixed tool id of a tool page tag)
 */
export function createDeferredElement(
  component: Type<unknown>,
  inputs: readonly string[],
  app: Promise<EnvironmentInjector>,
  providers: StaticProvider[] = [],
): CustomElementConstructor {
  let appInjector: Injector | null = null;
  let startFailure: unknown = null;
  const ready = app.then(
    (injector) => (appInjector = Injector.create({ providers, parent: injector })),
    (error: unknown) => {
      // Logged once by main.ts; each waiting element shows it instead of staying blank.
      startFailure = error;
      return null;
    },
  );

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
        if (!this.isConnected) return;
        if (startFailure) this.#showStartFailure(startFailure);
        else this.connectedCallback();
      });
    }

    /** Without an application there are no translated texts: a plain English message with the reason and a way on. */
    #showStartFailure(error: unknown): void {
      const message = document.createElement('p');
      message.setAttribute('role', 'alert');
      message.setAttribute('data-testid', 'context-error');
      const reason = error instanceof Error ? error.message : String(error);
      message.textContent = `The OpenControlPlane onboarding page could not start (${reason}). Reload the page; if it persists, contact the platform team.`;
      this.replaceChildren(message);
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
