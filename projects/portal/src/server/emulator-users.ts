import { DEFAULT_TOKEN_FILE, loadTokens } from '../../../gateway-emulator/src/auth/users';
import type { PortalUser } from '../settings/portal-settings';

/**
 * Users of the emulator's token file (read by the emulator's own `loadTokens`, default its `tokens.json`) as page
 * users; the URL parameter id is `admin` or `readonly` (role without the hyphen). Throws naming the file when it has
 * no tokens.
 */
export function emulatorUsers(path: string = DEFAULT_TOKEN_FILE): PortalUser[] {
  const tokens = [...loadTokens(path)];
  if (tokens.length === 0) throw new Error(`${path} lists no tokens; the local portal needs at least one user`);
  return tokens.map(([token, { name, role }]) => ({
    id: role.replace(/-/g, ''),
    label: role === 'admin' ? 'Admin' : role === 'read-only' ? 'Read-only user' : role,
    email: name,
    token,
  }));
}
