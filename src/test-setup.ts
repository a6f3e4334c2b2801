import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv();

// loadCatalog imports the catalog validator on demand (a chunk of its own in the bundle). Loading it here once per
// test file keeps jest's first transform and evaluation of it out of the first test's time budget.
import '../projects/onboarding/src/catalog/parse-catalog';

// The German texts are a chunk loaded on demand (src/i18n/i18n.ts); the elements mount only once their locale's
// texts are there (mount-after-texts.ts), so component specs start with them loaded. i18n.spec.ts covers the loading.
import { loadTexts } from './i18n/i18n';
beforeAll(() => loadTexts('de'));

// The first test of a TestBed suite creates the whole component tree (3–4 s measured on a loaded two-core machine,
// close to jest's 5 s default); later tests take tens of milliseconds.
jest.setTimeout(15_000);
