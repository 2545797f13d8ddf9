'use client'

import { Pill } from '@payloadcms/ui'

import { isWorkflowStatus, type WorkflowStatus, workflowStatusOptions } from '../../../domain/workflow/statuses'
import { inLanguage } from '../texts'

const pillStyles: Record<WorkflowStatus, 'error' | 'light-gray' | 'success' | 'warning'> = {
  draft: 'light-gray',
  'in-review': 'warning',
  published: 'success',
  'sent-back': 'error',
}

export const statusLabel = (status: WorkflowStatus, language: string): string =>
  inLanguage(workflowStatusOptions.find((option) => option.value === status)?.label, language)

/** A workflow status as a coloured label, in the panel's language. */
export function StatusPill({ language, status }: { language: string; status: unknown }) {
  if (!isWorkflowStatus(status)) return null
  return (
    <Pill className={`workflow-status workflow-status--${status}`} pillStyle={pillStyles[status]} size="small">
      {statusLabel(status, language)}
    </Pill>
  )
}
