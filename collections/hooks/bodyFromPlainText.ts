import type { CollectionBeforeValidateHook } from 'payload'

import { richTextFromMessage } from '../../lib/messageToRichText'

/** A partner system or the portal's form may send a comment or question as plain text: it is stored as rich text with its links. */
export const bodyFromPlainText: CollectionBeforeValidateHook = ({ data }) => {
  if (!data || typeof data.body !== 'string') return data
  return { ...data, body: richTextFromMessage(data.body) }
}
