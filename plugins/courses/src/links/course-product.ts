import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CoursesModule from "../modules/courses"

/** A course is the learning side of exactly one product (price, cart and checkout are Medusa's). */
export default defineLink(CoursesModule.linkable.course, ProductModule.linkable.product)
