/**
 * The ONLY statically loaded module importing UI5 Web Components (Jest never loads it; components use
 * CUSTOM_ELEMENTS_SCHEMA). Imports just the components and icons a tool page or the overview shows first; the
 * configure form's components (`ui5-configure-form.ts`), the message strip (`ui5-message-strip.ts`) and the SAP
 * Horizon dark theme parameters are registered as loaders, i.e. chunks beside `main.js` that only the users who need
 * them download.
 */
import '@ui5/webcomponents/dist/BusyIndicator.js';
import '@ui5/webcomponents/dist/Button.js';
import '@ui5/webcomponents/dist/Icon.js';
import '@ui5/webcomponents/dist/Tag.js';

// Icons of the catalog's tools (assets/catalog.json `icon`) and of the templates. A catalog icon missing here
// renders as an empty icon: add its import when a new tool uses another one. Only SAP Horizon path data (`v5`):
// `dist/<name>.js` would add the v4 set of the legacy Fiori 3 themes.
import '@ui5/webcomponents-icons/dist/v5/org-chart.js';
import '@ui5/webcomponents-icons/dist/v5/product.js';
import '@ui5/webcomponents-icons/dist/v5/puzzle.js';
import '@ui5/webcomponents-icons/dist/v5/refresh.js';
import '@ui5/webcomponents-icons/dist/v5/synchronize.js';
import '@ui5/webcomponents-icons/dist/v5/navigation-right-arrow.js';
// Step icons of the status tags (step-design.ts `stepIcon`).
// `sys-enter-2`, `error`, `alert` and `information` come with the Tag component.
import '@ui5/webcomponents-icons/dist/v5/circle-task-2.js';
import '@ui5/webcomponents-icons/dist/v5/edit.js';
import '@ui5/webcomponents-icons/dist/v5/less.js';
import '@ui5/webcomponents-icons/dist/v5/process.js';

import { setDefaultFontLoading } from '@ui5/webcomponents-base/dist/config/Fonts.js';
import { registerThemePropertiesLoader } from '@ui5/webcomponents-base/dist/asset-registries/Themes.js';
import { getTheme, setTheme } from '@ui5/webcomponents-base/dist/config/Theme.js';
import { registerThemeHandler } from './theme';
import { registerConfigureFormUi5, registerMessageStripUi5 } from './ui5-on-demand';

// Same package names and CSS targets as UI5's generated json-imports/Themes.js ("root" for the base parameters
// like --sapBackgroundColor, "host" for component parameters). Dynamic imports: only dark-theme users fetch them
// (~21 kB gzip); UI5 awaits the loader before it switches the theme.
registerThemePropertiesLoader('@ui5/webcomponents-theming', 'sap_horizon_dark', () =>
  import('@ui5/webcomponents-theming/dist/generated/themes/sap_horizon_dark/parameters-bundle.css.js').then((m) => m.default),
);
registerThemePropertiesLoader(
  '@ui5/webcomponents',
  'sap_horizon_dark',
  () => import('@ui5/webcomponents/dist/generated/themes/sap_horizon_dark/parameters-bundle.css.js').then((m) => m.default),
  'host',
);

registerConfigureFormUi5(() => import('./ui5-configure-form'));
// Failure, context, conflict, connection, read-only, notice and update strips: none is part of a usual first state.
registerMessageStripUi5(() => import('./ui5-message-strip'));

// The portal (a UI5 host) provides the "72" font; UI5 would otherwise fetch it from a public CDN, which a portal's
// CSP or an offline setup blocks.
setDefaultFontLoading(false);

registerThemeHandler((theme) => {
  if (getTheme() !== theme) void setTheme(theme);
});
