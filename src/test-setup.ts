import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv();

// loadCatalog imports the catalog validator on demand (a chunk of its own in the bundle). Loading it here once per
// test file keeps jest's first transform and evaluation of it out of the first test's time budget.
import '../projects/onboarding/src/catalog/parse-catalog';

// The first test of a TestBed suite creates the whole component tree (3–4 s measured on a loaded two-core machine,
// close to jest's 5 s default); later tests take tens of milliseconds.
jest.setTimeout(15_000);
