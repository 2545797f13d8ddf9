'use client'

import type { TextFieldClientComponent } from 'payload'

import { useDocumentInfo, useField, useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'

import { adminTexts } from './texts'

/** 32 random bytes from the browser, base64url, behind the prefix the server expects. */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  const text = btoa(String.fromCharCode(...bytes))
  return `wb_${text.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`
}

/**
 * The key of a new API key, made in the browser and shown here before saving, because after
 * saving it can never be shown again (only its hash is kept). An existing key shows nothing.
 */
export const ApiKeyField: TextFieldClientComponent = ({ path }) => {
  const { id } = useDocumentInfo()
  const { setValue, value } = useField<string>({ path })
  const isNew = id === undefined || id === null
  const texts = adminTexts(useTranslation().i18n.language).apiKey
  useEffect(() => {
    if (isNew && !value) setValue(newKey())
  }, [isNew, value, setValue])
  if (!isNew) {
    return (
      <div className="field-type">
        <p>{texts.gone}</p>
      </div>
    )
  }
  return (
    <div className="field-type text">
      <label className="field-label" htmlFor="api-key-value">
        {texts.label}
      </label>
      <input
        className="api-key-value"
        id="api-key-value"
        onFocus={(event) => event.currentTarget.select()}
        readOnly
        type="text"
        value={value ?? ''}
      />
      <p className="field-description" role="note">
        {texts.copyNow}
      </p>
    </div>
  )
}
