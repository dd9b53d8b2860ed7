// Root jest config for the unit, module and browser tiers (HTTP tests run from backend/, where
// Medusa's test runner finds medusa-config.ts). scripts/test.mjs picks the tier with TEST_TYPE.
const swc = [
  "@swc/jest",
  { jsc: { parser: { syntax: "typescript", decorators: true, tsx: true }, transform: { react: { runtime: "automatic" } } } },
]

const matchers = {
  unit: [
    "<rootDir>/plugins/*/src/**/*.unit.spec.[jt]s",
    "<rootDir>/backend/src/**/*.unit.spec.[jt]s",
    "<rootDir>/storefront/src/**/*.unit.spec.[jt]s",
    "<rootDir>/scripts/**/*.unit.spec.[jt]s",
    "<rootDir>/deploy/**/*.unit.spec.[jt]s",
  ],
  "integration:modules": ["<rootDir>/plugins/*/src/modules/*/__tests__/**/*.spec.[jt]s"],
  e2e: ["<rootDir>/e2e/**/*.e2e.spec.[jt]s"],
}

module.exports = {
  rootDir: __dirname,
  transform: { "^.+\\.[jt]sx?$": swc },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["<rootDir>/.*/\\.medusa/", "<rootDir>/storefront/\\.next/"],
  testPathIgnorePatterns: ["/node_modules/", "/\\.medusa/", "/\\.next/"],
  testMatch: matchers[process.env.TEST_TYPE || "unit"],
}
