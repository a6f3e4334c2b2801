/**
 * CORS for pages on any localhost port (the local portal on :4200 calling the emulator on :3000 with an
 * Authorization header, docs/local-platform.md §6). The real gateway needs `--cors-allowed-headers` for this (docs/platform.md §4.1); the
 * emulator allows it for loopback origins only.
 */
const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

export function corsHeaders(origin: string | undefined): Record<string, string> {
  if (!origin || !LOCAL_ORIGIN.test(origin)) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-allow-headers': 'Authorization, Content-Type, Accept, X-GraphQL-Event-Stream-Token',
    'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}
