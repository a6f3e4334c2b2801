import { InjectionToken } from '@angular/core';

/** Catalog id of the tool a tool-specific tag shows (e.g. `kro` for `openmcp-kro-onboarding`); absent for the generic tag. */
export const FIXED_TOOL_ID = new InjectionToken<string>('FIXED_TOOL_ID');
