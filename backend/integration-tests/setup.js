// Medusa's test runner reads DB_* from the environment; scripts/test.mjs sets them
// (DB_HOST must be the literal "localhost", otherwise test-utils turns SSL on).
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
