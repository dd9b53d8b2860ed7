export * from "./verification"
export * from "./moderation"
