/**
 * The custom element classes `main.ts` defines in the bundle's first synchronous run. No Angular here (type imports
 * only): `main.js` stays a few kB, so its evaluation, which starts the catalog fetch, does not wait for the
 * application chunks; those load in parallel and mount the components into the already defined elements.
 *
 * Why: Luigi evaluates the bundle, then at once creates the element detached, assigns `extendedContext`, `context`,
 * `nodeParams`, `LuigiClient` and inserts it (docs/platform.md §5.1/§5.2). `customElements.define` must therefore run
 * before any Angular code is loaded. Until the mounter resolves, the element keeps the values of `inputs` and
 * postpones connecting; then it mounts its component and hands everything over.
 */

/** A component rendered into a host element (see `component-mount.ts`). */
export interface MountedComponent {
  setInput(name: string, value: unknown): void;
  destroy(): void;
}

/**
 * Renders the element's component into `host` (its shadow root) with the inputs set so far, in assignment order;
 * called when the element is connected and has no component.
 */
export type Mounter = (host: HTMLElement, inputs: ReadonlyMap<string, unknown>) => MountedComponent;

/**
 * Time a disconnected element keeps its component before destroying it, so moving the element in the DOM (disconnect
 * and connect in the same task) does not recreate it; @angular/elements waits the same 10 ms.
 */
export const DESTROY_DELAY_MS = 10;

/** Callbacks of the elements {@link createDeferredElement} builds. */
export interface DeferredElementHooks {
  /**
   * Called with each input value an element gets while it has no component (values assigned before the tag was
   * defined included, in the constructor), e.g. to start the page's first request before the application is there
   * (`main.ts`). Not called for values the mounted component receives. An exception is logged, not thrown to the
   * assigning portal.
   */
  inputChanged?(element: HTMLElement, name: string, value: unknown): void;
}

/**
 * Builds a custom element class whose component is mounted once the mounter `loadMounter` returns resolves.
 *
 * @param inputs the component's input names (e.g. `['context', 'LuigiClient']`); values set before the component is
 *   mounted, including own properties assigned before the tag was defined, are buffered and replayed in order
 * @param loadMounter called once, when the first element of the class is constructed (so a page's chunk is fetched
 *   only by pages that show it); resolves with the function that renders the component; on rejection (logged by the
 *   caller) every connected element shows the reason instead of its component
 * @param hooks optional callbacks, see {@link DeferredElementHooks}
 */
export function createDeferredElement(
  inputs: readonly string[],
  loadMounter: () => Promise<Mounter>,
  hooks: DeferredElementHooks = {},
): CustomElementConstructor {
  let mount: Mounter | null = null;
  let startFailure: unknown = null;
  let ready: Promise<void> | null = null;
  const start = (): Promise<void> =>
    (ready ??= loadMounter().then(
      (resolved) => {
        mount = resolved;
      },
      (error: unknown) => {
        // Logged once by main.ts; each waiting element shows it instead of staying blank.
        startFailure = error;
      },
    ));

  class DeferredElement extends HTMLElement {
    /** Latest value of each input, kept while no component is mounted and replayed into the next one. */
    readonly #values = new Map<string, unknown>();
    #component: MountedComponent | null = null;
    #destroyTimer: ReturnType<typeof setTimeout> | null = null;

    constructor() {
      super();
      void start();
      for (const name of inputs) {
        if (Object.prototype.hasOwnProperty.call(this, name)) {
          const value = (this as unknown as Record<string, unknown>)[name];
          delete (this as unknown as Record<string, unknown>)[name];
          this.#values.set(name, value);
          this.#inputChanged(name, value);
        }
      }
    }

    connectedCallback(): void {
      if (this.#destroyTimer !== null) {
        clearTimeout(this.#destroyTimer); // moved within the document: keep the component
        this.#destroyTimer = null;
      }
      if (mount) this.#mount(mount);
      else void start().then(() => this.#afterStart());
    }

    disconnectedCallback(): void {
      if (!this.#component || this.#destroyTimer !== null) return;
      this.#destroyTimer = setTimeout(() => {
        this.#destroyTimer = null;
        this.#component?.destroy();
        this.#component = null;
      }, DESTROY_DELAY_MS);
    }

    static {
      // One accessor per input; the last value set is the mounted component's current one.
      for (const name of inputs) {
        Object.defineProperty(this.prototype, name, {
          configurable: true,
          enumerable: true,
          get(this: DeferredElement) {
            return this.#values.get(name);
          },
          set(this: DeferredElement, value: unknown) {
            this.#values.set(name, value);
            if (this.#component) this.#component.setInput(name, value);
            else this.#inputChanged(name, value);
          },
        });
      }
    }

    #inputChanged(name: string, value: unknown): void {
      try {
        hooks.inputChanged?.(this, name, value);
      } catch (error: unknown) {
        console.error(`openmcp onboarding elements: handling the new ${name} of ${this.localName} failed`, error);
      }
    }

    #afterStart(): void {
      if (!this.isConnected) return;
      if (mount) this.#mount(mount);
      else this.#showStartFailure(startFailure);
    }

    #mount(render: Mounter): void {
      if (this.#component) return;
      this.#component = render(this, this.#values);
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

  return DeferredElement;
}
