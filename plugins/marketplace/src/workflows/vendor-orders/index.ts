export * from "./ship-vendor-order"
export * from "./fulfill-vendor-order"
