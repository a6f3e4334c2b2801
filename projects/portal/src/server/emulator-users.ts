import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PortalUser } from '../settings/portal-settings';
import { REPO_ROOT } from '../content/content-document';

/** The emulator's token file (common.md): `{tokens: [{token, name, role: "admin"|"read-only"}]}`. */
export const EMULATOR_TOKENS_PATH = resolve(REPO_ROOT, 'projects/gateway-emulator/tokens.json');

interface TokenEntry {
  token: string;
  name: string;
  role: string;
}

/**
 * Users of the emulator's token file as page users; the URL parameter id is `admin` or `readonly`
 * (role without the hyphen). Throws naming the file when it has no tokens.
 */
export function emulatorUsers(path: string = EMULATOR_TOKENS_PATH): PortalUser[] {
  const { tokens } = JSON.parse(readFileSync(path, 'utf8')) as { tokens?: TokenEntry[] };
  if (!tokens?.length) throw new Error(`${path} lists no tokens; the local portal needs at least one user`);
  return tokens.map((entry) => ({
    id: entry.role.replace(/-/g, ''),
    label: entry.role === 'admin' ? 'Admin' : entry.role === 'read-only' ? 'Read-only user' : entry.role,
    email: entry.name,
    token: entry.token,
  }));
}
