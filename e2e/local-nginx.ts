import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Repository root (this file lives in e2e/). */
const REPO_ROOT = resolve(__dirname, '..');
/** The files the container image ships (deploy/Dockerfile copies them to the same roles). */
const MAIN_CONF = join(REPO_ROOT, 'deploy/nginx/nginx.conf');
const SERVER_TEMPLATE = join(REPO_ROOT, 'deploy/nginx/templates/conf.d/opencp-onboarding-ui.conf.template');
/** Variables of the server template; the image's entrypoint substitutes the same set (NGINX_ENVSUBST_FILTER=^UI_). */
export const TEMPLATE_VARIABLES = ['UI_LISTEN', 'UI_PATH_PREFIX', 'UI_ROOT', 'UI_CATALOG_FILE', 'UI_CORS_ALLOW_ORIGIN_PATTERN'] as const;
export type TemplateVariables = Record<(typeof TEMPLATE_VARIABLES)[number], string>;

const NGINX_BINARY = process.env['NGINX_BINARY'] ?? '/usr/sbin/nginx';
const ENVSUBST_BINARY = process.env['ENVSUBST_BINARY'] ?? '/usr/bin/envsubst';
/** uid/gid nginx runs as when the test runs as root (Debian's `nobody`), like the image's unprivileged user. */
const UNPRIVILEGED_ID = 65534;
const START_DEADLINE_MS = 10_000;
const PORT_ATTEMPTS = 3;

/** Deploy-time settings of the server template (deploy/nginx/templates/conf.d/opencp-onboarding-ui.conf.template). */
export interface LocalNginxOptions {
  /** Directory with the production build (main.js, chunk-*.js, assets/). */
  root: string;
  /** URL path prefix without trailing slash, e.g. `/ui/openmcp/wc`. */
  pathPrefix: string;
  /** PCRE the request Origin must match to get `Access-Control-Allow-Origin`. */
  corsAllowOriginPattern: string;
  /** JSON written as the mounted catalog override; omitted = the build's `assets/catalog.json`. */
  catalogOverride?: unknown;
}

/** A running nginx; `baseUrl` ends with the path prefix and a slash, e.g. `http://127.0.0.1:41234/ui/openmcp/wc/`. */
export interface LocalNginx {
  readonly origin: string;
  readonly baseUrl: string;
  /** Stops nginx (SIGQUIT, graceful) and removes its directory. */
  stop(): Promise<void>;
}

/**
 * Runs the shipped nginx configuration with the Debian nginx binary, unprivileged, on a free loopback port.
 *
 * The main configuration keeps every writable path under `/tmp/` (pid, temp files, rendered server block); here
 * `/tmp/` is moved into a private directory, and the server template is rendered with `envsubst` exactly as the
 * image's entrypoint does. Throws with nginx's own stderr when it does not answer `/healthz` within 10 s, and
 * when nginx or envsubst is missing (install with `apt-get install -y nginx gettext-base`).
 */
export async function startLocalNginx(options: LocalNginxOptions): Promise<LocalNginx> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options);
    } catch (error) {
      // The free port was probed, then released: another process may have taken it in between. Retry on a new one.
      if (attempt >= PORT_ATTEMPTS || !/Address already in use/.test((error as Error).message)) throw error;
    }
  }
}

async function startOnce(options: LocalNginxOptions): Promise<LocalNginx> {
  const port = await freeLoopbackPort();
  const { dir, mainConf } = writeConfiguration((dir) => {
    const root = servedRoot(resolve(options.root), dir);
    const catalogFile = join(dir, 'catalog-override.json');
    if (options.catalogOverride !== undefined) writeFileSync(catalogFile, JSON.stringify(options.catalogOverride));
    return {
      UI_LISTEN: `127.0.0.1:${port}`,
      UI_PATH_PREFIX: options.pathPrefix,
      UI_ROOT: root,
      UI_CATALOG_FILE: options.catalogOverride === undefined ? join(root, 'assets/catalog.json') : catalogFile,
      UI_CORS_ALLOW_ORIGIN_PATTERN: options.corsAllowOriginPattern,
    };
  });

  const child = spawn(NGINX_BINARY, ['-e', 'stderr', '-p', `${dir}/`, '-c', mainConf, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    ...unprivileged(),
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.on('error', (error) => (stderr += `could not run ${NGINX_BINARY}: ${error.message}\n`));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    await terminate(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilHealthy(origin, child, () => stderr);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, baseUrl: `${origin}${options.pathPrefix}/`, stop };
}

/**
 * Renders the shipped configuration with `variables` (e.g. the image's or the chart's defaults) and runs `nginx -t`
 * on it: syntax, directives, and the CORS pattern compiled as PCRE. Returns nginx's verdict
 * (`{ok, output}`); throws only when nginx or envsubst is missing.
 */
export function checkNginxConfiguration(variables: TemplateVariables): { ok: boolean; output: string } {
  const { dir, mainConf } = writeConfiguration(() => variables);
  try {
    // stdout → /dev/null: nginx opens /dev/stdout (access_log), which fails on a socket.
    const result = spawnSync(NGINX_BINARY, ['-t', '-e', 'stderr', '-p', `${dir}/`, '-c', mainConf], {
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      ...unprivileged(),
    });
    if (result.error) throw new Error(`could not run ${NGINX_BINARY}: ${result.error.message}`);
    return { ok: result.status === 0, output: result.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Writes the main configuration (with `/tmp/` moved into a new private directory) and the server block rendered by
 * `envsubst` from the variables `variablesFor(dir)` returns, and hands the directory to the unprivileged user.
 */
function writeConfiguration(variablesFor: (dir: string) => TemplateVariables): { dir: string; mainConf: string } {
  for (const binary of [NGINX_BINARY, ENVSUBST_BINARY]) {
    if (!existsSync(binary)) throw new Error(`${binary} is missing: install it with "apt-get install -y nginx gettext-base"`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'opencp-nginx-'));
  const relocatedTmp = join(dir, 'tmp');
  mkdirSync(join(relocatedTmp, 'conf.d'), { recursive: true });
  const serverBlock = execFileSync(ENVSUBST_BINARY, [TEMPLATE_VARIABLES.map((name) => '${' + name + '}').join(' ')], {
    input: readFileSync(SERVER_TEMPLATE, 'utf8'),
    env: { PATH: process.env['PATH'], ...variablesFor(dir) },
    encoding: 'utf8',
  });
  writeFileSync(join(relocatedTmp, 'conf.d', 'opencp-onboarding-ui.conf'), serverBlock);
  const mainConf = join(dir, 'nginx.conf');
  writeFileSync(mainConf, readFileSync(MAIN_CONF, 'utf8').replaceAll('/tmp/', `${relocatedTmp}/`));
  dropPrivilegesOf(dir);
  return { dir, mainConf };
}

/**
 * The directory nginx serves. As root, nginx's workers run as `nobody`, which may not be able to read the checkout
 * (a clone in a root-only directory such as `mktemp -d` or `/root`): the build is then copied into nginx's private
 * directory, which `dropPrivilegesOf` hands to `nobody`. Otherwise the workers run as the current user, who can
 * read the build where it is.
 */
function servedRoot(root: string, dir: string): string {
  if (!isRoot()) return root;
  const copy = join(dir, 'root');
  cpSync(root, copy, { recursive: true });
  return copy;
}

/** spawn options that run nginx as `nobody` when the test runs as root (the image runs it as uid 101). */
function unprivileged(): { uid?: number; gid?: number } {
  return isRoot() ? { uid: UNPRIVILEGED_ID, gid: UNPRIVILEGED_ID } : {};
}

/** Asks the kernel for a free port on 127.0.0.1 (nginx itself cannot report an ephemeral port). */
function freeLoopbackPort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolvePort(port) : reject(new Error('no free loopback port'))));
    });
  });
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/**
 * When running as root, hands the directory and everything in it to the unprivileged user nginx will run as: it
 * writes pid and temp files there and its workers read the served copy and the catalog override (whatever the umask).
 */
function dropPrivilegesOf(dir: string): void {
  chmodSync(dir, 0o755);
  if (!isRoot()) return;
  chownSync(dir, UNPRIVILEGED_ID, UNPRIVILEGED_ID);
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    chownSync(join(dir, entry), UNPRIVILEGED_ID, UNPRIVILEGED_ID);
  }
}

async function waitUntilHealthy(origin: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + START_DEADLINE_MS;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`nginx exited (${child.exitCode ?? child.signalCode}) during start-up:\n${stderr()}`);
    }
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) return;
      lastProblem = `/healthz answered ${response.status}`;
    } catch (error) {
      lastProblem = (error as Error).message; // not listening yet: poll again until the deadline
    }
    await new Promise((wake) => setTimeout(wake, 50));
  }
  throw new Error(`nginx did not become healthy within ${START_DEADLINE_MS} ms (${lastProblem}):\n${stderr()}`);
}

function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGQUIT');
  });
}
