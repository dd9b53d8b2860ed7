export * from "./verification"
export * from "./moderation"
export * from "./fraud"
export * from "./reports"
