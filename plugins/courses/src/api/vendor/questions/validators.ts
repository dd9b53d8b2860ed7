import { z } from "@medusajs/framework/zod"
import { idOf, pagination, text } from "../../../lib/zod"

export const VendorListQuestions = z
  .object({
    status: z.enum(["unanswered", "all"]).default("unanswered"),
    course_id: idOf("course").optional(),
    ...pagination,
  })
  .strict()
export type VendorListQuestionsType = z.infer<typeof VendorListQuestions>

export const VendorAnswerQuestion = z
  .object({
    body: text(5000).refine((s) => s.trim().length > 0, "body must not be empty"),
  })
  .strict()
export type VendorAnswerQuestionType = z.infer<typeof VendorAnswerQuestion>
