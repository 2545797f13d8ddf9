'use client'

import { Button, FormSubmit, Modal, useDocumentInfo, useFormModified, useModal, useTranslation } from '@payloadcms/ui'
import { useId, useState } from 'react'

import { adminTexts } from '../texts'
import { useWorkflow } from './useWorkflow'

const sendBackSlug = 'workflow-send-back'

/** The dialog that sends an item back: nothing goes without a comment that says what to change. */
function SendBackDialog({ onSend }: { onSend: (comment: string) => Promise<boolean> }) {
  const { i18n } = useTranslation()
  const texts = adminTexts(i18n.language).workflow
  const { closeModal } = useModal()
  const [comment, setComment] = useState('')
  const [missing, setMissing] = useState(false)
  const [sending, setSending] = useState(false)
  const fieldId = useId()
  const send = async () => {
    if (!comment.trim()) return setMissing(true)
    setSending(true)
    const sent = await onSend(comment.trim())
    setSending(false)
    if (sent) {
      setComment('')
      closeModal(sendBackSlug)
    }
  }
  return (
    <Modal className="confirmation-modal workflow-send-back" slug={sendBackSlug}>
      <div className="confirmation-modal__wrapper" role="dialog" aria-labelledby={`${fieldId}-title`} aria-modal="true">
        <div className="confirmation-modal__content">
          <h1 id={`${fieldId}-title`}>{texts.sendBackTitle}</h1>
          <p>{texts.sendBackHelp}</p>
          <div className={`field-type textarea${missing ? ' error' : ''}`}>
            <label className="field-label" htmlFor={fieldId}>
              {texts.commentLabel} <span className="required">*</span>
            </label>
            {missing ? (
              <p className="field-error workflow-send-back__error" id={`${fieldId}-error`} role="alert">
                {texts.commentRequired}
              </p>
            ) : null}
            <div className="textarea-outer">
              <textarea
                aria-describedby={missing ? `${fieldId}-error` : undefined}
                aria-invalid={missing}
                className="textarea-element"
                id={fieldId}
                onChange={(event) => {
                  setComment(event.target.value)
                  if (event.target.value.trim()) setMissing(false)
                }}
                required
                rows={5}
                value={comment}
              />
            </div>
          </div>
        </div>
        <div className="confirmation-modal__controls">
          <Button buttonStyle="secondary" disabled={sending} onClick={() => closeModal(sendBackSlug)} size="large" type="button">
            {texts.cancel}
          </Button>
          <Button disabled={sending} id="workflow-send-back-confirm" onClick={() => void send()} size="large" type="button">
            {sending ? texts.sending : texts.sendBack}
          </Button>
        </div>
      </div>
    </Modal>
  )
}

/**
 * The workflow's steps beside Payload's save button: members submit their item for review;
 * curators send an item in review back with a comment (publishing is the publish button).
 * Each button shows only to whom may take the step, when the step can be taken.
 */
export const WorkflowControls = () => {
  const { i18n } = useTranslation()
  const texts = adminTexts(i18n.language).workflow
  const { openModal } = useModal()
  const modified = useFormModified()
  const { unpublishedVersionCount } = useDocumentInfo()
  const { canEdit, isPublisher, isSaved, status, take } = useWorkflow()
  if (!isSaved || !canEdit) return null

  const hasChanges = status !== 'published' || modified || unpublishedVersionCount > 0
  const maySubmit = !isPublisher && status !== 'in-review' && hasChanges
  const maySendBack = isPublisher && status === 'in-review'

  return (
    <>
      {maySubmit ? (
        <FormSubmit buttonId="action-workflow-submit" onClick={() => void take('submit', { validate: true })} size="medium" type="button">
          {texts.submit}
        </FormSubmit>
      ) : null}
      {maySendBack ? (
        <>
          <Button
            buttonStyle="secondary"
            id="action-workflow-send-back"
            onClick={() => openModal(sendBackSlug)}
            size="medium"
            type="button"
          >
            {texts.sendBack}
          </Button>
          <SendBackDialog onSend={(comment) => take('send-back', { comment, validate: false })} />
        </>
      ) : null}
    </>
  )
}
