'use client'

import { useTranslation } from '@payloadcms/ui'

import { adminTexts } from '../texts'
import { StatusPill } from './statusPill'
import { useWorkflow } from './useWorkflow'

/** The document header's status: the workflow's step, and whether an earlier version stays online meanwhile. */
export const WorkflowStatus = () => {
  const { i18n } = useTranslation()
  const texts = adminTexts(i18n.language).workflow
  const { hasPublishedDoc, isSaved, status } = useWorkflow()
  if (!isSaved) return null
  return (
    <div className="status workflow-header-status">
      <span className="status__label">{texts.status}: </span>
      <StatusPill language={i18n.language} status={status} />
      {hasPublishedDoc && status !== 'published' ? <span className="workflow-header-status__live"> ({texts.liveVersion})</span> : null}
    </div>
  )
}
