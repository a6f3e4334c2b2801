/** Custom elements and their components: jest-preset-angular, zoneless, jsdom. UI5 is never loaded here (see src/ui5.ts). */
module.exports = {
  displayName: 'elements',
  preset: 'jest-preset-angular',
  rootDir: '.',
  testMatch: ['<rootDir>/**/*.spec.ts'],
  setupFilesAfterEnv: ['<rootDir>/test-setup.ts'],
  transform: {
    '^.+\\.(ts|mjs|js|html)$': [
      'jest-preset-angular',
      { tsconfig: '<rootDir>/../tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' },
    ],
  },
  transformIgnorePatterns: ['node_modules/(?!.*\\.mjs$|@apollo|apollo-angular|graphql-sse|rxjs)'],
  moduleNameMapper: {
    '^@opencp/onboarding$': '<rootDir>/../projects/onboarding/src/public-api.ts',
    '^@opencp/onboarding/testing$': '<rootDir>/../projects/onboarding/testing/public-api.ts',
    '^@opencp/onboarding/yaml-preview$': '<rootDir>/../projects/onboarding/src/config/yaml-preview.ts',
    '^@opencp/onboarding/machine$': '<rootDir>/../projects/onboarding/src/flow/onboarding-machine.ts',
  },
};
