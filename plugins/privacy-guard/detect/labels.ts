import type { FindingKind } from './types'

/** What to call each kind in a message to an editor, in both interface languages. */
export const findingLabels: Record<FindingKind, { en: string; nl: string }> = {
  address: { en: 'home address (street and house number or postcode)', nl: 'adres (straat en huisnummer of postcode)' },
  bsn: { en: 'citizen service number (BSN)', nl: 'burgerservicenummer (BSN)' },
  'date-of-birth': { en: 'date of birth', nl: 'geboortedatum' },
  email: { en: 'e-mail address', nl: 'e-mailadres' },
  iban: { en: 'bank account number (IBAN)', nl: 'bankrekeningnummer (IBAN)' },
  'licence-plate': { en: 'licence plate', nl: 'kenteken' },
  'person-name': { en: "person's name", nl: 'naam van een persoon' },
  phone: { en: 'phone number', nl: 'telefoonnummer' },
}
