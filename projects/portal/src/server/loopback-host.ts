/** Host names that reach this machine only; the portal answers requests addressed to them and to its bind address. */
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether a request's `Host` header (e.g. `localhost:4200`) names this machine: a loopback name or `bindHost`, the
 * interface the portal listens on. A missing header counts as loopback (only non-browser clients omit it).
 *
 * Why: the page and `/local/settings.json` carry bearer tokens (GATEWAY_TOKEN in gateway mode). A web page can make
 * its own host name resolve to 127.0.0.1 (DNS rebinding) and then read such answers same-origin; its requests still
 * carry its own host name, which this check refuses.
 */
export function isLoopbackHost(hostHeader: string | undefined, bindHost: string): boolean {
  if (hostHeader === undefined) return true;
  let hostname: string;
  try {
    hostname = new URL(`http://${hostHeader}`).hostname;
  } catch {
    // Not even a host[:port]: certainly not one of ours, so refuse it like any foreign name.
    return false;
  }
  return LOOPBACK_NAMES.has(hostname) || hostname === bindHost;
}
