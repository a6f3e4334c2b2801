/** Root Jest config: one Jest project per code project, run together by `npm run test:unit`. */
module.exports = {
  projects: ['<rootDir>/projects/onboarding', '<rootDir>/projects/gateway-emulator', '<rootDir>/projects/portal', '<rootDir>/src'],
};
