import type { TimingsName } from '../../../gateway-emulator/src/operator/timings';
import type { PortalAccount } from '../navigation/luigi-navigation';

/** Emulator speed presets (the emulator's own names): `fast` for tests, `demo` a few seconds per step. */
export type EmulatorTimings = TimingsName;

/** A user the portal page can act as; its token goes into Luigi's global context (docs/platform.md §5.4). */
export interface PortalUser {
  /** URL parameter value, e.g. `admin`, `readonly`. */
  id: string;
  label: string;
  email: string;
  token: string;
}

/**
 * What the local portal server tells its page (`GET /local/settings.json`): accounts with their gateway URLs,
 * the users to switch between, and in emulator mode the emulator's current timings.
 */
export interface PortalSettings {
  /** `emulator`: the portal started the gateway emulator; `gateway`: a real gateway from GATEWAY_URL. */
  mode: 'emulator' | 'gateway';
  accounts: PortalAccount[];
  users: PortalUser[];
  /** Absolute URL of the elements bundle (`main.js`) as the content document names it. */
  bundleUrl: string;
  /** Current emulator timings; absent in gateway mode. */
  timings?: EmulatorTimings;
}

/** Timings a URL parameter may ask for. */
export const EMULATOR_TIMINGS: readonly EmulatorTimings[] = ['fast', 'demo'];
