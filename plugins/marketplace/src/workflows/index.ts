export * from "./vendor/create-vendors"
export * from "./vendor/create-vendor-products"
export * from "./vendor/types"
