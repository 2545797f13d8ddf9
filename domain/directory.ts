import { idOf } from '../lib/idOf'

/**
 * What members see of each other in the partner directory: a name, an organisation and the themes
 * someone is the contact for, and an e-mail address where the account's read rule (`emailField`)
 * let it through. Nothing at all for visitors who are not signed in.
 */
export type ContactCard = {
  id: string
  name: string
  organisation?: { id: string; name: string; slug: string }
  /** Theme ids they are the contact for. */
  contactFor: string[]
  email?: string
}

type Account = { id: string | number; name?: unknown; email?: unknown; contactFor?: unknown }

export const contactCardOf = (account: Account, organisation?: ContactCard['organisation']): ContactCard => ({
  contactFor: Array.isArray(account.contactFor) ? account.contactFor.map(idOf).filter((id): id is string => id !== undefined) : [],
  id: String(account.id),
  name: String(account.name ?? ''),
  ...(organisation ? { organisation } : {}),
  ...(typeof account.email === 'string' ? { email: account.email } : {}),
})
