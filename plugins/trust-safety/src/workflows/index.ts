export * from "./verification"
export * from "./fraud"
export * from "./reports"
