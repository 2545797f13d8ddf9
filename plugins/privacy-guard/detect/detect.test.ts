import { describe, expect, it } from 'vitest'

import { type DetectOptions, type FindingKind, findingLabels, findPersonalData, passesElevenTest } from './index'

/** What an editor would be told: kind, the matched text and its mask. */
const found = (text: string, options?: DetectOptions) =>
  findPersonalData(text, options).map(({ index, kind, length, masked }) => ({
    kind,
    masked,
    match: text.slice(index, index + length),
  }))

const kindsIn = (text: string, options?: DetectOptions) => findPersonalData(text, options).map(({ kind }) => kind)

type Positive = [sentence: string, kind: FindingKind, match: string, masked?: string]

const positives: Positive[] = [
  // BSN: all pass the 11-test
  ['De cliënt heeft BSN 123456782 opgegeven bij het wijkteam.', 'bsn', '123456782', '12•••82'],
  ['Burgerservicenummer: 111222333.', 'bsn', '111222333', '11•••33'],
  ['In het dossier staat bsn 123.456.782 vermeld.', 'bsn', '123.456.782', '12•••82'],
  ['Het BSN (200 007 919) is doorgegeven aan de schuldhulpverlening.', 'bsn', '200 007 919', '20•••19'],
  ['bsn:200063352', 'bsn', '200063352'],
  // BSN typed loosely: any grouping, spaces, dots or dashes, also mixed
  ['Op haar ID-kaart staat BSN 1234.56.782.', 'bsn', '1234.56.782', '12•••82'],
  ['Mijn bsn is 12 34 56 782 volgens mij', 'bsn', '12 34 56 782', '12•••82'],
  ['bsn 123-456-782', 'bsn', '123-456-782', '12•••82'],
  ['Hij las het voor: 1 2 3 4 5 6 7 8 2, klopt dat?', 'bsn', '1 2 3 4 5 6 7 8 2', '1 ••• 2'],
  ['Het BSN 123.456 782 staat op de brief.', 'bsn', '123.456 782', '12•••82'],
  ['Zijn BSN: 123 - 456 - 782.', 'bsn', '123 - 456 - 782', '12•••82'],
  ['Het BSN is 123456782. 3 instanties kennen het.', 'bsn', '123456782'],
  // IBAN
  ['Het geld werd overgemaakt naar NL91 ABNA 0417 1643 00 op naam van een katvanger.', 'iban', 'NL91 ABNA 0417 1643 00', 'NL•••00'],
  ['Rekening NL91ABNA0417164300.', 'iban', 'NL91ABNA0417164300', 'NL•••00'],
  ['Doorgesluisd naar DE89 3704 0044 0532 0130 00 in Duitsland.', 'iban', 'DE89 3704 0044 0532 0130 00'],
  ['Belgische rekening BE68539007547034.', 'iban', 'BE68539007547034', 'BE•••34'],
  ['Daarna naar een Britse rekening, gb29 nwbk 6016 1331 9268 19.', 'iban', 'gb29 nwbk 6016 1331 9268 19'],
  // IBAN typed loosely
  ['mijn rekening is nl91abna0417164300', 'iban', 'nl91abna0417164300', 'nl•••00'],
  ['Stort het op NL91-ABNA-0417-1643-00 graag.', 'iban', 'NL91-ABNA-0417-1643-00', 'NL•••00'],
  ['Rekeningnummer NL 91 ABNA 041 716 4300 (op naam van de moeder).', 'iban', 'NL 91 ABNA 041 716 4300', 'NL•••00'],
  ['Naar NL91.ABNA.0417.1643.00 overgemaakt.', 'iban', 'NL91.ABNA.0417.1643.00', 'NL•••00'],
  ['Het IBAN nl91 abna 0417 1643 00 klopt.', 'iban', 'nl91 abna 0417 1643 00', 'nl•••00'],
  // phone
  ['De melder is bereikbaar op 06-12345678.', 'phone', '06-12345678', '06•••78'],
  ['Bel de wijkagent via 06 1234 5678 tijdens kantooruren.', 'phone', '06 1234 5678'],
  ['Nummer van de dochter: 0612345678', 'phone', '0612345678'],
  ['Vanuit het buitenland: +31 6 12345678.', 'phone', '+31 6 12345678', '+3•••78'],
  ['In de handtekening stond +31(0)6-12345678.', 'phone', '+31(0)6-12345678'],
  ['Teruggebeld naar 0031612345678.', 'phone', '0031612345678'],
  ['De buurvrouw belde met 070-1234567.', 'phone', '070-1234567', '07•••67'],
  ['Vast nummer 010 123 4567 is afgesloten.', 'phone', '010 123 4567'],
  ['Het nummer in Purmerend, 0229-123456, hoorde bij een oplichter.', 'phone', '0229-123456'],
  ['Bereikbaar via (070) 123 4567.', 'phone', '(070) 123 4567'],
  ['Het 088-nummer 088-1234567 is een direct nummer van een medewerker.', 'phone', '088-1234567'],
  // phone typed loosely: any grouping, spaces, dots or dashes, several in a row or mixed
  ['Je kunt me bellen op 06 12 34 56 78 hoor', 'phone', '06 12 34 56 78', '06•••78'],
  ['app even naar 06-12-34-56-78', 'phone', '06-12-34-56-78', '06•••78'],
  ['Zijn nummer: 06.12.34.56.78', 'phone', '06.12.34.56.78', '06•••78'],
  ['Ze spelde het: 0 6 1 2 3 4 5 6 7 8', 'phone', '0 6 1 2 3 4 5 6 7 8', '0 ••• 8'],
  ['Bel 06 - 1234 5678 na vijven.', 'phone', '06 - 1234 5678', '06•••78'],
  ['Vanuit Spanje: +31 6 12 34 56 78', 'phone', '+31 6 12 34 56 78', '+3•••78'],
  ['Vast: 070 - 123 45 67', 'phone', '070 - 123 45 67', '07•••67'],
  ['Kantoor (070) 12 34 567, tot vijf uur.', 'phone', '(070) 12 34 567', '(0•••67'],
  ['In de mail: +31 (0)6 - 12 34 56 78', 'phone', '+31 (0)6 - 12 34 56 78', '+3•••78'],
  ['Teruggebeld op 0031 6 1234 5678.', 'phone', '0031 6 1234 5678', '00•••78'],
  ['Haar nummer 06  1234  5678 (met dubbele spaties).', 'phone', '06  1234  5678'],
  ['Bel 06 -12345678 of mail.', 'phone', '06 -12345678'],
  ['Tekstverwerker maakte er 06 – 1234 5678 van.', 'phone', '06 – 1234 5678'],
  ['Bel de melder (0612345678) terug.', 'phone', '0612345678'],
  ['1. 06 1234 5678', 'phone', '06 1234 5678'],
  ['Ik bel 0612345678. 3 keer geprobeerd.', 'phone', '0612345678'],
  ['Werk: 06 2012 3456', 'phone', '06 2012 3456'],
  // e-mail
  ['De phishingmail kwam van j.devries@gemeente-denhaag.nl.', 'email', 'j.devries@gemeente-denhaag.nl', 'j•••@•••.nl'],
  ['Antwoord naar Melder.Naam+casus@ggd-haaglanden.nl gestuurd.', 'email', 'Melder.Naam+casus@ggd-haaglanden.nl', 'M•••@•••.nl'],
  ['Contact: someone_99@example.co.uk', 'email', 'someone_99@example.co.uk', 's•••@•••.uk'],
  // address
  ['Zij woont aan de Hoofdstraat 12, 2511 AB Den Haag.', 'address', 'Hoofdstraat 12, 2511 AB', 'Ho•••AB'],
  ['Adres: Spui 70, 2511 BT Den Haag.', 'address', 'Spui 70, 2511 BT'],
  ['Postadres 2511 AB 12 is onbekend bij de gemeente.', 'address', '2511 AB 12', '25•••12'],
  ['Briefadres 2511AB, 12a.', 'address', '2511AB, 12a'],
  ['De woning aan de Hoofdstraat 12 werd doorzocht.', 'address', 'Hoofdstraat 12', 'Ho•••12'],
  ['Hij verbleef op de Laan van Meerdervoort 123b.', 'address', 'Laan van Meerdervoort 123b'],
  ['De schuur achter Zeeheldenkade 3-2 stond open.', 'address', 'Zeeheldenkade 3-2'],
  ['Op de Oude Delft 12 is niets gevonden, wel op de Nieuwe Schoolstraat 4 A.', 'address', 'Schoolstraat 4 A'],
  // date of birth
  ['De cliënt is geboren op 03-04-1987 in Leiden.', 'date-of-birth', '03-04-1987', '03•••87'],
  ['Mevr. X (geb. 3-4-1987) meldde zich.', 'date-of-birth', '3-4-1987'],
  ['Geboortedatum: 03/04/1987', 'date-of-birth', '03/04/1987'],
  ['Date of birth 1987-04-03 according to the file.', 'date-of-birth', '1987-04-03'],
  ['Hij werd geboren te Alphen aan den Rijn op 3 april 1987.', 'date-of-birth', '3 april 1987'],
  ['Zoon, geb. 3 apr. 1987, woont bij zijn moeder.', 'date-of-birth', '3 apr. 1987'],
  ['Een jongere (geboren 2007) werd aangehouden.', 'date-of-birth', '2007', '2•••7'],
  ['Geboortejaar: 1987.', 'date-of-birth', '1987'],
  ['The victim was born on April 3, 1987 in Delft.', 'date-of-birth', 'April 3, 1987'],
  ['DOB: 3rd April 1987', 'date-of-birth', '3rd April 1987'],
  // licence plate
  ['De auto met kenteken 12-AB-34 stond voor de deur.', 'licence-plate', '12-AB-34', '12•••34'],
  ['Een bestelbus AB-12-CD reed weg.', 'licence-plate', 'AB-12-CD'],
  ['Scooter 12-ABC-3 is gestolen.', 'licence-plate', '12-ABC-3'],
  ['Aanrijding met 1-ABC-23.', 'licence-plate', '1-ABC-23'],
  ['Gezien: AB-123-C en later nog eens.', 'licence-plate', 'AB-123-C'],
  ['Leaseauto A-123-BC van de werkgever.', 'licence-plate', 'A-123-BC'],
  ['Aanhanger 123-AB-4.', 'licence-plate', '123-AB-4'],
  ['Motor 1-AB-234.', 'licence-plate', '1-AB-234'],
  ['Camera registreerde kenteken 12AB34 om middernacht.', 'licence-plate', '12AB34'],
  ['The licence plate: AB123C was reported.', 'licence-plate', 'AB123C'],
  // person name after a salutation
  ['Gesprek met mevrouw Jansen over de schulden.', 'person-name', 'mevrouw Jansen', 'mevrouw J.'],
  ['mevr. Bakker weigerde hulp.', 'person-name', 'mevr. Bakker', 'mevr. B.'],
  ['Daarna sprak meneer El Amrani met de wijkagent.', 'person-name', 'meneer El Amrani', 'meneer E. A.'],
  ['Volgens dhr. De Jong was de deur open.', 'person-name', 'dhr. De Jong', 'dhr. D. J.'],
  ['Mevrouw van der Berg belde zelf.', 'person-name', 'Mevrouw van der Berg', 'Mevrouw v. d. B.'],
  ['De heer A.B. Visser werd gehoord.', 'person-name', 'De heer A.B. Visser'],
  ['We spoke to Mr. Smith.', 'person-name', 'Mr. Smith', 'Mr. S.'],
  ['Mrs Jones declined.', 'person-name', 'Mrs Jones', 'Mrs J.'],
]

describe('findPersonalData finds', () => {
  it.each(positives)('%s', (sentence, kind, match, masked) => {
    const findings = found(sentence)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ kind, match, ...(masked ? { masked } : {}) })
  })
})

describe('listed person names', () => {
  const personNames = ['Jan de Vries', 'Müller', 'Fatima El-Amrani', 'Jan']

  it.each([
    ['jan de vries kwam te laat', 'jan de vries', 'j. d. v.'],
    ['Het gesprek met Jan de  Vries duurde een uur.', 'Jan de  Vries', 'J. d. V.'],
    ['Volgens JAN DE VRIES\nwas het anders.', 'JAN DE VRIES', 'J. D. V.'],
    ['Buurman Muller zag het gebeuren.', 'Muller', 'M.'],
    ['Buurman Müller zag het gebeuren.', 'Müller', 'M.'],
    ['fatima el amrani heeft aangifte gedaan.', 'fatima el amrani', 'f. e. a.'],
    ['Ook Fátima El Amrani was aanwezig.', 'Fátima El Amrani', 'F. E. A.'],
  ])('%s', (sentence, match, masked) => {
    expect(found(sentence, { personNames })).toEqual([{ kind: 'person-name', masked, match }])
  })

  it('only as whole words', () => {
    expect(found('Op 3 januari sprak Janssen met de Vriesland-groep over Müllerstraat-achtige namen.', { personNames })).toEqual([])
  })

  it('prefers the longer listed name', () => {
    expect(found('Jan de Vries en Jan', { personNames }).map(({ match }) => match)).toEqual(['Jan de Vries', 'Jan'])
  })

  it('reports a listed name inside an e-mail address once, as the e-mail address', () => {
    expect(kindsIn('Mail aan jan@example.nl.', { personNames })).toEqual(['email'])
  })
})

describe('overlaps', () => {
  it('reports an IBAN, not the digits inside it', () => {
    expect(kindsIn('IBAN NL91 ABNA 0417 1643 00 en NL91ABNA0417164300')).toEqual(['iban', 'iban'])
  })

  it('reads a nine-digit number after a country code as a phone number', () => {
    // 612345678 fails the 11-test anyway; 0031 200007919 would pass it.
    expect(found('Bel +31 612345678 of 0031 200007919.').map(({ kind, match }) => [kind, match])).toEqual([
      ['phone', '+31 612345678'],
      ['phone', '0031 200007919'],
    ])
  })

  it('does not find a BSN inside a longer number', () => {
    expect(kindsIn('Referentie 1234567820 en 9123456782 en 2024-123456782')).toEqual([])
  })

  it('does not find a BSN or phone number inside a loosely typed IBAN', () => {
    // 0532 0130 00 alone would be a phone number in Enschede.
    expect(kindsIn('IBAN NL 91 ABNA 041 716 4300 en DE89-3704-0044-0532-0130-00')).toEqual(['iban', 'iban'])
  })

  it('reads numbers typed side by side as separate numbers', () => {
    expect(found('Bel 0612345678 0687654321 of 06 1234 5678 - 070 123 45 67, BSN 123456782 111222333.').map(({ match }) => match)).toEqual([
      '0612345678',
      '0687654321',
      '06 1234 5678',
      '070 123 45 67',
      '123456782',
      '111222333',
    ])
  })

  it('does not read nine digits after a foreign country code as a BSN', () => {
    expect(kindsIn('Bel +32 123 456 782 of 0032 123456782.')).not.toContain('bsn')
  })

  it('does not read a number grouped in thousands as a BSN with a digit before it', () => {
    expect(kindsIn('De regio telt 1 123 456 782 vierkante meter, het BSN was 123 456 782.')).toEqual(['bsn'])
  })
})

const negatives: string[] = [
  // nine digits that fail the 11-test, reference numbers, amounts
  'Het nummer 123456789 staat op de brief.',
  'Dossier 200000000 en 200015838 zijn gesloten.',
  'Zie factuurnummer 202400157 van 3 maart.',
  'Ook het rekeningnummer NL91ABNA0417164301 (ongeldig) werd genoemd.',
  'Zaaknummer 2024-000123 is overgedragen aan het parket.',
  'De onderneming staat in de KvK onder nummer 27124701.',
  'De schade bedraagt € 12.500 en de boete EUR 123456782.',
  'Het totaalbedrag van € 123.456.782 is voor de hele regio.',
  // dates that are not birth dates, years, times, percentages, articles
  'Op 14 maart 2024 besprak het zorg- en veiligheidshuis Haaglanden de casus.',
  'In 2023 waren er 1.234 meldingen; in de periode 2019-2023 steeg het aantal met 12,5%.',
  'De deadline is 01-05-2024, de evaluatie volgt op 2024-06-30.',
  'Het overleg begint om 14.30 uur en eindigt om 16:00 uur.',
  'Op grond van artikel 1:4 Awb en artikel 326 Sr is dit geen besluit.',
  'Kinderen die geboren zijn in 2023 krijgen extra aandacht. Op 12 maart 2024 vergaderde het team.',
  'Zij werd geboren. Op 12 maart 2024 vergaderde het zorg- en veiligheidshuis.',
  // service numbers
  'Bel bij spoed 112, voor advies 0800-8844 of 0900-8844, of de gemeente via 14 070 (ook 14070).',
  'Informatielijn 0900-1234567 en 0900-123456 zijn betaalde nummers.',
  // codes that look a little like licence plates
  'De CD-ROM, COVID-19, A-12, ISO-27001, BIO-2, NEN-7510, G4-gemeenten, 2023-2024 en WMO-2015.',
  // postcode without house number, street words without number, years after street words
  'In postcodegebied 2511 en in 2511 AB Den Haag zijn flyers verspreid.',
  'De Kennisplein 2024-bijeenkomst en Arbeidsmarkt 2030 zijn geen adressen, de Blokkade 3 ook niet.',
  'Het Stadhuisplein en de Hoofdstraat waren afgesloten.',
  // loosely typed numbers that are not personal data; several would pass the 11-test or start like a phone number
  'Besproken op 12-03-2026, 2026.12.03 en 03 12 2026, en op 3 december 2026 om 14.30 uur.',
  'Gesprek op 07-03-24 10.30 uur met de wijkagent.', // ten digits starting with 070
  'Op 07-03-2026 3 meldingen, in 2023 10.000 meldingen en in de periode 2019-2024 4 keer zoveel.', // nine digits each, all pass
  'Begroot: € 123.456.782, € 123.456.789, EUR 1.234.567,89, 123 456 789 euro, 123 456 782 euro en 123.456.782,- subsidie.',
  'Zie art. 141a Sr, artikel 3:305a BW en art. 138ab lid 1 Sr.',
  'Parketnummer 09/123456-24, parketnummer 09/123456782, zaaknummer 2024-123456789 en zaaknummer 2024 - 123456782.',
  'ECLI:NL:RBDHA:2024:1234, KvK 12345678, KvK-nummer 123456782 en dossier 2024.12.345.678.',
  'De stichting (RSIN 123456782) publiceert haar jaarverslag, zie ook ISBN 0-306-40615-2.',
  'Postcode 2511 AB, om 14.30 of 9.00-17.00 uur, versie 2.10.4, 2019-2024, 2019 - 2024, 12,5% en 0,5 %.',
  'Kies 1, 2, 3 of 4; de schaal loopt 0 1 2 3 4 5 6 7 8 9 10.',
  'In de tabel: 1 123 456 782 en 12 345 678 901.',
  'Het meetpunt ligt op 52.0790005, 4.3113461.', // 520790005 passes the 11-test
  'Informatielijnen 0900 12 34 56, 0906-12-34-56 en 0909.123.456, gratis 0800 100 03 67 of 0 8 0 0 1 0 0 0 3 6.',
  'Uiterlijk de 18 maart 2024 om 10.30 uur.', // DE18MAART2024OM1030UUR has the length and checksum of a German IBAN
  'Het rekeningnummer nl91 abna 0417 1643 01 is ongeldig.',
  'Kenmerk NL71 1234 5678 9012 34 (een Nederlands IBAN heeft altijd een bankcode van vier letters).',
  'Kernpunt 4. 17.590.672 inwoners telde Nederland in 2021.', // 4 17590672 would pass the 11-test
  'Uitslag per wijk: 06 (12) 34 (56) 78.',
  // salutations without a name
  'De meneer zei dat mevrouw de burgemeester later kwam; mevrouw De kwam niet.',
  'Mr. smith is lowercase, and mevrouw GGD is an organisation.',
  'Een windpark van 5 MW en een patiënt met MS.',
  // organisations
  'Politie Eenheid Den Haag, het Openbaar Ministerie, GGD Haaglanden en Veiligheidsregio Haaglanden werkten samen.',
  'De City Deal Lokale Cyberweerbaarheid en Stichting Digitaal Veilig Haaglanden organiseerden 3 sessies.',
  'Het Ministerie van Justitie en Veiligheid en De Haagse Hogeschool deden 2 onderzoeken.',
]

describe('findPersonalData leaves alone', () => {
  it.each(negatives)('%s', (sentence) => {
    expect(found(sentence)).toEqual([])
  })
})

// The 27 municipalities of the region (seed/data/organisations.ts), plus the official name of Den Haag.
const municipalities = [
  "'s-Gravenhage",
  'Den Haag',
  'Delft',
  'Leidschendam-Voorburg',
  'Midden-Delfland',
  'Pijnacker-Nootdorp',
  'Rijswijk',
  'Wassenaar',
  'Westland',
  'Zoetermeer',
  'Alphen aan den Rijn',
  'Bodegraven-Reeuwijk',
  'Gouda',
  'Hillegom',
  'Kaag en Braassem',
  'Katwijk',
  'Krimpenerwaard',
  'Leiden',
  'Leiderdorp',
  'Lisse',
  'Nieuwkoop',
  'Noordwijk',
  'Oegstgeest',
  'Teylingen',
  'Voorschoten',
  'Waddinxveen',
  'Zoeterwoude',
  'Zuidplas',
]

describe('municipality names are not personal data', () => {
  it.each(municipalities)('%s', (municipality) => {
    const sentences = [
      `In de gemeente ${municipality} kwamen in 2023 in totaal 14 meldingen van phishing binnen.`,
      `Gemeente ${municipality} 12 keer genoemd; ${municipality} 3 april besproken.`,
      `Mevrouw de burgemeester van ${municipality} opende op 12 maart 2024 om 10.00 uur de bijeenkomst.`,
    ]
    for (const sentence of sentences) expect(found(sentence)).toEqual([])
  })
})

const caseText = [
  'Casus: phishing via een nagebootste gemeentelijke betaalpagina (zaaknummer 2024-000123)',
  '',
  'Op 14 maart 2024 besprak het zorg- en veiligheidshuis Haaglanden de casus van een inwoner uit een van de',
  'G4-gemeenten die slachtoffer werd van phishing. De inwoner, een alleenstaande vrouw van middelbare leeftijd,',
  'ontving een sms met een link naar een nagebootste betaalpagina van de gemeente. Zij betaalde in twee keer',
  'in totaal € 12.500 aan de oplichters. Het wijkteam meldde de casus om 14.30 uur bij het meldpunt.',
  '',
  'De politie eenheid Den Haag nam de aangifte op; het Openbaar Ministerie beoordeelde de zaak op grond van',
  'artikel 326 Sr. GGD Haaglanden en Veiligheidsregio Haaglanden werden geïnformeerd. Uit de analyse bleek',
  'dat 37% van de slachtoffers in de periode 2019-2023 ouder was dan 65 jaar. In de gemeenten Zoetermeer en',
  'Leidschendam-Voorburg zijn vergelijkbare meldingen gedaan, in Alphen aan den Rijn en Gouda nog niet.',
  '',
  'Afspraken: het team neemt de casus mee in de City Deal Lokale Cyberweerbaarheid; de werkgroep toetst de',
  'betaalpagina aan NEN-7510, ISO-27001 en de BIO-2. Slachtoffers kunnen bellen met 0800-8844 of, bij spoed,',
  '112. Voorlichting volgt via het gemeentelijk nummer 14 070. De schade van 3 van de 5 slachtoffers is vergoed.',
  'Evaluatie uiterlijk 01-05-2024; de volgende bijeenkomst is op 12 juni 2024 om 10.00 uur in het stadhuis.',
].join('\n')

describe('a de-identified case text', () => {
  it('has no personal data', () => {
    expect(found(caseText)).toEqual([])
  })

  it('reports exactly the personal data inserted into it, where it was inserted', () => {
    const inserted = {
      address: 'Hoofdstraat 12, 2511 AB',
      bsn: '123.456.782',
      phone: '06-12345678',
    }
    const text = caseText
      .replace('De inwoner,', `De inwoner (BSN ${inserted.bsn}),`)
      .replace(
        'middelbare leeftijd,',
        `middelbare leeftijd, wonend aan de ${inserted.address} Den Haag en bereikbaar op ${inserted.phone},`,
      )
    const findings = findPersonalData(text)
    expect(findings.map(({ kind }) => kind)).toEqual(['bsn', 'address', 'phone'])
    for (const finding of findings) {
      const expected = inserted[finding.kind as keyof typeof inserted]
      expect(finding.index).toBe(text.indexOf(expected))
      expect(text.slice(finding.index, finding.index + finding.length)).toBe(expected)
    }
  })
})

describe('the 11-test', () => {
  it.each([
    ['111222333', true],
    ['123456782', true],
    ['200007919', true],
    ['123456789', false],
    ['000000000', false],
    ['12345678', false],
  ])('%s → %s', (digits, passes) => {
    expect(passesElevenTest(digits)).toBe(passes)
  })
})

it('has a label in both languages for every kind', () => {
  const kinds: FindingKind[] = ['bsn', 'phone', 'email', 'iban', 'address', 'date-of-birth', 'licence-plate', 'person-name']
  for (const kind of kinds) {
    expect(findingLabels[kind].en).toBeTruthy()
    expect(findingLabels[kind].nl).toBeTruthy()
  }
  expect(findingLabels.bsn).toEqual({ en: 'citizen service number (BSN)', nl: 'burgerservicenummer (BSN)' })
})

it('scans 200 KB, including inputs that make naive patterns backtrack, without hanging', () => {
  const awkward = [
    '1'.repeat(5_000),
    '1.'.repeat(2_500),
    'a'.repeat(5_000),
    'a.'.repeat(2_500) + '@',
    `a@${'a.'.repeat(2_500)}`,
    `NL91 ${'A '.repeat(2_500)}`,
    '1 '.repeat(2_500),
    '1 - '.repeat(1_250),
    '0 '.repeat(2_500),
    '06 '.repeat(1_600),
    '+31 (0'.repeat(800),
    '1 .'.repeat(1_600),
    '1. '.repeat(1_600),
    'NL '.repeat(1_600),
    'NL91 '.repeat(1_000),
    'nl 91 '.repeat(800),
    'NL91.'.repeat(1_000),
    `mevrouw ${'Aa'.repeat(2_500)}`,
    'Hoofdstraat van '.repeat(300),
    '12-AB-'.repeat(800),
    'geboren '.repeat(600),
    ' '.repeat(5_000),
  ].join('\n')
  let text = ''
  while (text.length < 200_000) text += `${caseText}\n${awkward}\n`
  const findings = findPersonalData(text, { personNames: ['Jan de Vries', 'Müller'] })
  expect(Array.isArray(findings)).toBe(true)
})
