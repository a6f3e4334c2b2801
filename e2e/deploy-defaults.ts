import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { TEMPLATE_VARIABLES, TemplateVariables } from './local-nginx';

const DOCKERFILE = resolve(__dirname, '../deploy/Dockerfile');
const CHART_VALUES = resolve(__dirname, '../deploy/helm/opencp-onboarding-ui/values.yaml');

/**
 * The `UI_*` settings the image starts with: the `ENV` instructions of deploy/Dockerfile (continuation lines joined,
 * `KEY=value` or `KEY="value"` with `\$` escapes). Throws naming the variables the Dockerfile does not set.
 */
export function imageDefaults(): TemplateVariables {
  const instructions = readFileSync(DOCKERFILE, 'utf8').replace(/\\\n/g, ' ').split('\n');
  const found: Record<string, string> = {};
  for (const line of instructions.filter((text) => /^ENV\s/.test(text))) {
    for (const [, name, quoted, bare] of line.matchAll(/(UI_[A-Z_]+)=(?:"((?:[^"\\]|\\.)*)"|(\S+))/g)) {
      found[name] = (quoted ?? bare).replace(/\\(.)/g, '$1');
    }
  }
  const missing = TEMPLATE_VARIABLES.filter((name) => found[name] === undefined);
  if (missing.length > 0) throw new Error(`${DOCKERFILE} sets no ENV ${missing.join(', ')}`);
  return found as TemplateVariables;
}

/**
 * What the Helm chart's default values put into the container (templates/deployment.yaml): the image defaults with
 * `pathPrefix` (trailing slash removed, as the chart's helper does) and `corsAllowOriginPattern` from values.yaml.
 */
export function chartDefaults(): TemplateVariables {
  const values = parse(readFileSync(CHART_VALUES, 'utf8')) as { pathPrefix: string; corsAllowOriginPattern: string };
  return {
    ...imageDefaults(),
    UI_LISTEN: '8080',
    UI_PATH_PREFIX: values.pathPrefix.replace(/\/$/, ''),
    UI_CORS_ALLOW_ORIGIN_PATTERN: values.corsAllowOriginPattern,
  };
}
