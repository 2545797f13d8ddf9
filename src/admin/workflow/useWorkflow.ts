'use client'

import { useAuth, useConfig, useDocumentInfo, useForm, useFormFields, useLocale } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useCallback } from 'react'

import { mayPublish, type SessionUser } from '../../../domain/access/predicates'
import { isWorkflowStatus, type WorkflowStatus } from '../../../domain/workflow/statuses'

type Step = 'submit' | 'send-back' | 'publish'

/**
 * Where the open item stands and who is looking at it, and a step through the workflow endpoints:
 * the form goes along, so unsaved edits are saved with the step and the server's reasons land at
 * their fields and in the toast, as with Payload's own buttons.
 */
export function useWorkflow() {
  const { user } = useAuth()
  const { id, collectionSlug, docPermissions, hasPublishedDoc } = useDocumentInfo()
  const { submit } = useForm()
  const { code: locale } = useLocale()
  const { config } = useConfig()
  const value = useFormFields(([fields]) => fields.workflowStatus?.value)
  const status: WorkflowStatus = isWorkflowStatus(value) ? value : 'draft'

  const take = useCallback(
    async (step: Step, { comment, validate }: { comment?: string; validate: boolean }): Promise<boolean> => {
      const action = formatAdminURL({
        apiRoute: config.routes.api,
        path: `/${collectionSlug}/${id}/${step}?locale=${locale}&depth=0&fallback-locale=null`,
      })
      const result = await submit({
        action,
        method: 'POST',
        overrides: comment === undefined ? {} : { comment },
        skipValidation: !validate,
      })
      return Boolean(result?.res.ok)
    },
    [collectionSlug, config.routes.api, id, locale, submit],
  )

  return {
    canEdit: Boolean(docPermissions?.update),
    hasPublishedDoc,
    isSaved: id !== undefined && id !== null,
    isPublisher: mayPublish(user as SessionUser | null),
    status,
    take,
  }
}
