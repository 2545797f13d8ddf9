export type UserSeed = {
  email: string
  name: string
  role: 'admin' | 'curator' | 'member'
  organisation?: string
}

/** Demo accounts; see README. They only exist on the embedded default or with SEED_DEMO=true. */
export const demoUsers: UserSeed[] = [
  { email: 'admin@weerbaar.test', name: 'Anna Beheer', role: 'admin' },
  { email: 'curator@weerbaar.test', name: 'Chris Redactie', organisation: 'gemeente-den-haag', role: 'curator' },
  { email: 'member.denhaag@weerbaar.test', name: 'Daan de Vries', organisation: 'gemeente-den-haag', role: 'member' },
  { email: 'member.leiden@weerbaar.test', name: 'Lotte Jansen', organisation: 'gemeente-leiden', role: 'member' },
  { email: 'member.zoetermeer@weerbaar.test', name: 'Sanne Bakker', organisation: 'gemeente-zoetermeer', role: 'member' },
  { email: 'partner@weerbaar.test', name: 'Pim Partner', organisation: 'haagse-hogeschool-cybersecurity-mkb', role: 'member' },
]
