// @ts-check
/**
 * ESLint for every project of the repository (flat config): typescript-eslint's recommended rules for all
 * TypeScript, angular-eslint's for the elements in `src/` (class and inline-template rules, template files with the
 * accessibility rules), plain JavaScript for the Node scripts and Jest configs. Formatting is Prettier's job
 * (`.prettierrc.json`); no rule here concerns layout. Run: `npm run lint`, `npm run lint:fix`.
 */
import js from '@eslint/js';
import angular from 'angular-eslint';
import tseslint from 'typescript-eslint';

/** Node's globals for the .js/.mjs scripts (the `globals` package is not a dependency). */
const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'URL',
    'URLSearchParams',
    'Buffer',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'fetch',
    'structuredClone',
  ].map((name) => [name, 'readonly']),
);
const commonJsGlobals = { module: 'writable', require: 'readonly', __dirname: 'readonly', __filename: 'readonly', exports: 'writable' };

export default tseslint.config(
  {
    // Generated, copied or built files: never edited by hand, some must stay byte-exact (their specs compare them).
    ignores: [
      '**/node_modules/',
      'dist/',
      'out-tsc/',
      '.angular/',
      'coverage/',
      'reports/',
      '.stryker-tmp/',
      'test-results/',
      'playwright-report/',
      'e2e/screenshots/',
      '**/*.generated.*',
    ],
  },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      // `_name` marks a parameter an interface requires but the implementation does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'all', caughtErrorsIgnorePattern: '^_' },
      ],
      // An empty block hides a swallowed error or a forgotten branch; `catch {}` without handling is a defect.
      'no-empty': ['error', { allowEmptyCatch: false }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'prefer-const': 'error',
    },
  },
  {
    // The custom elements: Angular's class rules, and the inline templates extracted for the template rules below.
    files: ['src/**/*.ts'],
    extends: [...angular.configs.tsRecommended],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'openmcp', style: 'kebab-case' }],
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'openmcp', style: 'camelCase' }],
    },
  },
  {
    files: ['src/**/*.html'],
    extends: [...angular.configs.templateRecommended, ...angular.configs.templateAccessibility],
    rules: {},
  },
  {
    files: ['**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'module', globals: nodeGlobals },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'commonjs', globals: { ...nodeGlobals, ...commonJsGlobals } },
  },
);
