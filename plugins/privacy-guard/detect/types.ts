export type FindingKind = 'bsn' | 'phone' | 'email' | 'iban' | 'address' | 'date-of-birth' | 'licence-plate' | 'person-name'

export type Finding = {
  kind: FindingKind
  /** offset and length of the match in the scanned text */
  index: number
  length: number
  /** the match with most characters masked, safe to show in an error or log, e.g. "12•••82" */
  masked: string
}

export type DetectOptions = {
  /** Names of people involved in the case; matched case- and accent-insensitively as whole words. */
  personNames?: readonly string[]
}

/** Finds one kind of personal data. May return findings that overlap each other; the caller resolves that. */
export type Detector = (text: string) => Finding[]
