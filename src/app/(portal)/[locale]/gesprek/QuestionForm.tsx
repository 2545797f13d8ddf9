'use client'

import { useActionState } from 'react'

import { conversationWordsFor } from '../../../../portal/conversationWords'
import { askQuestion, type MessageFormState } from '../../../../portal/conversationActions'
import type { PortalLocale } from '../../../../portal/i18n'
import { FormProblem } from './FormProblem'
import { MessageField } from './MessageField'

const initial: MessageFormState = { status: 'idle' }

type Choice = { id: string; name: string }

/** A list of tick boxes in a box that scrolls: choosing several needs no hidden key. */
function Choices({ choices, legend, name }: { choices: Choice[]; legend: string; name: string }) {
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      <div className="portal-choice-box">
        {choices.map((choice) => (
          <div className="utrecht-form-field utrecht-form-field--checkbox" key={choice.id}>
            <input
              className="utrecht-checkbox utrecht-checkbox--html-input"
              id={`${name}-${choice.id}`}
              name={name}
              type="checkbox"
              value={choice.id}
            />{' '}
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`${name}-${choice.id}`}>
              {choice.name}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  )
}

/** Asking the region: the question, its explanation, themes, whom it is asked of, and who may read it. */
export function QuestionForm({
  about,
  aboutTitle,
  group,
  locale,
  organisations,
  themes,
}: {
  about?: string
  aboutTitle?: string
  /** A group the asker is in, whose members alone may then read the question. */
  group?: Choice
  locale: PortalLocale
  organisations: Choice[]
  themes: Choice[]
}) {
  const words = conversationWordsFor(locale)
  const [state, action, pending] = useActionState(askQuestion, initial)
  return (
    <form action={action} aria-labelledby="ask" className="portal-form" id="vraag-stellen">
      <h2 className="utrecht-heading-2" id="ask">
        {aboutTitle ? words.askAbout(aboutTitle) : words.ask}
      </h2>
      <FormProblem locale={locale} state={state} />
      <input name="locale" type="hidden" value={locale} />
      {about ? <input name="about" type="hidden" value={about} /> : null}
      {group ? <input name="group" type="hidden" value={group.id} /> : null}
      <div className={`utrecht-form-field${state.fields?.title ? ' utrecht-form-field--invalid' : ''}`}>
        <label className="utrecht-form-label" htmlFor="question-title">
          {words.questionTitle}
        </label>
        {state.fields?.title ? (
          <p className="utrecht-form-field-error-message" id="question-title-error">
            {state.fields.title}
          </p>
        ) : null}
        <input
          aria-describedby={state.fields?.title ? 'question-title-error' : undefined}
          aria-invalid={Boolean(state.fields?.title)}
          aria-required="true"
          className="utrecht-textbox utrecht-textbox--html-input"
          id="question-title"
          maxLength={200}
          name="title"
          type="text"
        />
      </div>
      <MessageField defaultValue={state.text} id="question-body" key={state.text ?? ''} label={words.questionBody} locale={locale} />
      <Choices choices={themes} legend={words.questionThemes} name="themes" />
      <Choices choices={organisations} legend={words.questionConcerns} name="concerns" />
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{words.questionVisibility}</legend>
        {[
          ...(group ? [['group', words.visibilityGroup(group.name)] as const] : []),
          ['partners', words.visibilityPartners] as const,
          ['organisation', words.visibilityOrganisation] as const,
          ['public', words.visibilityPublic] as const,
        ].map(([value, label]) => (
          <div className="utrecht-form-field utrecht-form-field--radio" key={value}>
            <input
              className="utrecht-radio-button utrecht-radio-button--html-input"
              defaultChecked={value === (group ? 'group' : 'partners')}
              id={`question-visibility-${value}`}
              name="visibility"
              type="radio"
              value={value}
            />{' '}
            <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`question-visibility-${value}`}>
              {label}
            </label>
          </div>
        ))}
      </fieldset>
      <button aria-disabled={pending} className="utrecht-button utrecht-button--primary-action" type="submit">
        {words.askButton}
      </button>
    </form>
  )
}
