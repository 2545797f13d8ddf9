import type { PayloadRequest } from 'payload'

import { groupsOf, isCurator, organisationOf, userOf } from '../../domain/access'
import { recommendationStatuses } from '../../domain/workshop'
import { inCallersLanguage } from '../../lib/callersLanguage'
import { ClientError, fieldRefusal } from '../../lib/clientError'
import { idOf } from '../../lib/idOf'

type Row = Record<string, unknown> & { id?: string }

/**
 * Records how a session's recommendation is followed up: by its owner organisation, the session's
 * group or a curator. Owners need not be in the group: this is the one thing they change. Refusals
 * name the field, or say why (404 for what the caller may not see, 403 for what they may not do).
 */
export async function recordFollowUp(
  req: PayloadRequest,
  sessionId: string,
  rowId: string,
  { followUp, status }: { followUp?: unknown; status?: unknown },
): Promise<Row> {
  if (status !== undefined && !recommendationStatuses.includes(status as never)) {
    throw fieldRefusal(req, 'status', {
      en: `status: one of ${recommendationStatuses.join(', ')}.`,
      nl: `status: een van ${recommendationStatuses.join(', ')}.`,
    })
  }
  if (followUp !== undefined && (typeof followUp !== 'string' || followUp.length > 2000)) {
    throw fieldRefusal(req, 'followUp', {
      en: 'followUp: text of at most 2000 characters on how the recommendation is followed up.',
      nl: 'followUp: tekst van hoogstens 2000 tekens over hoe de aanbeveling wordt opgevolgd.',
    })
  }
  const session = await req.payload.findByID({
    collection: 'workshop-sessions',
    depth: 0,
    disableErrors: true,
    id: sessionId,
    overrideAccess: false,
    req,
  })
  const rows = ((session as { recommendations?: Row[] } | null)?.recommendations ?? []) as Row[]
  const row = rows.find((each) => String(each.id) === rowId)
  if (!session || !row) {
    throw new ClientError(
      inCallersLanguage(req, {
        en: 'No such recommendation that you may see: check the link, or open the list of open recommendations.',
        nl: 'Deze aanbeveling bestaat niet of u mag haar niet zien: controleer de link, of open de lijst met open aanbevelingen.',
      }),
      404,
    )
  }
  const user = userOf(req)
  const mayRecord =
    isCurator(user) ||
    idOf(row.ownerOrganisation) === organisationOf(user) ||
    groupsOf(user).includes(idOf((session as { group?: unknown }).group) ?? '')
  if (!mayRecord) {
    throw new ClientError(
      inCallersLanguage(req, {
        en: 'Only the owner organisation, the session’s group and curators record the follow-up of this recommendation.',
        nl: 'Alleen de eigenaar, de groep van de bijeenkomst en de redactie leggen de opvolging van deze aanbeveling vast.',
      }),
      403,
    )
  }
  const changed = { ...row, ...(status !== undefined ? { status } : {}), ...(followUp !== undefined ? { followUp } : {}) }
  await req.payload.update({
    collection: 'workshop-sessions',
    data: { recommendations: rows.map((each) => (each.id === row.id ? changed : each)) as never },
    depth: 0,
    id: session.id,
    overrideAccess: true,
    req,
  })
  return changed
}
