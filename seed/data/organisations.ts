export type OrganisationSeed = {
  name: string
  slug: string
  type: 'municipality' | 'police' | 'om' | 'ministry' | 'knowledge-institution' | 'company' | 'foundation' | 'chain-partner'
  district?: 'haaglanden' | 'hollands-midden'
  cityDealPartner?: boolean
  website?: string
  description?: string
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

/**
 * City Deal Local Cyberresilience (8 municipalities, 3 ministries, 18 projects; see
 * `domain/groups.ts`): of the region's municipalities, The Hague takes part. The other
 * participating municipalities lie outside the region and are not in this list.
 */
const cityDealMunicipalities = new Set(['Den Haag'])

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
  { cityDealPartner: true, name: 'Politie eenheid Den Haag', slug: 'politie-eenheid-den-haag', type: 'police', website: 'https://www.politie.nl' },
  { name: 'Openbaar Ministerie, parket Den Haag', slug: 'om-parket-den-haag', type: 'om', website: 'https://www.om.nl' },
  { cityDealPartner: true, name: 'Ministerie van Justitie en Veiligheid', slug: 'ministerie-van-justitie-en-veiligheid', type: 'ministry', website: 'https://www.rijksoverheid.nl' },
  { cityDealPartner: true, name: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties', slug: 'ministerie-van-bzk', type: 'ministry', website: 'https://www.rijksoverheid.nl' },
  { cityDealPartner: true, name: 'Ministerie van Economische Zaken', slug: 'ministerie-van-economische-zaken', type: 'ministry', website: 'https://www.rijksoverheid.nl' },
  { cityDealPartner: true, name: 'De Haagse Hogeschool, lectoraat Cybersecurity in het mkb', slug: 'haagse-hogeschool-cybersecurity-mkb', type: 'knowledge-institution', website: 'https://www.dehaagsehogeschool.nl' },
  { cityDealPartner: true, name: 'Universiteit Leiden, Cybersecurity Academy', slug: 'universiteit-leiden-cybersecurity-academy', type: 'knowledge-institution', website: 'https://www.universiteitleiden.nl' },
  // Invented for the demo (as are the City Deal projects marked as examples): a foundation and a company as partners look in the directory.
  { cityDealPartner: true, name: 'Stichting Digitaal Veilig Haaglanden', slug: 'stichting-digitaal-veilig-haaglanden', type: 'foundation', description: 'Voorbeeldorganisatie, verzonnen voor de demo.' },
  { cityDealPartner: true, name: 'Cyberveilig Ondernemen Zuid-Holland B.V.', slug: 'cyberveilig-ondernemen-zuid-holland', type: 'company', description: 'Voorbeeldorganisatie, verzonnen voor de demo.' },
  // The chain around the partners.
  {
    name: 'RSIV',
    slug: 'rsiv',
    type: 'chain-partner',
    description: 'Het regionale veiligheidsbureau (RSIV): ondersteunt de regionale veiligheidsstrategie en beheert de kennisbank van Weerbaar.',
  },
  {
    cityDealPartner: true,
    name: 'CCV',
    slug: 'ccv',
    type: 'chain-partner',
    website: 'https://hetccv.nl',
    description: 'Centrum voor Criminaliteitspreventie en Veiligheid: begeleidt de City Deal Lokale Cyberweerbaarheid en deelt kennis over preventie.',
  },
  { name: 'RIEC Den Haag', slug: 'riec-den-haag', type: 'chain-partner', website: 'https://www.riec.nl', description: 'Regionaal Informatie- en Expertisecentrum: de integrale aanpak van ondermijning.' },
  { name: 'Zorg- en Veiligheidshuis Haaglanden', slug: 'zorg-en-veiligheidshuis-haaglanden', type: 'chain-partner', description: 'Persoonsgerichte aanpak van complexe casuïstiek op het snijvlak van zorg en veiligheid.' },
  { name: 'Zorg- en Veiligheidshuis Hollands Midden', slug: 'zorg-en-veiligheidshuis-hollands-midden', type: 'chain-partner', description: 'Persoonsgerichte aanpak van complexe casuïstiek op het snijvlak van zorg en veiligheid.' },
  { name: 'Veilig Thuis Haaglanden', slug: 'veilig-thuis-haaglanden', type: 'chain-partner', website: 'https://www.veiligthuis.nl', description: 'Advies- en meldpunt huiselijk geweld en kindermishandeling.' },
  { name: 'Veilig Thuis Hollands Midden', slug: 'veilig-thuis-hollands-midden', type: 'chain-partner', website: 'https://www.veiligthuis.nl', description: 'Advies- en meldpunt huiselijk geweld en kindermishandeling.' },
  { name: 'GGD Haaglanden', slug: 'ggd-haaglanden', type: 'chain-partner', website: 'https://www.ggdhaaglanden.nl', description: 'Publieke gezondheidszorg, onder meer bij personen met verward gedrag.' },
  { name: 'GGD Hollands Midden', slug: 'ggd-hollands-midden', type: 'chain-partner', website: 'https://www.ggdhm.nl', description: 'Publieke gezondheidszorg, onder meer bij personen met verward gedrag.' },
]
