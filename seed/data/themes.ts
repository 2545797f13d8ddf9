export type ThemeSeed = {
  slug: string
  nl: { name: string; description: string }
  en: { name: string; description: string }
  parent?: string
  order: number
}

const theme = (slug: string, order: number, nl: [string, string], en: [string, string], parent?: string): ThemeSeed => ({
  en: { description: en[1], name: en[0] },
  nl: { description: nl[1], name: nl[0] },
  order,
  parent,
  slug,
})

/** The five regional priorities of the policy plan 2023-2026, plus human trafficking from the national agenda. */
export const themes: ThemeSeed[] = [
  theme('maatschappelijk-ongenoegen', 1, ['Maatschappelijk ongenoegen', 'Polarisatie, wantrouwen en onrust die kunnen omslaan in ordeverstoring.'], ['Societal discontent', 'Polarisation, distrust and unrest that may turn into public disorder.']),
  theme('polarisatie-en-desinformatie', 1, ['Polarisatie en desinformatie', 'Online en offline polarisatie en het verspreiden van desinformatie.'], ['Polarisation and disinformation', 'Online and offline polarisation and the spread of disinformation.'], 'maatschappelijk-ongenoegen'),
  theme('demonstraties-en-openbare-orde', 2, ['Demonstraties en openbare orde', 'Ongeregeldheden, rellen en het faciliteren van demonstraties.'], ['Demonstrations and public order', 'Disturbances, riots and facilitating demonstrations.'], 'maatschappelijk-ongenoegen'),
  theme('cybercrime', 2, ['Cybercrime en gedigitaliseerde criminaliteit', 'Criminaliteit gericht op of gepleegd met ICT, van phishing tot ransomware.'], ['Cybercrime and digitised crime', 'Crime aimed at or committed with ICT, from phishing to ransomware.']),
  theme('online-fraude', 1, ['Online fraude en oplichting', 'Phishing, helpdeskfraude, vriend-in-noodfraude en marktplaatsfraude.'], ['Online fraud and scams', 'Phishing, helpdesk fraud, friend-in-need fraud and marketplace fraud.'], 'cybercrime'),
  theme('cyberaanvallen-op-organisaties', 2, ['Cyberaanvallen op organisaties', 'Ransomware, hacks en datalekken bij ondernemers en overheden.'], ['Cyber attacks on organisations', 'Ransomware, hacks and data breaches at businesses and public bodies.'], 'cybercrime'),
  theme('online-seksueel-geweld', 3, ['Online seksueel geweld', 'Sextortion, online grooming en het verspreiden van naaktbeelden.'], ['Online sexual violence', 'Sextortion, online grooming and the sharing of intimate images.'], 'cybercrime'),
  theme('jeugd-en-veiligheid', 3, ['Jeugd en veiligheid', 'Jongeren als slachtoffer en als pleger, online en op straat.'], ['Youth and safety', 'Young people as victims and as offenders, online and on the street.']),
  theme('online-straatcultuur', 1, ['Online straatcultuur', 'Drillrap, online conflicten en het uitdagen van rivaliserende groepen.'], ['Online street culture', 'Drill music, online conflicts and provoking rival groups.'], 'jeugd-en-veiligheid'),
  theme('jeugdcriminaliteit', 2, ['Jeugdcriminaliteit en wapenbezit', 'Ernstige jeugdcriminaliteit, wapenbezit en ronselen door criminele netwerken.'], ['Youth crime and weapons', 'Serious youth crime, carrying weapons and recruitment by criminal networks.'], 'jeugd-en-veiligheid'),
  theme('zorg-en-veiligheid', 4, ['Zorg en veiligheid', 'Waar zorg en veiligheid samenkomen: de persoonsgerichte aanpak.'], ['Care and safety', 'Where care and safety meet: the person-centred approach.']),
  theme('verward-gedrag', 1, ['Verward gedrag', 'Personen met onbegrepen of verward gedrag in de wijk.'], ['Confused behaviour', 'People showing confused or misunderstood behaviour in the neighbourhood.'], 'zorg-en-veiligheid'),
  theme('huiselijk-geweld', 2, ['Huiselijk geweld', 'Huiselijk geweld en kindermishandeling, ook digitale controle.'], ['Domestic violence', 'Domestic violence and child abuse, including digital control.'], 'zorg-en-veiligheid'),
  theme('radicalisering', 3, ['Radicalisering', 'Signaleren en aanpakken van radicalisering en extremisme.'], ['Radicalisation', 'Spotting and addressing radicalisation and extremism.'], 'zorg-en-veiligheid'),
  theme('re-integratie-ex-gedetineerden', 4, ['Re-integratie ex-gedetineerden', 'Nazorg en een veilige terugkeer in de samenleving.'], ['Re-integration of ex-detainees', 'Aftercare and a safe return to society.'], 'zorg-en-veiligheid'),
  theme('ondermijning', 5, ['Ondermijning', 'Verwevenheid van onder- en bovenwereld en de aanpak daarvan.'], ['Subversive crime', 'The entanglement of the criminal underworld with legitimate society.']),
  theme('drugscriminaliteit', 1, ['Drugscriminaliteit', 'Productie, handel en de logistiek daarachter.'], ['Drug crime', 'Production, trafficking and the logistics behind it.'], 'ondermijning'),
  theme('vakantieparken', 2, ['Vakantieparken', 'Misbruik van vakantieparken voor criminele activiteiten en huisvesting.'], ['Holiday parks', 'Misuse of holiday parks for criminal activity and housing.'], 'ondermijning'),
  theme('witwassen', 3, ['Witwassen', 'Het witwassen van crimineel geld via vastgoed en ondernemingen.'], ['Money laundering', 'Laundering criminal money through real estate and businesses.'], 'ondermijning'),
  theme('mensenhandel', 6, ['Mensenhandel', 'Arbeidsuitbuiting, seksuele uitbuiting en criminele uitbuiting (landelijke agenda).'], ['Human trafficking', 'Labour, sexual and criminal exploitation (national agenda).']),
  theme('arbeidsuitbuiting', 1, ['Arbeidsuitbuiting', 'Uitbuiting van (arbeids)migranten in onder meer de tuinbouw en logistiek.'], ['Labour exploitation', 'Exploitation of (labour) migrants in horticulture, logistics and elsewhere.'], 'mensenhandel'),
]
