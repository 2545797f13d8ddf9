/** A question to the region with an answer, so the demo shows a conversation (demo accounts only). */
export type QuestionSeed = {
  title: string
  body: string
  about: string
  askedBy: string
  themes: string[]
  concerns: string[]
  answers: Array<{ by: string; body: string }>
}

export const demoQuestions: QuestionSeed[] = [
  {
    about: 'ransomware-oefening-gemeenten',
    answers: [
      {
        body: 'Wij deden de oefening in maart, met de gemeentesecretaris, de CISO en communicatie aan tafel. Reken op twee dagdelen voorbereiding; het scenario uit de kaart hoefde nauwelijks aangepast.',
        by: 'member.denhaag@weerbaar.test',
      },
    ],
    askedBy: 'member.leiden@weerbaar.test',
    body: 'We plannen de ransomware-oefening in het voorjaar. Hoeveel tijd kostte de voorbereiding, en wie zat er bij jullie aan tafel? @Gemeente Den Haag, jullie hebben hem al gedaan.',
    concerns: ['gemeente-den-haag'],
    themes: ['cyberaanvallen-op-organisaties'],
    title: 'Wie heeft de ransomware-oefening al gedraaid, en wie zat er aan tafel?',
  },
]
