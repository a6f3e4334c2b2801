import { Gateway } from '../gateway';
import { parseFault } from '../faults/fault-injector';
import { AllowedVersions } from '../operator/service-tools';
import { EmulatorRequest, EmulatorResponse, json } from './http-types';

const isLoopback = (address: string | undefined): boolean =>
  address === undefined || address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';

function parseBody(body: string): Record<string, unknown> {
  if (body.trim() === '') return {};
  const parsed = JSON.parse(body) as unknown;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('body must be a JSON object');
  return parsed as Record<string, unknown>;
}

/**
 * Admin HTTP API (docs/local-platform.md §4): reset, health, direct store reads, faults, operator settings, stricter
 * tool CRDs (`POST /admin/crds {"versionEnums": {"kro": ["v0.8.5"]}}`). No auth, loopback
 * peers only. Returns undefined for paths outside `/admin/`. Bad input answers 400 `{"error": "…"}`.
 */
export function handleAdmin(gateway: Gateway, req: EmulatorRequest): EmulatorResponse | undefined {
  const url = new URL(req.url, 'http://emulator');
  if (!url.pathname.startsWith('/admin/')) return undefined;
  if (!isLoopback(req.remoteAddress)) return json(403, { error: 'the admin API answers loopback clients only' });
  try {
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /admin/health') return json(200, { ok: true });
    if (route === 'POST /admin/reset') {
      gateway.reset(parseBody(req.body).timings);
      return json(200, { ok: true, timings: gateway.timings });
    }
    if (route === 'POST /admin/faults') return json(200, { id: gateway.faults.add(parseFault(parseBody(req.body))) });
    if (route === 'GET /admin/faults') return json(200, { faults: gateway.faults.list() });
    if (route === 'DELETE /admin/faults') {
      gateway.faults.clear();
      return json(200, { ok: true });
    }
    if (route === 'POST /admin/operator') {
      const allowed = parseBody(req.body).allowedVersions;
      if (typeof allowed !== 'object' || allowed === null) throw new Error('body needs "allowedVersions": {"<tool>": ["v…"]}');
      gateway.setAllowedVersions(allowed as Partial<AllowedVersions>);
      return json(200, { allowedVersions: gateway.settings.allowedVersions });
    }
    if (route === 'POST /admin/crds') {
      const enums = parseBody(req.body).versionEnums;
      if (typeof enums !== 'object' || enums === null) throw new Error('body needs "versionEnums": {"<tool>": ["v…"]}');
      gateway.restrictVersions(enums as Partial<AllowedVersions>);
      return json(200, { ok: true });
    }
    if (route === 'GET /admin/operator') return json(200, { allowedVersions: gateway.settings.allowedVersions, timings: gateway.timings });
    const objects = /^\/admin\/workspaces\/([^/]+)\/objects$/.exec(url.pathname);
    if (req.method === 'GET' && objects) {
      const items = gateway.objects(decodeURIComponent(objects[1]), url.searchParams.get('kind') ?? undefined);
      return items
        ? json(200, { items })
        : json(404, { error: `unknown workspace ${objects[1]}; known: ${gateway.workspacePaths().join(', ')}` });
    }
    return json(404, { error: `no admin route ${route}` });
  } catch (error) {
    return json(400, { error: (error as Error).message });
  }
}
