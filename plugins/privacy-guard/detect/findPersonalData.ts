import type { DetectOptions, Detector, Finding } from './types'

import { findAddresses } from './address'
import { findBsns } from './bsn'
import { findDatesOfBirth } from './dateOfBirth'
import { findEmails } from './email'
import { findIbans } from './iban'
import { findLicencePlates } from './licencePlate'
import { resolveOverlaps } from './overlaps'
import { findPersonNames } from './personNames'
import { findPhoneNumbers } from './phone'

const detectors: readonly Detector[] = [
  findIbans,
  findBsns,
  findEmails,
  findLicencePlates,
  findDatesOfBirth,
  findPhoneNumbers,
  findAddresses,
]

/** All personal data in `text`, sorted by position, one finding per stretch of text. */
export function findPersonalData(text: string, options: DetectOptions = {}): Finding[] {
  const findings = [...detectors.flatMap((detect) => detect(text)), ...findPersonNames(text, options.personNames)]
  return resolveOverlaps(findings, text.length)
}
