import { GatewayError, type GatewayErrorKind } from './gateway-error';

/**
 * GraphQL error texts of the gateway (API-server messages, docs/platform.md §4.7), matched by anchored regexes
 * (docs/platform.md §4.9.5): never by substring, so a name that merely contains "not found" is not mistaken for absence (docs/platform.md §7.3).
 * A list failure keeps its `unable to list objects: ` prefix, so patterns allow it.
 */
const GRAPHQL_ERROR_RULES: readonly { readonly kind: GatewayErrorKind; readonly pattern: RegExp }[] = [
  { kind: 'forbidden', pattern: /^(unable to list objects: )?\S+ "[^"]*" is forbidden: / },
  { kind: 'forbidden', pattern: /^(unable to list objects: )?\S+ is forbidden: / },
  { kind: 'conflict', pattern: /^Operation cannot be fulfilled on \S+ "[^"]*": the object has been modified/ },
  { kind: 'already-exists', pattern: / already exists$/ },
  { kind: 'not-found', pattern: / not found$/ },
  { kind: 'invalid', pattern: /^\S+ "[^"]*" is invalid: / },
  { kind: 'schema', pattern: /^Cannot query field "[^"]*" on type "[^"]*"/ },
  { kind: 'schema', pattern: /^Unknown (type|argument) "[^"]*"/ },
  { kind: 'timeout', pattern: /^request timeout$/ },
];

/** Classifies one GraphQL error (HTTP 200 with `errors`) by its message; unmatched texts are `unknown`. */
export function classifyGraphQLError(message: string, path: readonly (string | number)[] = []): GatewayError {
  const rule = GRAPHQL_ERROR_RULES.find((candidate) => candidate.pattern.test(message));
  return new GatewayError(rule?.kind ?? 'unknown', message, path);
}

const STATUS_KINDS: Readonly<Record<number, GatewayErrorKind>> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'unknown-workspace',
  429: 'too-many-requests',
  503: 'unavailable',
  504: 'timeout',
};

/**
 * Classifies a transport failure by HTTP status (docs/platform.md §4.7: 401 texts `Unauthorized…`, 404
 * `404 page not found` for an unknown workspace → `unknown-workspace`, 429 `Too Many Requests`, 503 `Service
 * Unavailable`/`Endpoint not ready`, 504 `request timeout`). `body` (text or JSON `{errors:[{message}]}`; never the
 * HTTP status text) becomes the message; without one the status is described. 400 with a GraphQL error body is
 * classified by that message (limits, parse errors). A 2xx status here means the body was no GraphQL response
 * (e.g. invalid JSON): kind `unknown`, the message says so and quotes at most 200 characters of the body.
 */
export function classifyHttpStatus(status: number, body = ''): GatewayError {
  if (status >= 200 && status < 300) {
    const excerpt = body.trim().slice(0, 200);
    return new GatewayError(
      'unknown',
      `The gateway answered HTTP ${status} without a GraphQL response${excerpt ? `: ${excerpt}` : ''}`,
      [],
      status,
    );
  }
  const message = bodyMessage(body) || `HTTP ${status}`;
  const kind = STATUS_KINDS[status] ?? (status === 400 ? classifyGraphQLError(message).kind : status >= 500 ? 'unavailable' : 'unknown');
  return new GatewayError(kind, message, [], status);
}

/** Classifies a failure below HTTP (DNS, refused connection, dropped stream, CORS): kind `network`. */
export function classifyNetworkError(cause: unknown): GatewayError {
  if (cause instanceof GatewayError) {
    return cause;
  }
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new GatewayError('network', `The gateway could not be reached (${detail})`);
}

function bodyMessage(body: string): string {
  const text = body.trim();
  if (text.startsWith('{')) {
    try {
      const parsed = JSON.parse(text) as { errors?: { message?: unknown }[] };
      const first = parsed.errors?.[0]?.message;
      if (typeof first === 'string') {
        return first;
      }
    } catch {
      // Not JSON after all (e.g. a proxy page): the raw text is the best message there is.
      return text;
    }
  }
  return text;
}
