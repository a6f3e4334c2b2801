/** Domain library: plain TypeScript, no DOM. */
module.exports = {
  displayName: 'onboarding',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/../../tsconfig.spec.json', isolatedModules: true }] },
  moduleNameMapper: {
    '^@opencp/onboarding$': '<rootDir>/src/public-api.ts',
    '^@opencp/onboarding/testing$': '<rootDir>/testing/public-api.ts',
  },
};
