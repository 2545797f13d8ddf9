import type { Payload } from 'payload'

import { type Locale, type MatrixDimension, optionHeaders } from '../../domain/vocabulary'

export type Header = { value: string; label: string }

/** The headers of a dimension: its options in order, and for themes the region's main themes. */
export async function headersFor(payload: Payload, dimension: MatrixDimension | 'evidenceLevel', locale: Locale): Promise<Header[]> {
  if (dimension !== 'theme') return optionHeaders(dimension, locale)
  const { docs } = await payload.find({
    collection: 'themes',
    depth: 0,
    limit: 0,
    locale,
    pagination: false,
    sort: 'order',
    where: { parent: { exists: false } },
  })
  return docs.map((theme) => ({ label: theme.name, value: theme.slug as string }))
}
