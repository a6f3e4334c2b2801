/**
 * UI5 parts loaded on demand, kept out of `main.js`. `ui5.ts` registers the loaders (dynamic imports: esbuild
 * emits them as chunks beside `main.js`, resolved relative to it); components call {@link loadConfigureFormUi5}
 * and thereby never import UI5 (Jest cannot load UI5's ESM). Without a loader (unit tests) loading does nothing.
 */
type Loader = () => Promise<unknown>;

let configureFormLoader: Loader | null = null;
let configureFormLoading: Promise<void> | null = null;

/** Called by `ui5.ts` with the import of the configure form's UI5 components (`ui5-configure-form.ts`). */
export function registerConfigureFormUi5(loader: Loader): void {
  configureFormLoader = loader;
  configureFormLoading = null;
}

/**
 * Loads the UI5 components of the configure form (select, option, checkbox, label, its icons) once. The form may
 * render before: UI5 elements upgrade when defined and keep properties set earlier. A failed load (network) is
 * logged and retried by the next call; it never rejects.
 */
export function loadConfigureFormUi5(): Promise<void> {
  const loader = configureFormLoader;
  if (!loader) return Promise.resolve();
  configureFormLoading ??= loader().then(
    () => undefined,
    (error: unknown) => {
      configureFormLoading = null;
      console.error(
        'openmcp onboarding elements: loading the configure form components failed; reopen the form or reload the page to retry',
        error,
      );
    },
  );
  return configureFormLoading;
}
