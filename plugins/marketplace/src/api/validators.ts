import { z } from "@medusajs/framework/zod"

/** For routes that take no query parameters: anything given is refused with a 400. */
export const NoQuery = z.object({}).strict()
