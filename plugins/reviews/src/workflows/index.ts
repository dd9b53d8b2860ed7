export * from "./reviews"
export { defaultReviewModeration } from "../lib/moderation"
