/** Demo reviews of the courses, written by enrolled demo students (see `seedReviews` in seed.ts). */
export const DEMO_COURSE_REVIEWS: { rating: number; title: string | null; body: string }[] = [
  { rating: 5, title: "Exactly the right pace", body: "Short lessons, real examples and exercises that build on each other. I finally understand the topic." },
  { rating: 4, title: "Very good, a few gaps", body: "Clear explanations throughout. A couple of lessons could use more exercises, but overall excellent." },
  { rating: 5, title: null, body: "The teacher answers questions quickly and the projects are practical. Worth every cent." },
  { rating: 3, title: "Good content, uneven exercises", body: "The first half is great. The exercises in the second section jump in difficulty without enough explanation." },
  { rating: 4, title: "Solid course", body: "Well structured and easy to follow on a phone during my commute." },
  { rating: 5, title: "Отличный курс", body: "Понятные объяснения и много практики. Рекомендую всем, кто начинает с нуля." },
]
