import { Gateway } from '../gateway';
import { createHandler, Handler } from '../handler';
import { EmulatorResponse } from '../transport/http-types';

/** Test helpers: in-memory GraphQL requests against the pure handler, and polling with a deadline. */

export const TEAM_A = 'root:orgs:demo:team-a';
export const ADMIN = 'local-admin-token';
export const READONLY = 'local-readonly-token';
export const NOACCESS = 'local-noaccess-token';

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: Array<string | number> }>;
}

export function graphqlRequest(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  workspace = TEAM_A,
) {
  return {
    method: 'POST',
    url: `/api/clusters/${workspace}/graphql`,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}`, ...headers },
    body: JSON.stringify({ query, variables }),
  };
}

/** Runs one JSON GraphQL request; returns HTTP status and parsed body (throws on a streaming body). */
export async function gql(
  handler: Handler,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GraphQLBody; response: EmulatorResponse }> {
  const response = await handler(graphqlRequest(query, variables, headers));
  if (typeof response.body !== 'string') throw new Error(`expected a JSON body, got ${typeof response.body}`);
  return { status: response.status, body: JSON.parse(response.body) as GraphQLBody, response };
}

/** Polls `probe` until it returns a defined value; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 15));
  }
}

/**
 * Jest fixture: a fresh Gateway (streams not ended by schema rebuilds, plus `timings` overrides in ms) and its pure
 * handler for every test, closed after it. Read them through the returned object inside tests.
 */
export function useHandler(timings: Record<string, number> = {}): { gateway: Gateway; handler: Handler } {
  const fixture = {} as { gateway: Gateway; handler: Handler };
  beforeEach(() => {
    fixture.gateway = new Gateway({ timings: { schemaRebuildMs: 0, ...timings } });
    fixture.handler = createHandler(fixture.gateway);
  });
  afterEach(() => fixture.gateway.close());
  return fixture;
}
