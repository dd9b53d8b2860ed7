import { MedusaService } from "@medusajs/framework/utils"
import Review from "./models/review"
import ReviewStats from "./models/review-stats"
import ReviewVote from "./models/review-vote"

class ReviewsModuleService extends MedusaService({ Review, ReviewVote, ReviewStats }) {}

export default ReviewsModuleService
