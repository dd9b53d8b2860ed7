export * from "./ship-vendor-order"
