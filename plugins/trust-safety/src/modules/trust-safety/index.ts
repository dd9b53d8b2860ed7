import { Module } from "@medusajs/framework/utils"
import TrustSafetyModuleService from "./service"

export const TRUST_SAFETY_MODULE = "trust_safety"

export default Module(TRUST_SAFETY_MODULE, { service: TrustSafetyModuleService })
