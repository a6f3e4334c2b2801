import { ApplicationRef, ComponentRef, createComponent, EnvironmentInjector, Injector, reflectComponentType, StaticProvider, Type } from '@angular/core';

/**
 * How long a removed element keeps its component (ms) before destroying it: re-inserting the element within this
 * time (a move in the DOM) keeps its state and streams. The same delay as `@angular/elements`.
 */
const DESTROY_DELAY_MS = 10;

/** The started application: where components are created, and the element injector with the tag's providers. */
interface Application {
  readonly environment: EnvironmentInjector;
  readonly elementInjector: Injector;
}

/**
 * Builds a custom element class for `component` that can be defined synchronously while the Angular application
 * (`createApplication`, which resolves asynchronously) is still starting. Public Angular API only:
 * `reflectComponentType` (input names), `createComponent` with the element as host, `ComponentRef.setInput`, and
 * `ApplicationRef.attachView` (zoneless change detection of the view).
 *
 * Why: Luigi evaluates the bundle, then at once creates the element detached, assigns `extendedContext`, `context`,
 * `nodeParams`, `LuigiClient` and inserts it (docs/platform.md §5.1/§5.2). `customElements.define` must therefore run
 * in the module's first synchronous run, before any injector exists. The element keeps the latest value of each of
 * `inputs` (also those assigned before the tag was defined: own properties of a not yet upgraded element) and
 * creates the component when it is connected and the application is ready; later assignments go to the component
 * through `setInput`. When it leaves the DOM for longer than 10 ms, the component is destroyed (its streams close).
 * Attributes are not mapped to inputs (the portal sets properties only).
 *
 * @param component standalone component rendered into the element (its host is the element)
 * @param inputs the component's input names the element offers as properties (e.g. `['context', 'LuigiClient']`);
 *   a name the component does not declare throws at once
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
  const declared = new Set(reflectComponentType(component)?.inputs.map((input) => input.templateName) ?? []);
  const undeclared = inputs.filter((name) => !declared.has(name));
  if (undeclared.length > 0) throw new Error(`${component.name} has no input named ${undeclared.join(', ')}`);

  let application: Application | null = null;
  let startFailure: unknown = null;
  const ready = app.then(
    (environment) => {
      application = { environment, elementInjector: Injector.create({ providers, parent: environment }) };
    },
    (error: unknown) => {
      // Logged once by main.ts; each waiting element shows it instead of staying blank.
      startFailure = error;
    },
  );

  class DeferredElement extends HTMLElement {
    /** Latest value of every input assigned so far, in first-assignment order. */
    readonly #values = new Map<string, unknown>();
    #component: ComponentRef<unknown> | null = null;
    #destroyTimer: ReturnType<typeof setTimeout> | null = null;
    #waiting = false;

    constructor() {
      super();
      // An element created before the tag was defined holds assigned values as own properties, which would hide
      // the accessors below: move them into the element's values.
      for (const name of inputs) {
        if (!Object.prototype.hasOwnProperty.call(this, name)) continue;
        const value = (this as unknown as Record<string, unknown>)[name];
        delete (this as unknown as Record<string, unknown>)[name];
        this.#values.set(name, value);
      }
    }

    connectedCallback(): void {
      if (this.#destroyTimer !== null) {
        clearTimeout(this.#destroyTimer); // moved within the DOM: keep the component
        this.#destroyTimer = null;
      }
      if (this.#component || this.#waiting) return;
      if (application) {
        this.#create(application);
        return;
      }
      this.#waiting = true;
      void ready.then(() => {
        this.#waiting = false;
        if (!this.isConnected) return;
        if (startFailure) this.#showStartFailure(startFailure);
        else this.connectedCallback();
      });
    }

    disconnectedCallback(): void {
      if (!this.#component || this.#destroyTimer !== null) return;
      this.#destroyTimer = setTimeout(() => {
        this.#destroyTimer = null;
        this.#component?.destroy();
        this.#component = null;
      }, DESTROY_DELAY_MS);
    }

    /** Value of input `name` as last assigned (undefined before any assignment). */
    static read(element: DeferredElement, name: string): unknown {
      return element.#values.get(name);
    }

    /** Keeps `value` and passes it to the component when there is one. */
    static write(element: DeferredElement, name: string, value: unknown): void {
      element.#values.set(name, value);
      element.#component?.setInput(name, value);
    }

    /** Creates the component into this element, gives it every value assigned so far and renders it once. */
    #create({ environment, elementInjector }: Application): void {
      const created = createComponent(component, { environmentInjector: environment, elementInjector, hostElement: this });
      for (const [name, value] of this.#values) created.setInput(name, value);
      environment.get(ApplicationRef).attachView(created.hostView);
      created.changeDetectorRef.detectChanges();
      this.#component = created;
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
  }

  for (const name of inputs) {
    Object.defineProperty(DeferredElement.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: DeferredElement) {
        return DeferredElement.read(this, name);
      },
      set(this: DeferredElement, value: unknown) {
        DeferredElement.write(this, name, value);
      },
    });
  }

  return DeferredElement;
}
