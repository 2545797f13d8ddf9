'use client'

import type { TextFieldClientComponent } from 'payload'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { pendingApiKey } from './pendingApiKey'
import { adminTexts } from './texts'

/**
 * The key of a new API key, made in the browser and shown here before saving, because after
 * saving it can never be shown again (only its hash is kept). An existing key shows nothing.
 */
export const ApiKeyField: TextFieldClientComponent = () => {
  const { id } = useDocumentInfo()
  const isNew = id === undefined || id === null
  const texts = adminTexts(useTranslation().i18n.language).apiKey
  // Made in the browser only, after the page is shown (the server must never make or see it);
  // the save button sends this same key (see pendingApiKey).
  const [key, setKey] = useState('')
  useEffect(() => {
    if (isNew) setKey(pendingApiKey())
  }, [isNew])
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
        value={key}
      />
      <p className="field-description" role="note">
        {texts.copyNow}
      </p>
    </div>
  )
}
