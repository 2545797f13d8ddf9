/**
 * The controlled vocabularies of the partnership. Values are part of the API (filters, facets,
 * the interventions matrix); labels are what people read.
 */

/** Text in both languages of the workspace. */
export type LocalizedText = { en: string; nl: string }

export type Option = { label: LocalizedText; value: string }

const option = (value: string, nl: string, en: string): Option => ({ label: { en, nl }, value })

export const valuesOf = (options: readonly Option[]): string[] => options.map((each) => each.value)

export const visibilityOptions = [
  option('public', 'Openbaar', 'Public'),
  option('partners', 'Partners (ingelogd)', 'Partners (signed in)'),
  option('group', 'Eigen groep (samen bewerken)', 'Own group (edited together)'),
  option('organisation', 'Eigen organisatie', 'Own organisation'),
]

export const targetGroupOptions = [
  option('youth', 'Jongeren', 'Young people'),
  option('children', 'Kinderen', 'Children'),
  option('parents', 'Ouders en opvoeders', 'Parents and carers'),
  option('seniors', 'Ouderen', 'Older people'),
  option('residents', 'Inwoners', 'Residents'),
  option('entrepreneurs', 'Ondernemers en mkb', 'Entrepreneurs and SMEs'),
  option('professionals', 'Professionals', 'Professionals'),
  option('schools', 'Scholen', 'Schools'),
  option('victims', 'Slachtoffers', 'Victims'),
  option('offenders', 'Daders en plegers', 'Offenders'),
  option('ex-detainees', 'Ex-gedetineerden', 'Ex-detainees'),
  option('vulnerable-people', 'Kwetsbare personen', 'Vulnerable people'),
  option('municipal-staff', 'Gemeentelijke medewerkers', 'Municipal staff'),
]

export const interventionRoleOptions = [
  option('victim', 'Slachtoffer', 'Victim'),
  option('offender', 'Dader', 'Offender'),
  option('bystander', 'Omstander', 'Bystander'),
  option('organisation', 'Organisatie', 'Organisation'),
]

export const preventionLevelOptions = [
  option('primary', 'Primair', 'Primary'),
  option('secondary', 'Secundair', 'Secondary'),
  option('tertiary', 'Tertiair', 'Tertiary'),
]

export const crimeTypeOptions = [
  option('phishing', 'Phishing', 'Phishing'),
  option('helpdesk-fraud', 'Helpdeskfraude', 'Helpdesk fraud'),
  option('friend-in-need-fraud', 'Vriend-in-noodfraude', 'Friend-in-need fraud'),
  option('marketplace-fraud', 'Marktplaatsfraude', 'Online marketplace fraud'),
  option('investment-fraud', 'Beleggingsfraude', 'Investment fraud'),
  option('romance-scam', 'Datingfraude', 'Romance scam'),
  option('identity-fraud', 'Identiteitsfraude', 'Identity fraud'),
  option('money-mules', 'Geldezels', 'Money mules'),
  option('ransomware', 'Ransomware', 'Ransomware'),
  option('hacking', 'Hacken', 'Hacking'),
  option('ddos', 'DDoS-aanvallen', 'DDoS attacks'),
  option('sextortion', 'Sextortion', 'Sextortion'),
  option('online-grooming', 'Online grooming', 'Online grooming'),
  option('shame-sexting', 'Shamesexting', 'Non-consensual image sharing'),
  option('cyberbullying', 'Cyberpesten', 'Cyberbullying'),
  option('online-threats', 'Online bedreiging', 'Online threats'),
  option('doxing', 'Doxing', 'Doxing'),
]

export const evidenceLevelOptions = [
  option('not-assessed', 'Niet beoordeeld', 'Not assessed'),
  option('well-described', 'Goed beschreven', 'Well described'),
  option('well-founded', 'Goed onderbouwd', 'Well founded'),
  option('effective-first', 'Effectief: eerste aanwijzingen', 'Effective: first indications'),
  option('effective-good', 'Effectief: goede aanwijzingen', 'Effective: good indications'),
  option('effective-strong', 'Effectief: sterke aanwijzingen', 'Effective: strong indications'),
]

export const practiceLabelOptions = [option('promising', 'Veelbelovend', 'Promising'), option('good', 'Goede praktijk', 'Good practice')]

export const organisationTypeOptions = [
  option('municipality', 'Gemeente', 'Municipality'),
  option('police', 'Politie', 'Police'),
  option('om', 'Openbaar Ministerie', 'Public Prosecution Service'),
  option('ministry', 'Ministerie', 'Ministry'),
  option('knowledge-institution', 'Kennisinstelling', 'Knowledge institution'),
  option('company', 'Bedrijf', 'Company'),
  option('foundation', 'Stichting', 'Foundation'),
  // Regional safety office, RIEC, care-and-safety houses, Veilig Thuis, CCV: the chain around the partners.
  option('chain-partner', 'Ketenpartner', 'Chain partner'),
]

export const districtOptions = [
  option('haaglanden', 'Haaglanden', 'Haaglanden'),
  option('hollands-midden', 'Hollands Midden', 'Hollands Midden'),
]

export const recommendationStatusOptions = [
  option('open', 'Open', 'Open'),
  option('in-progress', 'In uitvoering', 'In progress'),
  option('done', 'Afgerond', 'Done'),
  option('dropped', 'Vervallen', 'Dropped'),
]

export const groupKindOptions = [
  option('city-deal-project', 'City Deal-project', 'City Deal project'),
  option('working-group', 'Werkgroep', 'Working group'),
  option('knowledge-workshop', 'Kenniswerkplaats', 'Knowledge workshop'),
]

export const projectStatusOptions = [
  option('preparing', 'In voorbereiding', 'Preparing'),
  option('running', 'Loopt', 'Running'),
  option('completed', 'Afgerond', 'Completed'),
]

export const scalabilityOptions = [
  option('local', 'Lokaal', 'Local'),
  option('regional', 'Regionaal', 'Regional'),
  option('national', 'Landelijk', 'National'),
]

export const userRoleOptions = [
  option('admin', 'Beheerder', 'Administrator'),
  option('curator', 'Redacteur', 'Curator'),
  option('member', 'Deelnemer', 'Member'),
]
