import type { GroupKind, ProjectStatus } from '../../domain/groups'

export type GroupSeed = {
  name: string
  slug: string
  kind: GroupKind
  lead: string
  /** Organisations taking part, by slug (the members' organisations are added by themselves). */
  organisations?: string[]
  /** Demo accounts, by e-mail; `managers` are members too. */
  members?: string[]
  managers?: string[]
  themes: string[]
  round?: number
  status?: ProjectStatus
  /** Invented for the demo: shown as an example, never as a real project. */
  illustrative?: boolean
  nl: string
  en: string
}

const example = (
  slug: string,
  name: string,
  round: number,
  status: ProjectStatus,
  lead: string,
  themes: string[],
  nl: string,
  en: string,
): GroupSeed => ({ en, illustrative: true, kind: 'city-deal-project', lead, name, nl, round, slug, status, themes })

/**
 * The groups that work across organisations. Of the 18 City Deal projects, the demo knows the name
 * of one from public material (Cyberweerbare wijken, of The Hague with the police unit); the other
 * seventeen are invented examples and marked as such, so nobody mistakes them for real projects.
 */
export const groups: GroupSeed[] = [
  {
    en: 'Residents become digital neighbourhood ambassadors who help their neighbours recognise online fraud; The Hague runs it with the police unit.',
    kind: 'city-deal-project',
    lead: 'gemeente-den-haag',
    managers: ['member.denhaag@weerbaar.test'],
    members: ['member.denhaag@weerbaar.test', 'ccv@weerbaar.test', 'politie@weerbaar.test'],
    name: 'Cyberweerbare wijken',
    nl: 'Bewoners worden digitale wijkambassadeurs die buren helpen online oplichting te herkennen; Den Haag voert het uit met de politie-eenheid.',
    organisations: ['gemeente-den-haag', 'politie-eenheid-den-haag', 'ccv'],
    round: 1,
    slug: 'cyberweerbare-wijken',
    status: 'running',
    themes: ['cybercrime', 'online-fraude'],
  },
  example('mkb-cyberscan-in-de-wijk', 'Cyberscan voor winkelstraten', 1, 'completed', 'haagse-hogeschool-cybersecurity-mkb', ['cyberaanvallen-op-organisaties'], 'Studenten doen cyberscans bij ondernemers in een winkelstraat.', 'Students run cyber scans for shopkeepers in one shopping street.'),
  example('effectmeting-cyberpreventie', 'Effectmeting cyberpreventie', 2, 'running', 'haagse-hogeschool-cybersecurity-mkb', ['cybercrime'], 'Een gedeelde voor- en nameting voor voorlichting over online fraude.', 'A shared pre- and post-test for awareness sessions on online fraud.'),
  example('cyberveilig-ondernemen', 'Cyberveilig ondernemen', 2, 'running', 'cyberveilig-ondernemen-zuid-holland', ['cyberaanvallen-op-organisaties'], 'Ondernemersverenigingen als ingang voor cyberweerbaarheid van het mkb.', 'Business associations as the way in to small businesses’ cyber resilience.'),
  example('ransomware-oefenen-met-ketenpartners', 'Ransomware-oefening met ketenpartners', 1, 'completed', 'ministerie-van-bzk', ['cyberaanvallen-op-organisaties'], 'Gemeenten oefenen een ransomware-aanval samen met hun ketenpartners.', 'Municipalities rehearse a ransomware attack together with their chain partners.'),
  example('jongeren-als-cybercoach', 'Jongeren als cybercoach', 1, 'completed', 'gemeente-den-haag', ['jeugd-en-veiligheid', 'cybercrime'], 'Jongeren geven ouderen les in veilig internetten.', 'Young people teach older people to use the internet safely.'),
  example('slachtofferondersteuning-online-fraude', 'Slachtofferondersteuning online fraude', 2, 'running', 'politie-eenheid-den-haag', ['online-fraude'], 'Slachtoffers van online fraude krijgen een vaste contactpersoon.', 'Victims of online fraud get one contact person.'),
  example('cyberweerbare-zorginstellingen', 'Cyberweerbare zorginstellingen', 2, 'running', 'universiteit-leiden-cybersecurity-academy', ['cyberaanvallen-op-organisaties'], 'Kleine zorgaanbieders verbeteren hun digitale basishygiëne.', 'Small care providers improve their basic digital hygiene.'),
  example('phishing-op-school', 'Phishing op school', 2, 'running', 'stichting-digitaal-veilig-haaglanden', ['jeugd-en-veiligheid', 'online-fraude'], 'Lessen over phishing voor het voortgezet onderwijs.', 'Lessons on phishing for secondary schools.'),
  example('geldezels-voorkomen', 'Geldezels voorkomen', 2, 'running', 'ministerie-van-justitie-en-veiligheid', ['witwassen', 'jeugd-en-veiligheid'], 'Jongeren herkennen het ronselen van geldezels op sociale media.', 'Young people recognise money-mule recruitment on social media.'),
  example('cyberhulp-loket-gemeente', 'Cyberhulploket in het gemeentehuis', 2, 'running', 'gemeente-den-haag', ['online-fraude'], 'Een spreekuur voor inwoners met vragen over digitale veiligheid.', 'A walk-in hour for residents with questions about digital safety.'),
  example('digitale-wijkagent', 'De digitale wijkagent', 2, 'running', 'politie-eenheid-den-haag', ['cybercrime'], 'Wijkagenten zijn ook online aanspreekbaar voor hun wijk.', 'Community officers can be reached online by their neighbourhood.'),
  example('bewustwording-ouderenbonden', 'Bewustwording via ouderenbonden', 3, 'preparing', 'ccv', ['online-fraude'], 'Ouderenbonden geven voorlichting over bankhelpdeskfraude.', 'Senior citizens’ associations inform their members about bank helpdesk fraud.'),
  example('jongeren-en-online-criminaliteit', 'Jongeren en online criminaliteit', 3, 'running', 'gemeente-leiden', ['jeugd-en-veiligheid', 'cybercrime'], 'Jongeren ontwerpen zelf de aanpak van online criminaliteit onder leeftijdgenoten.', 'Young people design the approach to online crime among their peers themselves.'),
  example('sextortion-herkennen', 'Sextortion herkennen en melden', 3, 'preparing', 'politie-eenheid-den-haag', ['online-seksueel-geweld'], 'Jongerenwerkers herkennen sextortion en weten waar ze heen kunnen.', 'Youth workers recognise sextortion and know where to turn.'),
  example('gemeentelijke-rol-cyberweerbaarheid', 'Gemeentelijke rol in cyberweerbaarheid', 1, 'completed', 'ministerie-van-justitie-en-veiligheid', ['cybercrime'], 'Wat een gemeente kan en moet doen voor de cyberweerbaarheid van inwoners en ondernemers.', 'What a municipality can and should do for the cyber resilience of residents and businesses.'),
  example('informatiedeling-cyberincidenten', 'Informatiedeling cyberincidenten', 3, 'preparing', 'universiteit-leiden-cybersecurity-academy', ['cyberaanvallen-op-organisaties'], 'Welke informatie over cyberincidenten partners mogen delen, en hoe.', 'Which information on cyber incidents partners may share, and how.'),
  example('webwinkelfraude-ondernemers', 'Webwinkelfraude bij ondernemers', 3, 'preparing', 'ministerie-van-economische-zaken', ['online-fraude'], 'Ondernemers herkennen nepwebwinkels die hun naam misbruiken.', 'Businesses spot fake web shops that misuse their name.'),
  {
    en: 'Municipalities, police, the Public Prosecution Service, the care-and-safety houses and the health services learn from cases of confused behaviour.',
    kind: 'knowledge-workshop',
    lead: 'rsiv',
    managers: ['curator@weerbaar.test'],
    members: ['curator@weerbaar.test', 'member.denhaag@weerbaar.test', 'politie@weerbaar.test', 'om@weerbaar.test'],
    name: 'Kenniswerkplaats verward gedrag',
    nl: 'Gemeenten, politie, OM, de zorg- en veiligheidshuizen en de GGD’en leren van casussen over verward gedrag.',
    organisations: ['zorg-en-veiligheidshuis-haaglanden', 'zorg-en-veiligheidshuis-hollands-midden', 'ggd-haaglanden', 'ggd-hollands-midden', 'gemeente-zoetermeer', 'gemeente-gouda'],
    slug: 'kenniswerkplaats-verward-gedrag',
    themes: ['verward-gedrag', 'zorg-en-veiligheid'],
  },
  {
    en: 'The working group on the first priority: signals of discontent and how municipalities keep the conversation going.',
    kind: 'working-group',
    lead: 'rsiv',
    members: ['member.leiden@weerbaar.test'],
    name: 'Werkgroep maatschappelijk ongenoegen',
    nl: 'De werkgroep van de eerste prioriteit: signalen van onvrede en hoe gemeenten in gesprek blijven.',
    organisations: ['gemeente-alphen-aan-den-rijn', 'politie-eenheid-den-haag'],
    slug: 'werkgroep-maatschappelijk-ongenoegen',
    themes: ['maatschappelijk-ongenoegen'],
  },
  {
    en: 'The working group on subversive crime, with the RIEC.',
    kind: 'working-group',
    lead: 'riec-den-haag',
    members: ['om@weerbaar.test'],
    name: 'Werkgroep ondermijning',
    nl: 'De werkgroep ondermijning, met het RIEC.',
    organisations: ['gemeente-kaag-en-braassem', 'gemeente-westland'],
    slug: 'werkgroep-ondermijning',
    themes: ['ondermijning'],
  },
]
