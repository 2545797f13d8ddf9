export type OrganisationSeed = {
  name: string
  slug: string
  type: 'municipality' | 'police' | 'om' | 'ministry' | 'knowledge-institution' | 'company' | 'foundation'
  district?: 'haaglanden' | 'hollands-midden'
  cityDealPartner?: boolean
  website?: string
}

const haaglanden = [
  'Den Haag', 'Delft', 'Leidschendam-Voorburg', 'Midden-Delfland', 'Pijnacker-Nootdorp',
  'Rijswijk', 'Wassenaar', 'Westland', 'Zoetermeer',
]

const hollandsMidden = [
  'Alphen aan den Rijn', 'Bodegraven-Reeuwijk', 'Gouda', 'Hillegom', 'Kaag en Braassem',
  'Katwijk', 'Krimpenerwaard', 'Leiden', 'Leiderdorp', 'Lisse', 'Nieuwkoop', 'Noordwijk',
  'Oegstgeest', 'Teylingen', 'Voorschoten', 'Waddinxveen', 'Zoeterwoude', 'Zuidplas',
]

/** City Deal Local Cyberresilience: municipalities that took part in the first rounds. */
const cityDealMunicipalities = new Set(['Den Haag', 'Zoetermeer', 'Leiden', 'Gouda'])

const municipality = (name: string, district: 'haaglanden' | 'hollands-midden'): OrganisationSeed => ({
  cityDealPartner: cityDealMunicipalities.has(name),
  district,
  name: `Gemeente ${name}`,
  slug: `gemeente-${name.toLowerCase().replace(/\s+/g, '-')}`,
  type: 'municipality',
})

export const municipalityNames = [...haaglanden, ...hollandsMidden]

export const organisations: OrganisationSeed[] = [
  ...haaglanden.map((name) => municipality(name, 'haaglanden')),
  ...hollandsMidden.map((name) => municipality(name, 'hollands-midden')),
  { name: 'Politie eenheid Den Haag', slug: 'politie-eenheid-den-haag', type: 'police', website: 'https://www.politie.nl' },
  { name: 'Openbaar Ministerie, parket Den Haag', slug: 'om-parket-den-haag', type: 'om', website: 'https://www.om.nl' },
  { cityDealPartner: true, name: 'Ministerie van Justitie en Veiligheid', slug: 'ministerie-van-justitie-en-veiligheid', type: 'ministry', website: 'https://www.rijksoverheid.nl' },
  { cityDealPartner: true, name: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties', slug: 'ministerie-van-bzk', type: 'ministry', website: 'https://www.rijksoverheid.nl' },
  { cityDealPartner: true, name: 'De Haagse Hogeschool, lectoraat Cybersecurity in het mkb', slug: 'haagse-hogeschool-cybersecurity-mkb', type: 'knowledge-institution', website: 'https://www.dehaagsehogeschool.nl' },
  { cityDealPartner: true, name: 'Universiteit Leiden, Cybersecurity Academy', slug: 'universiteit-leiden-cybersecurity-academy', type: 'knowledge-institution', website: 'https://www.universiteitleiden.nl' },
  { cityDealPartner: true, name: 'Stichting Digitaal Veilig Haaglanden', slug: 'stichting-digitaal-veilig-haaglanden', type: 'foundation' },
  { cityDealPartner: true, name: 'Cyberveilig Ondernemen Zuid-Holland B.V.', slug: 'cyberveilig-ondernemen-zuid-holland', type: 'company' },
]
