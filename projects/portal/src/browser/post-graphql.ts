/**
 * One GraphQL POST to the kubernetes-graphql-gateway (docs/platform.md §4.1): `Authorization: Bearer <token>`, JSON
 * body `{query, variables}` (values only as variables, docs/platform.md §4.9). For the local portal's own small reads; the product
 * uses Apollo.
 * @param timeoutMs give up after this many ms (the gateway's own limit is 60 s, docs/platform.md §4.6)
 * @returns the parsed `{data, errors}` answer (GraphQL errors come with HTTP 200, docs/platform.md §4.7)
 * @throws Error naming the URL and the HTTP status with the gateway's text when the status is not 200, the
 *   network error when the gateway cannot be reached, or a timeout error after `timeoutMs`
 */
export async function postGraphql<T>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
  fetchFn: typeof fetch = fetch,
  timeoutMs = 60_000,
): Promise<T> {
  const answer = await fetchFn(url, {
    method: 'POST',
    signal: AbortSignal.timeout(timeoutMs),
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  if (!answer.ok) throw new Error(`gateway ${url} answered ${answer.status}: ${(await answer.text()).trim()}`);
  return (await answer.json()) as T;
}
