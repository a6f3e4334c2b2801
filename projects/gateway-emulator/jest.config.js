/** Gateway emulator: Node, no DOM. */
module.exports = {
  displayName: 'gateway-emulator',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/../../tsconfig.spec.json', isolatedModules: true }] },
};
