/** Starting list of search synonyms; curators extend it in the admin panel. */
export const synonymGroups: string[][] = [
  ['cybercrime', 'digitale criminaliteit', 'computercriminaliteit', 'cybercriminaliteit'],
  ['jongeren', 'jeugd', 'youth', 'young people'],
  ['ouderen', 'senioren', 'older people', 'seniors'],
  ['oplichting', 'fraude', 'fraud', 'scam'],
  ['slachtoffer', 'slachtoffers', 'victim', 'victims'],
  ['dader', 'daders', 'offender', 'offenders'],
  ['ondermijning', 'subversive crime', 'georganiseerde criminaliteit'],
  ['mensenhandel', 'uitbuiting', 'human trafficking', 'exploitation'],
  ['mkb', 'ondernemers', 'small businesses', 'entrepreneurs'],
  ['gemeente', 'municipality'],
]
