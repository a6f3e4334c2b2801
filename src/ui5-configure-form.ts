/**
 * UI5 Web Components only the configure form uses; loaded on demand (see `ui5-on-demand.ts`), so a tool page that
 * does not show the form and the overview never download them.
 */
import '@ui5/webcomponents/dist/CheckBox.js';
import '@ui5/webcomponents/dist/Label.js';
import '@ui5/webcomponents/dist/Option.js';
import '@ui5/webcomponents/dist/Select.js';
// ui5-select renders list items that otherwise import this template lazily (one more chunk request); preloading the
// feature brings it in with this chunk.
import '@ui5/webcomponents/dist/features/ListItemStandardExpandableText.js';

// Icons of the provider rows. Only SAP Horizon path data (`v5`): the v4 set serves the legacy Fiori 3 themes.
import '@ui5/webcomponents-icons/dist/v5/add.js';
import '@ui5/webcomponents-icons/dist/v5/delete.js';
