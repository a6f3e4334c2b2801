import { ApplicationConfig, provideZonelessChangeDetection } from '@angular/core';
import { Apollo } from 'apollo-angular';

/**
 * Providers shared by every element of the bundle: zoneless change detection and the Apollo registry that holds one
 * named client per gateway URL (see `gateway/gateway-clients.ts`, which talks to the gateway with `fetch` directly).
 */
export const appConfig: ApplicationConfig = {
  providers: [provideZonelessChangeDetection(), Apollo],
};
