/**
 * SAP Horizon parameters reduced to the CSS custom properties the bundled UI5 components and `src/` use.
 *
 * With its first component UI5 registers two parameter sets per theme:
 * - the base parameters of `@ui5/webcomponents-theming` (~1,480 `--sap*` properties, 66 kB raw), set on the
 *   document's `:root`;
 * - the component parameters of *every* component of `@ui5/webcomponents` (~1,200 `--_ui5*` properties, 90 kB raw),
 *   adopted into each component's shadow root (`:host{…}`).
 * Light theme statically, dark theme on demand. This script writes copies that keep only the properties referenced,
 * directly or through another kept property (component parameters refer to base parameters), by
 * - the UI5 modules the bundle contains (esbuild's metafile of `src/ui5.ts`, the only module importing UI5, with the
 *   configure form's components it imports on demand): their styles' `var(--…)` and names in their code (e.g.
 *   `--_ui5_content_density`, read with `getComputedStyle`),
 * - the elements' own styles, templates and code under `src/`.
 * `angular.json` `fileReplacements` swaps them in for UI5's files. The base parameters the elements do not use are the
 * portal's business: a Horizon portal defines all of them itself (Luigi's `luigi_horizon.css` does, which the local
 * portal loads), and the elements no longer overwrite them on the portal's `:root`.
 *
 * Run: `npm run generate:ui5-theme-parameters` writes `src/ui5-theme/*.generated.js`; `--check` (npm `prebuild`)
 * exits 1 when they differ from what the current UI5 version, UI5 imports and `src` styles need, with the command
 * that fixes it. The bundles are flat rule lists (`:host{--a: 1;--b: var(--a)}:dir(rtl){…}`, read by
 * `css-custom-properties.mjs`); anything else, e.g. a nested rule or a declaration that is no custom property, throws
 * instead of being dropped.
 */
import { build } from 'esbuild';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRules, templateText } from './css-custom-properties.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = 'src/ui5-theme';

/**
 * UI5's parameter bundles (workspace-relative), base (`webcomponents-theming`) and component (`webcomponents`) per
 * theme, and the file replacing each (angular.json `fileReplacements`).
 */
export const PARAMETER_BUNDLES = ['sap_horizon', 'sap_horizon_dark'].flatMap((theme) =>
  ['webcomponents-theming', 'webcomponents'].map((pkg) => ({
    source: `node_modules/@ui5/${pkg}/dist/generated/themes/${theme}/parameters-bundle.css.js`,
    target: `${OUT_DIR}/${pkg}-${theme}-parameters.generated.js`,
  })),
);

const PROPERTY_NAME = /--[\w-]+/g;
const VAR_REFERENCE = /var\(\s*(--[\w-]+)/g;
const isParameterBundle = (path) => /\/generated\/themes\/[^/]+\/parameters-bundle\.css\.js$/.test(path);

/** Files under `dir` (recursive) whose names end with one of `extensions`, generated files excluded. */
function sourceFiles(dir, extensions) {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)) && !entry.name.includes('.generated.'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** Workspace-relative paths of the UI5 modules bundled from `src/ui5.ts`, static and on-demand imports alike. */
async function bundledUi5Modules() {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/ui5.ts'],
    bundle: true,
    splitting: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: 'out',
    // The conditions of a production `ng build` (UI5 resolves `production` to its dist/prod build).
    conditions: ['es2015', 'es2020', 'module', 'production'],
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs).filter((path) => path.includes('node_modules/@ui5/'));
}

/** Names every `var(--x)` in `text` refers to. */
const references = (text) => [...text.matchAll(VAR_REFERENCE)].map((match) => match[1]);

/**
 * The replacement files: `[{ source, target, content, keptProperties, allProperties }]`.
 * @param read reads a workspace-relative file (tests pass a fake)
 */
export async function trimmedParameterFiles(read = (path) => readFileSync(join(ROOT, path), 'utf8')) {
  const modules = await bundledUi5Modules();
  const users = [...modules.filter((path) => !isParameterBundle(path)), ...sourceFiles('src', ['.css', '.html', '.ts'])];
  const used = new Set(users.flatMap((path) => read(path).match(PROPERTY_NAME) ?? []));
  const bundles = PARAMETER_BUNDLES.map((bundle) => ({
    ...bundle,
    rules: parseRules(templateText(read(bundle.source), bundle.source), bundle.source),
  }));

  // Close over the parameters: a kept property's value may refer to others.
  const values = new Map();
  for (const { rules } of bundles)
    for (const { declarations } of rules) for (const { name, text } of declarations) values.set(name, [...(values.get(name) ?? []), text]);
  const queue = [...used];
  while (queue.length > 0) {
    for (const text of values.get(queue.pop()) ?? []) {
      for (const name of references(text)) if (!used.has(name)) (used.add(name), queue.push(name));
    }
  }

  return bundles.map(({ source, target, rules }) => {
    const kept = rules
      .map(({ selector, declarations }) => ({ selector, declarations: declarations.filter(({ name }) => used.has(name)) }))
      .filter(({ declarations }) => declarations.length > 0);
    const css = kept.map(({ selector, declarations }) => `${selector}{${declarations.map(({ text }) => text).join(';')}}`).join('');
    return {
      source,
      target,
      content: `// Generated by scripts/ui5-theme-parameters.mjs from ${source.replace('node_modules/', '')}: do not edit.\nexport default \`${css}\`;\n`,
      keptProperties: kept.reduce((sum, rule) => sum + rule.declarations.length, 0),
      allProperties: rules.reduce((sum, rule) => sum + rule.declarations.length, 0),
    };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const files = await trimmedParameterFiles();
  const stale = files.filter(({ target, content }) => {
    let committed = null;
    try {
      committed = readFileSync(join(ROOT, target), 'utf8');
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
    return committed !== content;
  });
  for (const file of files) {
    if (!check) writeFileSync(join(ROOT, file.target), file.content);
    console.log(`${file.target}: ${file.keptProperties} of ${file.allProperties} properties, ${file.content.length} bytes`);
  }
  // A file nobody swaps in is dead weight and leaves UI5's full bundle in place: each must be in angular.json.
  const { fileReplacements } = JSON.parse(readFileSync(join(ROOT, 'angular.json'), 'utf8')).projects.elements.architect.build.options;
  const unswapped = files.filter(({ source, target }) => !fileReplacements.some((r) => r.replace === source && r.with === target));
  for (const { source, target } of unswapped)
    console.error(`angular.json fileReplacements lacks { "replace": "${source}", "with": "${target}" }`);
  if (unswapped.length > 0) process.exitCode = 1;
  if (check && stale.length > 0) {
    console.error(
      `stale: ${stale.map(({ target }) => target).join(', ')} no longer match the UI5 components and src styles; run "npm run generate:ui5-theme-parameters"`,
    );
    process.exitCode = 1;
  }
}
