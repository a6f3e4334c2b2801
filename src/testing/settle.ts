import type { ComponentFixture } from '@angular/core/testing';
import { flushPromises } from '@opencp/onboarding/testing';

/** Lets fake gateway answers (microtasks) and Angular's change detection settle, twice over. Test-only. */
export function settler(fixture: ComponentFixture<unknown>): () => Promise<void> {
  return async () => {
    for (let round = 0; round < 2; round++) {
      await flushPromises();
      await fixture.whenStable();
    }
  };
}
