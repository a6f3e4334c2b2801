/** One request the gateway link sent to {@link FakeGatewayFetch}, answered by the test. Test-only. */
export interface RecordedGatewayRequest {
  readonly url: string;
  readonly method: string;
  /** Request headers, names lower-cased. */
  readonly headers: Headers;
  /** Parsed JSON body: `{ operationName, query, variables }`. */
  readonly body: { operationName?: string; query: string; variables?: Record<string, unknown> };
  /** Answers with `body` as JSON (an object) or as plain text (a string), with HTTP `status`. */
  respond(body: unknown, status?: number): void;
}

/**
 * A `fetch` for the Apollo HTTP link that records each request and keeps it pending until the test answers it
 * (jsdom has no `fetch`/`Response`; the answer carries just what Apollo reads: status, headers, text). Test-only.
 */
export class FakeGatewayFetch {
  private readonly pending: RecordedGatewayRequest[] = [];

  readonly fetch: typeof fetch = (input, init) =>
    new Promise((resolve) => {
      const status = (code: number) => ({ ok: code < 300, status: code, statusText: String(code) });
      this.pending.push({
        url: String(input),
        method: init?.method ?? 'GET',
        headers: new Headers(init?.headers),
        body: JSON.parse(String(init?.body ?? '{}')),
        respond: (body, code = 200) => {
          const text = typeof body === 'string' ? body : JSON.stringify(body);
          const type = typeof body === 'string' ? 'text/plain' : 'application/json';
          resolve({ ...status(code), headers: new Headers({ 'content-type': type }), text: async () => text } as Response);
        },
      });
    });

  /** Takes the one pending request for `url`; throws when there is none or more than one. */
  expectOne(url: string): RecordedGatewayRequest {
    const matching = this.pending.filter((request) => request.url === url);
    if (matching.length !== 1) {
      throw new Error(`expected one pending request to ${url}, found ${matching.length}`);
    }
    this.pending.splice(this.pending.indexOf(matching[0]), 1);
    return matching[0];
  }

  /** Throws when a request to `url` is pending. */
  expectNone(url: string): void {
    const count = this.pending.filter((request) => request.url === url).length;
    if (count > 0) {
      throw new Error(`expected no pending request to ${url}, found ${count}`);
    }
  }

  /** Throws when any request is still unanswered. */
  verify(): void {
    if (this.pending.length > 0) {
      throw new Error(`unanswered requests: ${this.pending.map((request) => `${request.body.operationName} ${request.url}`).join(', ')}`);
    }
  }
}
