import './ui5';
import { createApplication } from '@angular/platform-browser';
import { appConfig } from './app-config';
import { defineElements } from './elements';

/**
 * Bundle entry: defines every custom element synchronously (platform-contract §5.1), while the Angular application
 * starts in the background; elements created meanwhile wait for it (see deferred-element.ts).
 */
const app = createApplication(appConfig).then((ref) => ref.injector);
app.catch((error: unknown) => console.error('openmcp onboarding elements: the Angular application failed to start', error));
defineElements(app);
