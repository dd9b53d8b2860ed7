import { model } from "@medusajs/framework/utils"

/**
 * Issued once per enrolment when the student completes every lesson. The names are a snapshot at
 * issue time, so the certificate keeps verifying after a rename. `code` is public and unguessable
 * (e.g. VTR-7K3M-Q9XD-2PLA) and is the URL of the verification page /certificates/[code].
 */
const Certificate = model
  .define("certificate", {
    id: model.id({ prefix: "cert" }).primaryKey(),
    code: model.text(),
    enrollment_id: model.text(),
    course_id: model.text(),
    customer_id: model.text(),
    student_name: model.text(),
    course_title: model.text(),
    teacher_name: model.text(),
    issued_at: model.dateTime(),
  })
  .indexes([
    { on: ["code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["enrollment_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id"] },
  ])

export default Certificate
