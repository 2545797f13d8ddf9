'use client'

import {
  FormSubmit,
  useDocumentInfo,
  useEditDepth,
  useForm,
  useFormModified,
  useHotkey,
  useOperation,
  useTranslation,
} from '@payloadcms/ui'
import { useRef } from 'react'

import { forgetPendingApiKey, pendingApiKey } from './pendingApiKey'

/**
 * Payload's save button, except that creating sends the key the page showed (an existing key
 * cannot be changed, so saving one sends what Payload would).
 */
export const ApiKeySaveButton = () => {
  const { submit } = useForm()
  const modified = useFormModified()
  const operation = useOperation()
  const editDepth = useEditDepth()
  const { id } = useDocumentInfo()
  const { t } = useTranslation()
  const button = useRef<HTMLButtonElement>(null)
  const isNew = operation === 'create' || id === undefined || id === null
  const disabled = !isNew && !modified
  useHotkey({ cmdCtrlKey: true, editDepth, keyCodes: ['s'] }, (event) => {
    event.preventDefault()
    event.stopPropagation()
    button.current?.click()
  })
  const save = async () => {
    if (!isNew) return void (await submit())
    const saved = await submit({ overrides: { key: pendingApiKey() } })
    if (saved?.res.ok) forgetPendingApiKey()
  }
  return (
    <FormSubmit buttonId="action-save" disabled={disabled} onClick={() => void save()} ref={button} size="medium" type="button">
      {t('general:save')}
    </FormSubmit>
  )
}
