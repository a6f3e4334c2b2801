/**
 * Jest transformer for ES modules in plain JavaScript — the ESM-only `.mjs` bundles of @angular/core (signals), the
 * generated catalog validator (`*.generated.js`) and `scripts/*.mjs` — so the domain library's specs run in plain Node
 * CommonJS without jest-preset-angular. esbuild is already installed through @angular/build.
 */
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: 'js',
      format: 'cjs',
      target: 'es2022',
      sourcemap: 'external',
      sourcefile: filename,
    });
    return { code, map };
  },
};
