'use server'

import { redirect } from 'next/navigation'
import { APIError, createLocalReq, ValidationError } from 'payload'

import { isCommentableSlug, isConversionTarget } from '../../domain/conversation'
import { sameSitePath } from '../../lib/sameSitePath'
import { commentAnchor, portalPaths } from '../portalAddresses'
import { convertComment } from '../conversation'
import { hrefIn, isPortalLocale, type PortalLocale } from './i18n'
import { portalContext } from './payload'

export type MessageFormState = { status: 'idle' | 'invalid'; message?: string; text?: string; fields?: Record<string, string> }

const localeOf = (form: FormData): PortalLocale => (isPortalLocale(form.get('locale')) ? (form.get('locale') as PortalLocale) : 'nl')
const text = (form: FormData, name: string, most = 200) => String(form.get(name) ?? '').slice(0, most)
const mostMessageChars = 20_000

/** What went wrong, in the words the API gives partners too (field errors first, they name what to fix). */
function reasonOf(error: unknown): string | undefined {
  if (error instanceof ValidationError) {
    const errors = (error.data as { errors?: Array<{ message: string }> }).errors ?? []
    return [error.message, ...errors.map((each) => each.message)].filter(Boolean).join(' ')
  }
  if (error instanceof APIError && error.status < 500) return error.message
  return undefined
}

/** The write, or its refusal with the text as typed, so the writer fixes it instead of typing it again. */
async function refusedWithText<T>(typed: string, write: () => Promise<T>): Promise<{ saved: T } | { refused: MessageFormState }> {
  try {
    return { saved: await write() }
  } catch (error) {
    const reason = reasonOf(error)
    if (!reason) throw error
    return { refused: { message: reason, status: 'invalid', text: typed } }
  }
}

async function signedIn(locale: PortalLocale, back: string) {
  const context = await portalContext()
  if (!context.user) redirect(`${hrefIn(locale, '/inloggen')}?terug=${encodeURIComponent(back)}`)
  return context as typeof context & { user: NonNullable<typeof context.user> }
}

/** Posts a comment or a reply with the reader's own rights; a refusal (personal data, an item they may not read) comes back with their text. */
export async function postComment(_previous: MessageFormState, form: FormData): Promise<MessageFormState> {
  const locale = localeOf(form)
  const back = sameSitePath(form.get('returnTo'), hrefIn(locale, '/'))
  const { payload, user } = await signedIn(locale, back)
  const body = text(form, 'body', mostMessageChars)
  const relationTo = text(form, 'relationTo')
  const parent = text(form, 'parent')
  if (!body.trim()) return { message: locale === 'en' ? 'Write something first.' : 'Schrijf eerst iets.', status: 'invalid', text: body }
  if (!isCommentableSlug(relationTo)) return { message: 'relationTo', status: 'invalid', text: body }
  const created = await refusedWithText(body, () =>
    payload.create({
      collection: 'comments',
      data: { body, item: { relationTo, value: text(form, 'item') }, ...(parent ? { parent } : {}) } as never,
      depth: 0,
      locale,
      overrideAccess: false,
      user,
    }),
  )
  if ('refused' in created) return created.refused
  redirect(`${back.split(/[?#]/)[0]}#${commentAnchor(created.saved.id)}`)
}

/** Asks the region a question; the asker lands on its page. */
export async function askQuestion(_previous: MessageFormState, form: FormData): Promise<MessageFormState> {
  const locale = localeOf(form)
  const { payload, user } = await signedIn(locale, hrefIn(locale, portalPaths.questions))
  const title = text(form, 'title')
  const body = text(form, 'body', mostMessageChars)
  const about = text(form, 'about')
  const [aboutCollection, aboutId] = about.split(':')
  if (!title.trim())
    return {
      fields: { title: locale === 'en' ? 'Write your question.' : 'Schrijf uw vraag.' },
      message: locale === 'en' ? 'Your question is missing.' : 'Uw vraag ontbreekt.',
      status: 'invalid',
      text: body,
    }
  const created = await refusedWithText(body, () =>
    payload.create({
      collection: 'questions',
      data: {
        ...(aboutCollection && aboutId ? { about: { relationTo: aboutCollection, value: aboutId } } : {}),
        body,
        concerns: form.getAll('concerns').map(String).slice(0, 30),
        themes: form.getAll('themes').map(String).slice(0, 30),
        title,
        // Only to a group the asker is in: the questions' own hook refuses any other.
        ...(text(form, 'visibility') === 'group' && text(form, 'group') ? { groups: [text(form, 'group')] } : {}),
        visibility: ['partners', 'group', 'organisation', 'public'].includes(text(form, 'visibility'))
          ? text(form, 'visibility')
          : 'partners',
      } as never,
      depth: 0,
      locale,
      overrideAccess: false,
      user,
    }),
  )
  if ('refused' in created) return created.refused
  redirect(hrefIn(locale, portalPaths.question(created.saved.id)))
}

type Step = (args: { id: string; form: FormData; payload: any; user: any; locale: PortalLocale }) => Promise<unknown>

const asReader = (user: unknown) => ({ depth: 0, overrideAccess: false, user }) as const

/** What each button under a comment or question does, with the reader's own rights: the collections' rules decide. */
const steps: Record<string, Step> = {
  accept: ({ form, id, payload, user }) =>
    payload.update({ ...asReader(user), collection: 'questions', data: { acceptedAnswer: id }, id: text(form, 'question') }),
  close: ({ id, payload, user }) => payload.update({ ...asReader(user), collection: 'questions', data: { status: 'closed' }, id }),
  convert: async ({ form, id, locale, payload, user }) => {
    const to = text(form, 'to')
    if (!isConversionTarget(to)) throw new APIError('to: experiences or good-practices', 400, undefined, true)
    return convertComment(await createLocalReq({ locale, user }, payload), id, { to })
  },
  delete: ({ id, payload, user }) => payload.update({ ...asReader(user), collection: 'comments', data: { state: 'deleted' }, id }),
  edit: ({ form, id, payload, user }) =>
    payload.update({ ...asReader(user), collection: 'comments', data: { body: text(form, 'body', mostMessageChars) }, id }),
  hide: ({ form, id, payload, user }) =>
    payload.update({
      ...asReader(user),
      collection: 'comments',
      data: { moderationReason: text(form, 'reason', 1000), state: 'hidden' },
      id,
    }),
  reopen: ({ id, payload, user }) => payload.update({ ...asReader(user), collection: 'questions', data: { status: 'open' }, id }),
  report: ({ form, id, payload, user }) =>
    payload.create({ ...asReader(user), collection: 'comment-reports', data: { comment: id, reason: text(form, 'reason', 1000) } }),
  restore: ({ id, payload, user }) => payload.update({ ...asReader(user), collection: 'comments', data: { state: 'visible' }, id }),
  unaccept: ({ form, payload, user }) =>
    payload.update({ ...asReader(user), collection: 'questions', data: { acceptedAnswer: null }, id: text(form, 'question') }),
}

/**
 * One step in a conversation from a plain form (works without JavaScript): back to the comment
 * with what happened, or why it did not.
 */
export async function conversationStep(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const back = sameSitePath(form.get('returnTo'), hrefIn(locale, '/')).split('#')[0]!.split('?')[0]!
  const { payload, user } = await signedIn(locale, back)
  const step = steps[text(form, 'step')]
  const id = text(form, 'id')
  const anchor = text(form, 'anchor') || commentAnchor(id)
  if (!step || !id) redirect(back)
  let outcome = `gedaan=${encodeURIComponent(text(form, 'step'))}`
  try {
    const result = (await step({ form, id, locale, payload, user })) as { collection?: string; id?: string } | undefined
    if (text(form, 'step') === 'convert' && result?.id) redirect(`/admin/collections/${result.collection}/${result.id}`)
  } catch (error) {
    if (error && typeof error === 'object' && 'digest' in error) throw error
    const reason = reasonOf(error)
    if (!reason) throw error
    outcome = `fout=${encodeURIComponent(reason.slice(0, 500))}`
  }
  redirect(`${back}?${outcome}#${anchor}`)
}
