export type ExperienceSeed = {
  intervention: string
  municipality: string
  from: string
  to?: string
  reach?: number
  rating: number
  wouldRecommend: boolean
  visibility: 'public' | 'partners' | 'organisation'
  nl: { result: string }
  en?: { result: string }
}

export const experiences: ExperienceSeed[] = [
  {
    intervention: 'phishing-voorlichting-ouderen',
    municipality: 'gemeente-den-haag',
    from: '2024-01-01',
    to: '2024-12-31',
    reach: 640,
    rating: 4,
    wouldRecommend: true,
    visibility: 'public',
    nl: { result: 'Zestien bijeenkomsten in vijf wijken; deelnemers meldden daarna vaker verdachte berichten bij de wijkagent.' },
    en: { result: 'Sixteen sessions in five neighbourhoods; participants afterwards reported suspicious messages to the community officer more often.' },
  },
  {
    intervention: 'phishing-voorlichting-ouderen',
    municipality: 'gemeente-leiden',
    from: '2024-09-01',
    reach: 180,
    rating: 5,
    wouldRecommend: true,
    visibility: 'partners',
    nl: { result: 'Zes bijeenkomsten in samenwerking met de seniorenraad; wachtlijst voor nieuwe data.' },
    en: { result: 'Six sessions together with the senior citizens\' council; waiting list for new dates.' },
  },
  {
    intervention: 'digitale-buurtambassadeurs',
    municipality: 'gemeente-gouda',
    from: '2023-06-01',
    to: '2024-06-30',
    reach: 300,
    rating: 3,
    wouldRecommend: true,
    visibility: 'public',
    nl: { result: 'Twaalf ambassadeurs opgeleid; na een jaar waren er nog zeven actief.' },
    en: { result: 'Twelve ambassadors trained; after a year seven were still active.' },
  },
  {
    intervention: 'word-geen-geldezel',
    municipality: 'gemeente-alphen-aan-den-rijn',
    from: '2024-02-01',
    reach: 1200,
    rating: 4,
    wouldRecommend: true,
    visibility: 'partners',
    nl: { result: 'Op drie mbo-locaties gegeven; docenten willen het jaarlijks herhalen.' },
  },
]
