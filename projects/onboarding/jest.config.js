/** Domain library: plain TypeScript, no DOM. */
module.exports = {
  displayName: 'onboarding',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/**/*.spec.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/../../tsconfig.spec.json' }],
    // @angular/core ships ESM only (.mjs); signals need it in the Node/CommonJS test run.
    '^.+\\.mjs$': '<rootDir>/jest-mjs-transform.js',
    // The generated ajv standalone catalog validator is an ES module as well.
    '^.+\\.generated\\.js$': '<rootDir>/jest-mjs-transform.js',
  },
  transformIgnorePatterns: ['node_modules/(?!@angular/)'],
  moduleNameMapper: {
    '^@opencp/onboarding$': '<rootDir>/src/public-api.ts',
    '^@opencp/onboarding/testing$': '<rootDir>/testing/public-api.ts',
    '^@opencp/onboarding/yaml-preview$': '<rootDir>/src/config/yaml-preview.ts',
  },
};
