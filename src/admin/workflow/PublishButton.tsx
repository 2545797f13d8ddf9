'use client'

import { FormSubmit, PublishButton as PayloadPublishButton, useDocumentInfo, useFormModified, useTranslation } from '@payloadcms/ui'

import { adminTexts } from '../texts'
import { useWorkflow } from './useWorkflow'

/** "Publish" for curators only: members never see a step they may not take. */
export const PublishButton = () => {
  const { i18n } = useTranslation()
  const texts = adminTexts(i18n.language).workflow
  const { setHasPublishedDoc, setUnpublishedVersionCount, unpublishedVersionCount } = useDocumentInfo()
  const modified = useFormModified()
  const { canEdit, hasPublishedDoc, isPublisher, isSaved, status, take } = useWorkflow()
  if (!isPublisher) return null
  // A new item has no workflow yet: a curator may create it published at once.
  if (!isSaved) return <PayloadPublishButton />
  if (!canEdit) return null
  const upToDate = status === 'published' && hasPublishedDoc && !modified && unpublishedVersionCount <= 0
  const publish = async () => {
    if (!(await take('publish', { validate: true }))) return
    setHasPublishedDoc(true)
    setUnpublishedVersionCount(0)
  }
  return (
    <FormSubmit buttonId="action-workflow-publish" disabled={upToDate} onClick={() => void publish()} size="medium" type="button">
      {hasPublishedDoc ? texts.publishChanges : texts.publish}
    </FormSubmit>
  )
}
