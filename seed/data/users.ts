export type UserSeed = {
  email: string
  name: string
  role: 'admin' | 'curator' | 'member'
  organisation?: string
  /** Themes (slugs) they are the contact for in the partner directory. */
  contactFor?: string[]
  /** Whether other members see their e-mail address in the directory. */
  shareEmail?: boolean
}

/** Demo accounts; see README. They only exist on the embedded default or with SEED_DEMO=true. */
export const demoUsers: UserSeed[] = [
  { email: 'admin@weerbaar.test', name: 'Anna Beheer', role: 'admin' },
  { contactFor: ['cybercrime', 'zorg-en-veiligheid'], email: 'curator@weerbaar.test', name: 'Chris Redactie', organisation: 'rsiv', role: 'curator', shareEmail: true },
  { contactFor: ['online-fraude'], email: 'member.denhaag@weerbaar.test', name: 'Daan de Vries', organisation: 'gemeente-den-haag', role: 'member', shareEmail: true },
  { contactFor: ['jeugd-en-veiligheid'], email: 'member.leiden@weerbaar.test', name: 'Lotte Jansen', organisation: 'gemeente-leiden', role: 'member' },
  { contactFor: ['online-fraude', 'radicalisering'], email: 'member.zoetermeer@weerbaar.test', name: 'Sanne Bakker', organisation: 'gemeente-zoetermeer', role: 'member' },
  { contactFor: ['online-fraude'], email: 'member.rijswijk@weerbaar.test', name: 'Youssef El Amrani', organisation: 'gemeente-rijswijk', role: 'member', shareEmail: true },
  { contactFor: ['cyberaanvallen-op-organisaties'], email: 'partner@weerbaar.test', name: 'Pim Partner', organisation: 'haagse-hogeschool-cybersecurity-mkb', role: 'member' },
  { contactFor: ['cybercrime'], email: 'ccv@weerbaar.test', name: 'Fatima Ouali', organisation: 'ccv', role: 'member', shareEmail: true },
  { contactFor: ['online-fraude', 'verward-gedrag'], email: 'politie@weerbaar.test', name: 'Rob Verbeek', organisation: 'politie-eenheid-den-haag', role: 'member' },
  { contactFor: ['ondermijning'], email: 'om@weerbaar.test', name: 'Eva Smit', organisation: 'om-parket-den-haag', role: 'member' },
]
