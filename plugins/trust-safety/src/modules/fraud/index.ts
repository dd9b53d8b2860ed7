import { Module } from "@medusajs/framework/utils"
import FraudModuleService from "./service"

export const FRAUD_MODULE = "trust_fraud"

export default Module(FRAUD_MODULE, { service: FraudModuleService })
