/**
 * UI5's MessageStrip, loaded on demand (see `ui5-on-demand.ts` and `message-strip-on-demand.ts`): the failure,
 * context, conflict, connection, read-only, notice and update strips are not part of any page's usual first state.
 */
import '@ui5/webcomponents/dist/MessageStrip.js';
