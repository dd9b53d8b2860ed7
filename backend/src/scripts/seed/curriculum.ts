/**
 * Demo curricula of the seeded courses (by course handle): sections of lessons, "v" = video,
 * "t" = text, duration in minutes; the first lesson of every course is a free preview.
 * Demo lesson videos are short generated clips: the declared durations are what a real course
 * would show.
 */
export type DemoLesson = [kind: "v" | "t", title: string, minutes: number]
export type DemoCurriculum = {
  outcomes: string[]
  requirements: string[]
  sections: { title: string; lessons: DemoLesson[] }[]
}

export const CURRICULA: Record<string, DemoCurriculum> = {
  "typescript-zero-to-production": {
    outcomes: ["Model real data with types, unions and generics", "Test an API with Jest", "Ship a typed API to production"],
    requirements: ["Basic JavaScript", "Node.js installed"],
    sections: [
      { title: "Getting started", lessons: [["v", "Why TypeScript", 6], ["t", "Setting up your editor", 8], ["v", "Your first types", 12]] },
      { title: "The type system", lessons: [["v", "Unions and narrowing", 14], ["v", "Generics in practice", 18], ["t", "Cheat sheet: utility types", 10]] },
      { title: "Building the API", lessons: [["v", "Project structure", 15], ["v", "Validation at the edges", 16], ["v", "Testing with Jest", 20]] },
      { title: "Production", lessons: [["v", "Build and deploy", 17], ["t", "Checklist before launch", 6]] },
    ],
  },
  "build-a-marketplace-with-medusa": {
    outcomes: ["Design custom modules and links", "Write workflows with compensation", "Split orders per vendor"],
    requirements: ["TypeScript", "Some Node.js backend experience"],
    sections: [
      { title: "Foundations", lessons: [["v", "What a marketplace needs", 9], ["v", "Medusa's architecture", 15]] },
      { title: "Vendors", lessons: [["v", "The vendor module", 18], ["v", "Links to products and orders", 16], ["t", "Exercise: vendor sign-up", 20]] },
      { title: "Orders and money", lessons: [["v", "Splitting orders", 22], ["v", "Commission and ledger", 19], ["t", "Further reading", 5]] },
    ],
  },
  "ui-design-fundamentals": {
    outcomes: ["Lay out pages on a grid", "Pair type and colour with confidence", "Build accessible components"],
    requirements: ["No design experience needed"],
    sections: [
      { title: "Seeing like a designer", lessons: [["v", "Welcome", 4], ["v", "Hierarchy and rhythm", 11]] },
      { title: "Type and colour", lessons: [["v", "Choosing typefaces", 13], ["v", "Colour systems", 14], ["t", "Contrast and accessibility", 9]] },
      { title: "Components", lessons: [["v", "Buttons, inputs and cards", 16], ["t", "Final project brief", 7]] },
    ],
  },
  "russian-for-beginners": {
    outcomes: ["Read the Cyrillic alphabet", "Introduce yourself and order in a café", "Understand simple everyday conversations"],
    requirements: ["No prior Russian needed"],
    sections: [
      { title: "Алфавит / The alphabet", lessons: [["v", "Знакомство с алфавитом", 10], ["v", "Sounds that differ from English", 12], ["t", "Reading practice", 8]] },
      { title: "Первые фразы / First phrases", lessons: [["v", "Привет! Greetings", 9], ["v", "Numbers and prices", 11], ["t", "Vocabulary list", 5]] },
      { title: "В кафе / At the café", lessons: [["v", "Ordering food", 13], ["v", "Asking for the bill", 8]] },
    ],
  },
  "business-english-b2": {
    outcomes: ["Run a meeting in English", "Write clear business e-mails", "Negotiate with confidence"],
    requirements: ["English at B1 level"],
    sections: [
      { title: "Meetings", lessons: [["v", "Opening a meeting", 8], ["v", "Agreeing and disagreeing", 12]] },
      { title: "E-mails", lessons: [["t", "Structure of a good e-mail", 10], ["v", "Tone and politeness", 9]] },
      { title: "Negotiations", lessons: [["v", "Preparing your position", 14], ["v", "Closing the deal", 13], ["t", "Phrase bank", 6]] },
    ],
  },
}

/** Demo students: how far each got, as a share of the course's lessons (1 = finished). */
export const DEMO_STUDENTS = [
  { first: "Mia", last: "Schneider", progress: [1, 0.4] },
  { first: "Noah", last: "Weber", progress: [0.2, 1] },
  { first: "Emma", last: "Wagner", progress: [0.6] },
  { first: "Liam", last: "Becker", progress: [0.1, 0.3] },
  { first: "Sofia", last: "Hoffmann", progress: [1, 1] },
  { first: "Lucas", last: "Schulz", progress: [0.3] },
  { first: "Hanna", last: "Koch", progress: [0, 0.5] },
  { first: "Elias", last: "Richter", progress: [0.3, 0.8] },
  { first: "Anna", last: "Klein", progress: [0.9] },
  { first: "Ivan", last: "Smirnov", progress: [0.2, 0.6] },
  { first: "Olga", last: "Ivanova", progress: [1] },
  { first: "Paul", last: "Wolf", progress: [0.5, 0.1] },
] as const
