import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { ImportableCollection, ImportLocale } from './columns'
import type { ItemStatus, PreparedRow } from './prepareRows'

export type StoredItem = { id: string; workflowStatus?: ItemStatus; [field: string]: unknown }

const statusData = (status: ItemStatus) =>
  status === 'published' ? { _status: 'published' } : { _status: 'draft', workflowStatus: status }

/** A write of one language version failed: its problems belong to that language's columns. */
export class RowWriteError extends Error {
  constructor(
    readonly locale: ImportLocale,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause))
    this.name = 'RowWriteError'
  }
}

const hasValues = (values: Record<string, unknown>) => Object.keys(values).length > 0

/**
 * Creates or updates one item with the importing user's rights, Dutch first, then English.
 * Without a status column an item keeps its step; a draft status saves a draft beside a
 * published item rather than taking it offline.
 */
export async function writeRow(
  payload: Payload,
  req: PayloadRequest,
  collection: ImportableCollection,
  row: PreparedRow,
  stored?: StoredItem,
) {
  const status = row.status ?? stored?.workflowStatus ?? 'draft'
  const common = {
    collection: collection as CollectionSlug,
    depth: 0,
    draft: status !== 'published',
    overrideAccess: false,
    req,
    user: req.user,
  }
  const write = async (locale: ImportLocale, id?: string) => {
    const data = { ...row.values[locale], ...statusData(status) } as never
    return id ? payload.update({ ...common, data, id, locale }) : payload.create({ ...common, data, locale })
  }
  const item = await write('nl', stored?.id).catch((error: unknown) => {
    throw new RowWriteError('nl', error)
  })
  if (hasValues(row.values.en)) {
    await write('en', String(item.id)).catch((error: unknown) => {
      throw new RowWriteError('en', error)
    })
  }
}
