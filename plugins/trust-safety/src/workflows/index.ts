export * from "./verification"
