/**
 * UI5 parts loaded on demand, kept out of `main.js` and the first state. `ui5.ts` registers the loaders (dynamic
 * imports: esbuild emits them as chunks beside `main.js`, resolved relative to it); components call the `load…`
 * functions and thereby never import UI5 (Jest cannot load UI5's ESM). Without a loader (unit tests) loading does
 * nothing and the part counts as loaded.
 */
type Loader = () => Promise<unknown>;

/** One on-demand part: loaded once; a failed load (network) is logged and retried by the next call, never rejects. */
class OnDemandPart {
  #loader: Loader | null = null;
  #loading: Promise<void> | null = null;
  #loaded = false;

  /** @param failure logged with the error when a load fails: what failed and how to retry */
  constructor(private readonly failure: string) {}

  register(loader: Loader): void {
    this.#loader = loader;
    this.#loading = null;
    this.#loaded = false;
  }

  /** Loaded, or nothing to load (no loader registered). */
  get loaded(): boolean {
    return this.#loaded || this.#loader === null;
  }

  load(): Promise<void> {
    const loader = this.#loader;
    if (!loader) return Promise.resolve();
    this.#loading ??= loader().then(
      () => {
        this.#loaded = true;
      },
      (error: unknown) => {
        this.#loading = null;
        console.error(this.failure, error);
      },
    );
    return this.#loading;
  }
}

const configureForm = new OnDemandPart(
  'openmcp onboarding elements: loading the configure form components failed; reopen the form or reload the page to retry',
);
const messageStrip = new OnDemandPart(
  'openmcp onboarding elements: loading the message strip component failed; messages show unstyled until the page is reloaded',
);

/** Called by `ui5.ts` with the import of the configure form's UI5 components (`ui5-configure-form.ts`). */
export function registerConfigureFormUi5(loader: Loader): void {
  configureForm.register(loader);
}

/**
 * Loads the UI5 components of the configure form (select, option, checkbox, label, its icons) once. The form may
 * render before: UI5 elements upgrade when defined and keep properties set earlier. A failed load (network) is
 * logged and retried by the next call; it never rejects.
 */
export function loadConfigureFormUi5(): Promise<void> {
  return configureForm.load();
}

/** Called by `ui5.ts` with the import of UI5's MessageStrip (`ui5-message-strip.ts`). */
export function registerMessageStripUi5(loader: Loader): void {
  messageStrip.register(loader);
}

/** Loads UI5's MessageStrip once (see `message-strip-on-demand.ts`); logs and resolves on failure, never rejects. */
export function loadMessageStripUi5(): Promise<void> {
  return messageStrip.load();
}

/** Whether `ui5-message-strip` is defined (true without a registered loader). */
export function messageStripUi5Loaded(): boolean {
  return messageStrip.loaded;
}
