'use client'

import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'

import { formatDate } from '../../../lib/dates'
import { adminTexts } from '../texts'
import { useWorkflow } from './useWorkflow'

/**
 * Above the form, where its authors look first: why a curator sent the item back and what to do
 * now, or that it waits for a curator.
 */
export const ReviewNotice = () => {
  const { i18n } = useTranslation()
  const texts = adminTexts(i18n.language).workflow
  const { id } = useDocumentInfo()
  const { isPublisher, status } = useWorkflow()
  const comment = useFormFields(([fields]) => fields.reviewComment?.value)
  const sentBackAt = useFormFields(([fields]) => {
    const rows = Number(fields.reviewHistory?.rows?.length ?? 0)
    for (let index = rows - 1; index >= 0; index--) {
      if (fields[`reviewHistory.${index}.move`]?.value === 'send-back')
        return fields[`reviewHistory.${index}.at`]?.value as string | undefined
    }
    return undefined
  })

  if (id === undefined || id === null) {
    return isPublisher ? null : <p className="workflow-notice workflow-notice--info">{texts.newItem}</p>
  }
  if (status === 'sent-back' && typeof comment === 'string' && comment) {
    const when = formatDate(sentBackAt, i18n.language, true)
    return (
      <section className="workflow-notice workflow-notice--sent-back" aria-label={texts.sentBack(when).trim()} role="status">
        <strong>{texts.sentBack(when)}</strong>
        <blockquote>{comment}</blockquote>
        {isPublisher ? null : <p>{texts.sentBackWhatNext}</p>}
      </section>
    )
  }
  if (status === 'in-review' && !isPublisher) return <p className="workflow-notice workflow-notice--info">{texts.inReview}</p>
  return null
}
