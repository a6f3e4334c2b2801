/** Local portal and shipped artefacts (content configuration). */
module.exports = {
  displayName: 'portal',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/../../tsconfig.spec.json', isolatedModules: true }] },
};
