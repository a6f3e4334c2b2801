import type { ToolCatalog } from '@opencp/onboarding';
// The catalog `ng build` copies to dist/elements/assets/catalog.json, compiled in as well: validated at build time
// (`npm run build` runs projects/onboarding/scripts/check-catalog.ts first; parse-catalog.spec.ts checks it too), so a
// fetched document equal to it needs no validator at runtime (see `loadCatalog`'s `prevalidated`).
import shipped from '../../assets/catalog.json';

export const SHIPPED_CATALOG = shipped as unknown as ToolCatalog;
