export type RecommendationSeed = {
  text: string
  owner: string
  dueDate?: string
  status: 'open' | 'in-progress' | 'done' | 'dropped'
  case?: string
  followUp?: string
}

export type WorkshopSessionSeed = {
  title: string
  date: string
  group: string
  agenda: string
  participants: string[]
  cases: string[]
  minutes: string
  recommendations: RecommendationSeed[]
}

/** A session of the knowledge workshop on confused behaviour, with recommendations in every state. */
export const workshopSessions: WorkshopSessionSeed[] = [
  {
    agenda: '1. Opening en terugblik\n2. Casus: regie bij verward gedrag\n3. Beslismomenten en knelpunten\n4. Aanbevelingen en eigenaren',
    cases: ['casus-verward-gedrag-regie'],
    date: '2026-09-17',
    group: 'kenniswerkplaats-verward-gedrag',
    minutes:
      'De werkplaats besprak een casus waarin meerdere meldingen over dezelfde inwoner bij verschillende partners binnenkwamen zonder dat iemand de regie nam. ' +
      'Knelpunt: niemand wist dat de anderen ook meldingen hadden. Wat werkte: het eerste gezamenlijke overleg in het zorg- en veiligheidshuis, waarna binnen een week een vaste contactpersoon was.',
    participants: [
      'gemeente-den-haag',
      'gemeente-zoetermeer',
      'politie-eenheid-den-haag',
      'om-parket-den-haag',
      'zorg-en-veiligheidshuis-haaglanden',
      'ggd-haaglanden',
    ],
    recommendations: [
      {
        case: 'casus-verward-gedrag-regie',
        dueDate: '2026-11-01',
        owner: 'politie-eenheid-den-haag',
        status: 'open',
        text: 'Leg vast wanneer de wijkagent een melding over verward gedrag doorzet naar het zorg- en veiligheidshuis, zodat herhaalde meldingen niet blijven liggen.',
      },
      {
        dueDate: '2027-03-01',
        owner: 'gemeente-zoetermeer',
        status: 'open',
        text: 'Wijs per wijk één regievoerder aan voor inwoners met verward gedrag en maak de naam bekend bij politie en GGD.',
      },
      {
        dueDate: '2027-01-15',
        followUp: 'Eerste versie van de meldroute besproken met de GGD; de woningcorporaties volgen in januari.',
        owner: 'zorg-en-veiligheidshuis-haaglanden',
        status: 'in-progress',
        text: 'Maak één meldroute voor zorgen over verward gedrag, voor bewoners, wijkagenten en woningcorporaties.',
      },
      {
        followUp: 'Afgesproken in het regionaal overleg van oktober.',
        owner: 'ggd-haaglanden',
        status: 'done',
        text: 'Sluit de GGD aan bij het wekelijkse casusoverleg.',
      },
    ],
    title: 'Kenniswerkplaats verward gedrag, september 2026',
  },
]
