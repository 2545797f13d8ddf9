import type { PayloadRequest } from 'payload'

import { isCurator, organisationOf, userOf } from '../../domain/access'
import { isOpenRecommendation, isOverdue, type RecommendationStatus, type RecommendingSlug } from '../../domain/workshop'
import { idOf } from '../../lib/idOf'

/** One recommendation still to be followed up, wherever it was made. */
export type OpenRecommendation = {
  source: { collection: RecommendingSlug; id: string; title: string; date?: string }
  rowId: string
  text: string
  owner: { id: string; name: string }
  dueDate: string | null
  status: RecommendationStatus
  overdue: boolean
  followUp: string | null
}

type Row = Record<string, unknown> & { id?: string }
type Source = { id: string | number; title?: unknown; date?: unknown; recommendations?: Row[] | null }

const nameOf = (organisation: unknown): string =>
  organisation && typeof organisation === 'object' && 'name' in organisation ? String((organisation as { name: unknown }).name) : ''

/**
 * The open recommendations of workshop sessions and workshop cases a reader may see, overdue
 * first, then by owner and due date. Curators see all of them; others those their organisation
 * owns (in sessions and cases they may read: the read rules decide, as on every read path).
 */
export async function openRecommendations(req: PayloadRequest, now = new Date()): Promise<OpenRecommendation[]> {
  const user = userOf(req)
  const ownOnly = !isCurator(user)
  const organisation = organisationOf(user)
  if (ownOnly && !organisation) return []
  const [sessions, cases] = await Promise.all([
    req.payload.find({
      collection: 'workshop-sessions',
      depth: 1,
      limit: 0,
      overrideAccess: false,
      pagination: false,
      req,
      select: { date: true, recommendations: true, title: true },
      where: ownOnly ? { 'recommendations.ownerOrganisation': { equals: organisation } } : {},
    }),
    req.payload.find({
      collection: 'knowledge-cases',
      depth: 1,
      draft: false,
      limit: 0,
      overrideAccess: false,
      pagination: false,
      req,
      select: { recommendations: true, title: true },
      where: ownOnly ? { 'recommendations.owner': { equals: organisation } } : {},
    }),
  ])
  const rowsOf = (collection: RecommendingSlug, docs: Source[], ownerField: string, textField: string): OpenRecommendation[] =>
    docs.flatMap((doc) =>
      (doc.recommendations ?? []).flatMap((row) => {
        const ownerId = idOf(row[ownerField])
        if (!ownerId || !isOpenRecommendation(row.status) || (ownOnly && ownerId !== organisation)) return []
        const dueDate = typeof row.dueDate === 'string' ? row.dueDate : null
        return [
          {
            dueDate,
            followUp: typeof row.followUp === 'string' ? row.followUp : null,
            overdue: isOverdue({ dueDate, status: row.status }, now),
            owner: { id: ownerId, name: nameOf(row[ownerField]) },
            rowId: String(row.id),
            source: {
              collection,
              id: String(doc.id),
              title: String(doc.title ?? ''),
              ...(typeof doc.date === 'string' ? { date: doc.date } : {}),
            },
            status: row.status as RecommendationStatus,
            text: String(row[textField] ?? ''),
          },
        ]
      }),
    )
  const all = [
    ...rowsOf('workshop-sessions', sessions.docs as unknown as Source[], 'ownerOrganisation', 'text'),
    ...rowsOf('knowledge-cases', cases.docs as unknown as Source[], 'owner', 'recommendation'),
  ]
  const due = (each: OpenRecommendation) => (each.dueDate ? Date.parse(each.dueDate) : Number.POSITIVE_INFINITY)
  return all.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.owner.name.localeCompare(b.owner.name, 'nl') || due(a) - due(b))
}
