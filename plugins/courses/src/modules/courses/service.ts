import { MedusaService } from "@medusajs/framework/utils"
import Answer from "./models/answer"
import Certificate from "./models/certificate"
import Course from "./models/course"
import CourseSection from "./models/course-section"
import Enrollment from "./models/enrollment"
import Lesson from "./models/lesson"
import LessonProgress from "./models/lesson-progress"
import Question from "./models/question"
import QuestionVote from "./models/question-vote"

class CoursesModuleService extends MedusaService({
  Course,
  CourseSection,
  Lesson,
  Enrollment,
  LessonProgress,
  Certificate,
  Question,
  Answer,
  QuestionVote,
}) {}

export default CoursesModuleService
