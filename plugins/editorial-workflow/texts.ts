import type { PayloadRequest } from 'payload'

import type { EditorialWorkflowOptions, WorkflowTexts } from './types'

/** The workflow's words in the caller's interface language (Payload's `req.i18n`, from the panel or `Accept-Language`). */
export const textsFor = ({ fallbackLanguage, texts }: EditorialWorkflowOptions, req: PayloadRequest | undefined): WorkflowTexts =>
  texts[req?.i18n?.language ?? fallbackLanguage] ?? texts[fallbackLanguage]!

/** A label per interface language, as Payload's field configs take them. */
export const labelsOf = ({ texts }: EditorialWorkflowOptions, pick: (labels: WorkflowTexts['labels']) => string): Record<string, string> =>
  Object.fromEntries(Object.entries(texts).map(([language, each]) => [language, pick(each.labels)]))
