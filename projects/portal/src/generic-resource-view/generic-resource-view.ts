/**
 * The local portal's generic resource view (`/generic-resource-view/index.html`, loaded by Luigi in an iframe for
 * the nodes of the tools' ContentConfigurations, docs/platform.md §1.3). It stands in for the Platform Mesh portal's
 * own generic list view and reads only what that one reads: `context.resourceDefinition`, `context.token` and
 * `context.portalContext.crdGatewayApiUrl` (docs/platform.md §5.5). Shows a UI5 table of the kind's objects (name, namespace for
 * namespaced kinds, age, Ready condition), kept live by one list subscription (resource-watch.ts).
 */
import '@ui5/webcomponents/dist/BusyIndicator.js';
import '@ui5/webcomponents/dist/Button.js';
import '@ui5/webcomponents/dist/MessageStrip.js';
import '@ui5/webcomponents/dist/Table.js';
import '@ui5/webcomponents/dist/TableCell.js';
import '@ui5/webcomponents/dist/TableHeaderCell.js';
import '@ui5/webcomponents/dist/TableHeaderRow.js';
import '@ui5/webcomponents/dist/TableRow.js';
import '@ui5/webcomponents/dist/Tag.js';
import '@ui5/webcomponents/dist/Title.js';
import { setDefaultFontLoading } from '@ui5/webcomponents-base/dist/config/Fonts.js';
import { addContextUpdateListener, addInitListener } from '@luigi-project/client';
import { createClient } from 'graphql-sse';
import { postGraphql } from '../browser/post-graphql';
import { ResourceDefinition, resourceDefinitionOf, resourceDocuments } from './resource-documents';
import { ageText, ResourceRow } from './resource-rows';
import { ResourceWatch, ViewState } from './resource-watch';

/** Re-render interval of the age column, in ms. */
const AGE_REFRESH_MS = 30_000;

/** Tag design per Ready status. */
const READY_DESIGN: Record<ResourceRow['ready']['status'], string> = {
  True: 'Positive',
  False: 'Negative',
  Unknown: 'Critical',
  None: 'Neutral',
};

interface ViewContext {
  token?: string;
  portalContext?: { crdGatewayApiUrl?: string };
  resourceDefinition?: unknown;
}

let current: { key: string; watch: ResourceWatch | null; token: string } | null = null;
let state: ViewState = { phase: 'loading' };
let definition: ResourceDefinition | null = null;

function onContext(context: ViewContext): void {
  const token = context.token ?? '';
  const gatewayUrl = context.portalContext?.crdGatewayApiUrl;
  const key = JSON.stringify([gatewayUrl, context.resourceDefinition]);
  if (current?.key === key) {
    current.token = token; // a refreshed token is used by the next request; the stream keeps running
    return;
  }
  current?.watch?.stop();
  current = { key, watch: null, token };
  try {
    if (!gatewayUrl) throw new Error('the node context has no portalContext.crdGatewayApiUrl');
    definition = resourceDefinitionOf(context as Record<string, unknown>);
    const view = current;
    const headers = () => ({ Authorization: `Bearer ${view.token}` });
    const sse = createClient({ url: gatewayUrl, headers, retryAttempts: 0 });
    view.watch = new ResourceWatch(
      resourceDocuments(definition),
      {
        list: (query) => postGraphql(gatewayUrl, view.token, query, {}),
        subscribe: (payload, sink) => sse.subscribe(payload, sink),
        setTimeout: (callback, ms) => window.setTimeout(callback, ms),
        clearTimeout: (handle) => window.clearTimeout(handle as number),
      },
      (next) => render((state = next)),
    );
    view.watch.start();
  } catch (error) {
    render((state = { phase: 'error', message: `This page cannot show resources: ${(error as Error).message}.` }));
  }
}

function render(view: ViewState): void {
  const root = document.getElementById('view')!;
  const title = element('ui5-title', definition?.plural ?? 'Resources', { level: 'H3' });
  const subtitle = element('p', definition ? `${definition.kind}.${definition.group || 'core'}/${definition.version}` : '');
  subtitle.className = 'subtitle';
  if (view.phase === 'loading') {
    const busy = element('ui5-busy-indicator', '', {
      active: '',
      text: `Loading ${definition?.plural ?? 'resources'}…`,
      'data-testid': 'resource-loading',
    });
    root.replaceChildren(title, subtitle, busy);
    return;
  }
  if (view.phase === 'error') {
    const strip = element('ui5-message-strip', view.message, {
      design: 'Negative',
      'hide-close-button': '',
      'data-testid': 'resource-error',
    });
    const retry = element('ui5-button', 'Retry', { 'data-testid': 'resource-retry' });
    retry.addEventListener('click', () => current?.watch?.start() ?? window.location.reload());
    root.replaceChildren(title, subtitle, strip, retry);
    return;
  }
  const status = element('p', view.phase === 'live' ? 'Live: changes show as they happen.' : 'Reconnecting to the live updates…');
  status.className = 'status';
  status.dataset['testid'] = 'resource-live-state';
  root.replaceChildren(title, subtitle, status, table(view.rows));
}

function table(rows: ResourceRow[]): HTMLElement {
  const namespaced = definition?.scope === 'Namespaced';
  const headers = ['Name', ...(namespaced ? ['Namespace'] : []), 'Age', 'Ready'];
  const table = element('ui5-table', '', { 'accessible-name': definition?.plural ?? 'Resources', 'data-testid': 'resource-table' });
  const headerRow = element('ui5-table-header-row', '', { slot: 'headerRow' });
  headerRow.append(...headers.map((text) => element('ui5-table-header-cell', text)));
  const empty = element('div', `No ${definition?.plural ?? 'resources'} in this workspace yet. Objects you create appear here.`, {
    slot: 'noData',
    'data-testid': 'resource-empty',
  });
  empty.className = 'empty';
  const now = new Date();
  const bodyRows = rows.map((row) => {
    const tableRow = element('ui5-table-row', '', { 'row-key': row.uid, 'data-testid': 'resource-row' });
    const ready = element('ui5-tag', row.ready.status === 'None' ? 'No condition' : row.ready.status, {
      design: READY_DESIGN[row.ready.status],
    });
    if (row.ready.reason || row.ready.message) ready.title = [row.ready.reason, row.ready.message].filter(Boolean).join(': ');
    const age = element('span', ageText(row.created, now, document.documentElement.lang || 'en'));
    if (row.created) age.title = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' }).format(row.created);
    const cells = [element('span', row.name), ...(namespaced ? [element('span', row.namespace ?? '')] : []), age, ready];
    tableRow.append(...cells.map((content) => wrap(element('ui5-table-cell'), content)));
    return tableRow;
  });
  table.append(headerRow, empty, ...bodyRows);
  return table;
}

function element(tag: string, text = '', attributes: Record<string, string> = {}): HTMLElement {
  const created = document.createElement(tag);
  if (text) created.textContent = text;
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  return created;
}

function wrap(parent: HTMLElement, child: HTMLElement): HTMLElement {
  parent.append(child);
  return parent;
}

// Offline-friendly like the product: no "72" font from a public CDN.
setDefaultFontLoading(false);
/**
 * Luigi hides (display: none), not removes, an iframe when the user moves to a web-component page, so its stream
 * would stay open; on HTTP/1.1 (the emulator) six streams to one host block every further request of the portal.
 * While hidden the view holds no stream; shown again it lists afresh. Only for a same-origin frame (the local portal).
 */
function pauseWhileHidden(): void {
  const frame = window.frameElement as HTMLElement | null;
  if (!frame) return;
  let visible = frame.style.display !== 'none';
  new MutationObserver(() => {
    const now = frame.style.display !== 'none';
    if (now === visible) return;
    visible = now;
    if (now) current?.watch?.start();
    else current?.watch?.stop();
  }).observe(frame, { attributes: true, attributeFilter: ['style'] });
}

render(state);
pauseWhileHidden();
addInitListener((context) => onContext(context as ViewContext));
addContextUpdateListener((context) => onContext(context as ViewContext));
window.setInterval(() => {
  if (state.phase === 'live' || state.phase === 'reconnecting') render(state);
}, AGE_REFRESH_MS);
