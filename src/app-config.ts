import { ApplicationConfig, provideZonelessChangeDetection } from '@angular/core';
import { provideHttpClient, withFetch } from '@angular/common/http';
import { Apollo } from 'apollo-angular';

/**
 * Providers shared by every element of the bundle: zoneless change detection, Angular's HttpClient (over fetch, used
 * by apollo-angular's HttpLink) and the Apollo registry that holds one named client per gateway URL
 * (see `gateway/gateway-clients.ts`).
 */
export const appConfig: ApplicationConfig = {
  providers: [provideZonelessChangeDetection(), provideHttpClient(withFetch()), Apollo],
};
