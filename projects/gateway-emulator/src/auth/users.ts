import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A gateway user: the identity TokenReview returns, and what the emulated RBAC lets it do. */
export interface User {
  name: string;
  /**
   * `admin`: everything; `read-only`: get/list/watch, writes answer "is forbidden"; `no-access`: authenticated
   * but without any RBAC in the workspace, so every read and write answers "is forbidden".
   */
  role: 'admin' | 'read-only' | 'no-access';
}

/** The API server verbs the emulated RBAC decides on (the verb appears in the "is forbidden" text, docs/platform.md §4.7). */
export type Verb = 'get' | 'list' | 'watch' | 'create' | 'patch' | 'delete';

const ROLE_VERBS: Record<User['role'], readonly Verb[]> = {
  admin: ['get', 'list', 'watch', 'create', 'patch', 'delete'],
  'read-only': ['get', 'list', 'watch'],
  'no-access': [],
};

/** Whether `user` may use `verb` on the workspace's resources (all kinds alike). */
export const isAllowed = (user: User, verb: Verb): boolean => ROLE_VERBS[user.role].includes(verb);

interface TokenEntry extends User {
  token: string;
}

/** Default token file: `projects/gateway-emulator/tokens.json` (docs/local-platform.md §2). */
export const DEFAULT_TOKEN_FILE = join(__dirname, '..', '..', 'tokens.json');

/** Loads `{"tokens":[{token, name, role}]}`; throws with the file name when it is missing or malformed. */
export function loadTokens(file: string = DEFAULT_TOKEN_FILE): Map<string, User> {
  let parsed: { tokens?: TokenEntry[] };
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as { tokens?: TokenEntry[] };
  } catch (error) {
    throw new Error(`cannot read token file ${file}: ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(parsed.tokens)) throw new Error(`token file ${file} has no "tokens" array`);
  const bad = parsed.tokens.find((t) => !(t.role in ROLE_VERBS));
  if (bad)
    throw new Error(
      `token file ${file}: role ${JSON.stringify(bad.role)} of ${bad.name} is not one of ${Object.keys(ROLE_VERBS).join(', ')}`,
    );
  return new Map(parsed.tokens.map((t) => [t.token, { name: t.name, role: t.role }]));
}

/** Result of checking the Authorization header: the user, or the 401 text of docs/platform.md §4.7. */
export type Authentication = { user: User } | { unauthorized: string };

/**
 * The gateway's bearer check (docs/platform.md §4.1, §4.7): prefix `Bearer ` is case-sensitive; texts
 * `Unauthorized: missing Authorization header`, `…: invalid Authorization header format`, `…: empty bearer token`,
 * and plain `Unauthorized` for a token the TokenReview rejects.
 */
export function authenticate(header: string | undefined, tokens: Map<string, User>): Authentication {
  if (header === undefined || header === '') return { unauthorized: 'Unauthorized: missing Authorization header' };
  if (!header.startsWith('Bearer ')) return { unauthorized: 'Unauthorized: invalid Authorization header format' };
  const token = header.slice('Bearer '.length).trim();
  if (token === '') return { unauthorized: 'Unauthorized: empty bearer token' };
  const user = tokens.get(token);
  return user ? { user } : { unauthorized: 'Unauthorized' };
}
