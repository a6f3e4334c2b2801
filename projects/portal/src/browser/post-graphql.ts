/**
 * One GraphQL POST to the kubernetes-graphql-gateway (docs/platform.md §4.1): `Authorization: Bearer <token>`, JSON
 * body `{query, variables}` (values only as variables, §4.9). For the local portal's own small reads; the product
 * uses Apollo.
 * @returns the parsed `{data, errors}` answer (GraphQL errors come with HTTP 200, §4.7)
 * @throws Error naming the URL and the HTTP status with the gateway's text when the status is not 200, or the
 *   network error when the gateway cannot be reached
 */
export async function postGraphql<T>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
  fetchFn: typeof fetch = fetch,
): Promise<T> {
  const answer = await fetchFn(url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  if (!answer.ok) throw new Error(`gateway ${url} answered ${answer.status}: ${(await answer.text()).trim()}`);
  return (await answer.json()) as T;
}
