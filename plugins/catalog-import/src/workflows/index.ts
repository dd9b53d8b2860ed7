export * from "./import-catalog-batch"
export * from "./catalog-import"
