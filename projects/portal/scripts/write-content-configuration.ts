/**
 * Writes the ContentConfiguration YAML generated from assets/content-configuration.json.
 * Usage: npx tsx projects/portal/scripts/write-content-configuration.ts [--bundle-url URL] [--out FILE|-]
 * Defaults: bundle URL /ui/openmcp/wc/main.js, output assets/content-configuration.yaml ("-" = stdout).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentConfigurationManifest, DEFAULT_DEPLOYED_BUNDLE_URL } from '../src/content/content-configuration-manifest';
import { readContentDocument, REPO_ROOT } from '../src/content/content-document';

const { values } = parseArgs({
  options: {
    'bundle-url': { type: 'string', default: DEFAULT_DEPLOYED_BUNDLE_URL },
    out: { type: 'string', default: resolve(REPO_ROOT, 'assets/content-configuration.yaml') },
  },
});
const yaml = contentConfigurationManifest(readContentDocument(), values['bundle-url']);
if (values.out === '-') {
  process.stdout.write(yaml);
} else {
  writeFileSync(values.out, yaml);
  console.log(`wrote ${values.out} (bundle URL ${values['bundle-url']})`);
}
