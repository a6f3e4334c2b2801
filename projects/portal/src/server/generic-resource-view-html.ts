/** Path of the generic resource view that the tools' ContentConfigurations name as node `url` (README "Tool pages"). */
export const GENERIC_RESOURCE_VIEW_PATH = '/generic-resource-view/index.html';

/** Path of its script (bundled by page-bundle.ts). */
export const GENERIC_RESOURCE_VIEW_SCRIPT = '/generic-resource-view/view.js';

/**
 * The generic resource view's page, loaded by Luigi in an iframe. SAP Horizon background and font stack from the UI5
 * theme parameters; the script renders into `#view`.
 */
export const GENERIC_RESOURCE_VIEW_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Resources · local portal</title>
    <link rel="icon" href="data:," />
    <style>
      body { margin: 0; background: var(--sapBackgroundColor, #f5f6f7); color: var(--sapTextColor, #1d2d3e);
        font-family: var(--sapFontFamily, "72", Arial, sans-serif); }
      main { padding: 1rem 2rem; display: flex; flex-direction: column; gap: .75rem; }
      .subtitle, .status { margin: 0; color: var(--sapContent_LabelColor, #556b82); font-size: .875rem; }
      .empty { padding: 2rem; text-align: center; color: var(--sapContent_LabelColor, #556b82); }
      ui5-button { align-self: flex-start; }
    </style>
  </head>
  <body>
    <main id="view" aria-live="polite"></main>
    <script type="module" src="${GENERIC_RESOURCE_VIEW_SCRIPT}"></script>
  </body>
</html>
`;
