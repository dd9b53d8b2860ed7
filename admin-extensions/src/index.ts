/**
 * @vitrina/admin-extensions ships operator UI only (src/admin: routes and widgets for the Medusa
 * admin). Medusa's plugin build compiles server code with tsc, which needs at least one input.
 */
export const ADMIN_EXTENSIONS_PLUGIN = "@vitrina/admin-extensions"
