/** Demo reviews of the courses, written by enrolled demo students (see `seedReviews` in seed.ts). */
export const DEMO_COURSE_REVIEWS: { rating: number; title: string | null; body: string }[] = [
  { rating: 5, title: "Exactly the right pace", body: "Short lessons, real examples and exercises that build on each other. I finally understand the topic." },
  { rating: 4, title: "Very good, a few gaps", body: "Clear explanations throughout. A couple of lessons could use more exercises, but overall excellent." },
  { rating: 5, title: null, body: "The teacher answers questions quickly and the projects are practical. Worth every cent." },
  { rating: 3, title: "Good content, uneven exercises", body: "The first half is great. The exercises in the second section jump in difficulty without enough explanation." },
  { rating: 4, title: "Solid course", body: "Well structured and easy to follow on a phone during my commute." },
  { rating: 5, title: "Отличный курс", body: "Понятные объяснения и много практики. Рекомендую всем, кто начинает с нуля." },
]

const student = (first: string, last: string) => `${first}.${last}@students.vitrina.local`.toLowerCase()

/** Demo purchases of goods by demo students, each followed by a review of what they bought. */
export const DEMO_PRODUCT_REVIEWS: { student: string; product: string; rating: number; title: string | null; body: string }[] = [
  { student: student("Mia", "Schneider"), product: "oak-desk-lamp", rating: 5, title: "Beautiful warm light", body: "Solid, well made and the dimmer goes really low. Looks great on my desk." },
  { student: student("Noah", "Weber"), product: "oak-desk-lamp", rating: 4, title: null, body: "Lovely lamp. The shade arrived slightly creased but it straightened out after a day." },
  { student: student("Emma", "Wagner"), product: "oak-desk-lamp", rating: 5, title: "Worth it", body: "Exactly as pictured, and the oak smells wonderful." },
  { student: student("Mia", "Schneider"), product: "wireless-earbuds-pro", rating: 4, title: "Great noise cancelling", body: "ANC is excellent on the train. The case is a bit bulky for small pockets." },
  { student: student("Liam", "Becker"), product: "wireless-earbuds-pro", rating: 3, title: "Good sound, average fit", body: "Sound quality is very good but the default tips fall out when I run." },
  { student: student("Sofia", "Hoffmann"), product: "merino-base-layer", rating: 5, title: "Warm and no smell", body: "Wore it four days hiking and it still felt fresh. True to size." },
  { student: student("Ivan", "Smirnov"), product: "stoneware-mug-set", rating: 5, title: "Очень красивые кружки", body: "Приятные на ощупь, хорошо держат тепло. Рекомендую." },
]
