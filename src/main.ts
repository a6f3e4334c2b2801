import './ui5';
import { createApplication } from '@angular/platform-browser';
import { appConfig } from './app-config';
import { DEFAULT_CATALOG_URL } from './session/catalog-store';
import { defineElements } from './elements';

/**
 * Bundle entry: defines every custom element synchronously (platform-contract §5.1), while the Angular application
 * starts in the background; elements created meanwhile wait for it (see deferred-element.ts).
 */
// The catalog is the file beside main.js, wherever the bundle is served from (not relative to the portal page).
const catalogUrl = new URL('assets/catalog.json', import.meta.url).href;
const app = createApplication({ providers: [...appConfig.providers, { provide: DEFAULT_CATALOG_URL, useValue: catalogUrl }] }).then((ref) => ref.injector);
app.catch((error: unknown) => console.error('openmcp onboarding elements: the Angular application failed to start', error));
defineElements(app);
