'use client'

import { useActionState } from 'react'

import { experienceWordsFor, type PortalLocale } from '../../../../../portal/i18n'
import type { OwnExperience } from '../../../../../portal/item'
import { type ExperienceFormState, recordExperience } from './recordExperience'

const initial: ExperienceFormState = { status: 'idle' }

function ErrorText({ id, message }: { id: string; message?: string }) {
  if (!message) return null
  return (
    <p className="utrecht-form-field-error-message" id={id}>
      {message}
    </p>
  )
}

/**
 * The short form on an intervention card; a plain form post when JavaScript is off. Fields are
 * marked required for assistive technology, not for the browser, whose `:invalid` styling would
 * show every empty field as an error before anyone has typed.
 */
export function ExperienceForm({ interventionId, locale, own }: { interventionId: string; locale: PortalLocale; own?: OwnExperience }) {
  const words = experienceWordsFor(locale)
  const [state, action, pending] = useActionState(recordExperience, initial)
  const error = (name: string) => state.fieldErrors?.[name]
  if (state.status === 'saved') {
    return (
      <div className="utrecht-alert utrecht-alert--ok" role="status">
        <p className="utrecht-paragraph">{state.message}</p>
      </div>
    )
  }
  return (
    <form action={action} aria-labelledby="experience-form" className="portal-form">
      <h3 className="utrecht-heading-3" id="experience-form">
        {own ? words.updateExperience : words.addExperience}
      </h3>
      {own ? (
        <div className="utrecht-alert utrecht-alert--info portal-own-experience" role="status">
          <p className="utrecht-paragraph">{words.yourExperience[own.status]}</p>
          {own.status === 'sent-back' && own.reviewComment ? <blockquote className="portal-prewrap">{own.reviewComment}</blockquote> : null}
        </div>
      ) : null}
      {state.status === 'invalid' ? (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{state.message}</p>
        </div>
      ) : null}
      <input name="intervention" type="hidden" value={interventionId} />
      <input name="locale" type="hidden" value={locale} />
      <div className={`utrecht-form-field${error('from') ? ' utrecht-form-field--invalid' : ''}`}>
        <label className="utrecht-form-label" htmlFor="experience-from">
          {words.from}
        </label>
        <ErrorText id="experience-from-error" message={error('from')} />
        <input
          aria-describedby={error('from') ? 'experience-from-error' : undefined}
          aria-invalid={Boolean(error('from'))}
          className="utrecht-textbox utrecht-textbox--html-input"
          aria-required="true"
          id="experience-from"
          name="from"
          type="month"
        />
      </div>
      <fieldset
        aria-describedby={error('rating') ? 'experience-rating-error' : undefined}
        aria-invalid={Boolean(error('rating'))}
        aria-required="true"
        className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"
        role="radiogroup"
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{words.rating}</legend>
        <ErrorText id="experience-rating-error" message={error('rating')} />
        {[1, 2, 3, 4, 5].map((value) => (
          <div className="utrecht-form-field utrecht-form-field--radio" key={value}>
            <input
              className="utrecht-radio-button utrecht-radio-button--html-input"
              defaultChecked={own?.rating === value}
              id={`experience-rating-${value}`}
              name="rating"
              type="radio"
              value={value}
            />
            <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`experience-rating-${value}`}>
              {words.ratingOption(value)}
            </label>
          </div>
        ))}
      </fieldset>
      <div className={`utrecht-form-field${error('result') ? ' utrecht-form-field--invalid' : ''}`}>
        <label className="utrecht-form-label" htmlFor="experience-result">
          {words.result}
        </label>
        <ErrorText id="experience-result-error" message={error('result')} />
        <textarea
          aria-describedby={error('result') ? 'experience-result-error' : undefined}
          aria-invalid={Boolean(error('result'))}
          aria-required="true"
          className="utrecht-textarea utrecht-textarea--html-textarea"
          defaultValue={own?.result}
          id="experience-result"
          name="result"
          rows={4}
        />
      </div>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="experience-reach">
          {words.reach}
        </label>
        <ErrorText id="experience-reach-error" message={error('reach')} />
        <input
          className="utrecht-textbox utrecht-textbox--html-input"
          defaultValue={own?.reach}
          id="experience-reach"
          inputMode="numeric"
          min={0}
          name="reach"
          type="number"
        />
      </div>
      <div className="utrecht-form-field utrecht-form-field--checkbox">
        <input
          className="utrecht-checkbox utrecht-checkbox--html-input"
          defaultChecked={own?.wouldRecommend}
          id="experience-recommend"
          name="wouldRecommend"
          type="checkbox"
        />
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="experience-recommend">
          {words.recommend}
        </label>
      </div>
      <button aria-disabled={pending} className="utrecht-button utrecht-button--primary-action" type="submit">
        {own ? words.updateSubmit : words.submit}
      </button>
    </form>
  )
}
