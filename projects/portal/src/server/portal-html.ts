/**
 * The portal page: Luigi core's stylesheet and script (served from node_modules under /luigi/) and the page module
 * that configures Luigi. The stylesheet is Luigi's SAP Horizon theme, which sets every `--sap*` base parameter on the
 * page's `:root`, as a Horizon portal does: the elements set only the ones they use (docs/onboarding-ui.md §13). The
 * empty icon link keeps Chromium from requesting a missing favicon.
 */
export const PORTAL_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>OpenControlPlane · local portal</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/luigi/luigi_horizon.css" />
  </head>
  <body>
    <script src="/luigi/luigi.js"></script>
    <script type="module" src="/portal/portal-page.js"></script>
  </body>
</html>
`;
