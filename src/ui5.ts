/**
 * The ONLY module importing UI5 Web Components (Jest never loads it; components use CUSTOM_ELEMENTS_SCHEMA).
 * Imports just the components and icons the templates use, plus SAP Horizon dark theme parameters registered
 * statically, so the bundle stays one file (UI5's own theme loaders would add dynamic-import chunks).
 */
import '@ui5/webcomponents/dist/BusyIndicator.js';
import '@ui5/webcomponents/dist/Button.js';
import '@ui5/webcomponents/dist/CheckBox.js';
import '@ui5/webcomponents/dist/Icon.js';
import '@ui5/webcomponents/dist/Label.js';
import '@ui5/webcomponents/dist/MessageStrip.js';
import '@ui5/webcomponents/dist/Option.js';
import '@ui5/webcomponents/dist/Select.js';
import '@ui5/webcomponents/dist/Tag.js';
// ui5-select renders list items that otherwise import this template lazily (a separate chunk file); preloading the
// feature means that chunk is never requested.
import '@ui5/webcomponents/dist/features/ListItemStandardExpandableText.js';

// Icons of the catalog's tools (assets/catalog.json `icon`) and of the templates. A catalog icon missing here
// renders as an empty icon: add its import when a new tool uses another one.
import '@ui5/webcomponents-icons/dist/add.js';
import '@ui5/webcomponents-icons/dist/delete.js';
import '@ui5/webcomponents-icons/dist/org-chart.js';
import '@ui5/webcomponents-icons/dist/product.js';
import '@ui5/webcomponents-icons/dist/puzzle.js';
import '@ui5/webcomponents-icons/dist/refresh.js';
import '@ui5/webcomponents-icons/dist/synchronize.js';
import '@ui5/webcomponents-icons/dist/navigation-right-arrow.js';

import { setDefaultFontLoading } from '@ui5/webcomponents-base/dist/config/Fonts.js';
import { registerThemePropertiesLoader } from '@ui5/webcomponents-base/dist/asset-registries/Themes.js';
import { getTheme, setTheme } from '@ui5/webcomponents-base/dist/config/Theme.js';
import baseDark from '@ui5/webcomponents-theming/dist/generated/themes/sap_horizon_dark/parameters-bundle.css.js';
import componentsDark from '@ui5/webcomponents/dist/generated/themes/sap_horizon_dark/parameters-bundle.css.js';
import { registerThemeHandler } from './theme';

// Same package names and CSS targets as UI5's generated json-imports/Themes.js ("root" for the base parameters
// like --sapBackgroundColor, "host" for component parameters).
registerThemePropertiesLoader('@ui5/webcomponents-theming', 'sap_horizon_dark', async () => baseDark);
registerThemePropertiesLoader('@ui5/webcomponents', 'sap_horizon_dark', async () => componentsDark, 'host');

// The portal (a UI5 host) provides the "72" font; UI5 would otherwise fetch it from a public CDN, which a portal's
// CSP or an offline setup blocks.
setDefaultFontLoading(false);

registerThemeHandler((theme) => {
  if (getTheme() !== theme) void setTheme(theme);
});
