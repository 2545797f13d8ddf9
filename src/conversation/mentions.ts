import type { Payload } from 'payload'

/** Someone or some organisation that can be mentioned with `@Name`. */
export type Mentionable = { relationTo: 'users' | 'organisations'; id: string; name: string; organisation?: string }

const isWordCharacter = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}]/u.test(character)

/**
 * Everyone and every organisation that can be mentioned, by name. Read by the system: a mention
 * names a colleague, it does not open their account.
 */
export async function mentionables(payload: Payload): Promise<Mentionable[]> {
  const [organisations, users] = await Promise.all([
    payload.find({ collection: 'organisations', depth: 0, limit: 0, overrideAccess: true, pagination: false, select: { name: true } }),
    payload.find({
      collection: 'users',
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      select: { name: true, organisation: true },
    }),
  ])
  const organisationNames = new Map(organisations.docs.map((doc) => [String(doc.id), String(doc.name ?? '')]))
  return [
    ...organisations.docs.map((doc) => ({ id: String(doc.id), name: String(doc.name ?? ''), relationTo: 'organisations' as const })),
    ...users.docs.map((doc) => {
      const organisation = doc.organisation && typeof doc.organisation === 'object' ? doc.organisation.id : doc.organisation
      return {
        id: String(doc.id),
        name: String(doc.name ?? ''),
        organisation: organisation ? organisationNames.get(String(organisation)) : undefined,
        relationTo: 'users' as const,
      }
    }),
  ].filter((each) => each.name.trim().length > 1)
}

/**
 * The people and organisations a text mentions: after each `@`, the longest known name that
 * follows as whole words ("@Gemeente Leiden" is the municipality, not someone called Gemeente).
 */
export function mentionsIn(text: string, candidates: readonly Mentionable[]): Mentionable[] {
  const byLength = [...candidates].sort((a, b) => b.name.length - a.name.length)
  const found = new Map<string, Mentionable>()
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (isWordCharacter(text[at - 1])) continue // an e-mail address, not a mention
    const rest = text.slice(at + 1, at + 1 + 200).toLocaleLowerCase('nl')
    const match = byLength.find(
      (candidate) => rest.startsWith(candidate.name.toLocaleLowerCase('nl')) && !isWordCharacter(rest[candidate.name.length]),
    )
    if (match) found.set(`${match.relationTo}:${match.id}`, match)
  }
  return [...found.values()]
}

/** Suggestions while typing `@Lei…`: names that start with, or have a word starting with, what was typed. */
export function suggestMentions(query: string, candidates: readonly Mentionable[], most = 8): Mentionable[] {
  const typed = query.trim().toLocaleLowerCase('nl')
  if (!typed) return []
  const score = (name: string) => {
    const lower = name.toLocaleLowerCase('nl')
    if (lower.startsWith(typed)) return 0
    if (lower.split(/\s+/).some((word) => word.startsWith(typed))) return 1
    return lower.includes(typed) ? 2 : 3
  }
  return candidates
    .map((candidate) => ({ candidate, score: score(candidate.name) }))
    .filter((each) => each.score < 3)
    .sort((a, b) => a.score - b.score || a.candidate.name.localeCompare(b.candidate.name, 'nl'))
    .slice(0, most)
    .map((each) => each.candidate)
}
