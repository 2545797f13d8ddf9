import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import type { EditorialWorkflowOptions, WorkflowTexts } from '../types'

import { ClientError } from '../../../lib/clientError'
import { guardedEndpoint } from '../../../lib/endpointAccess'
import { textsFor } from '../texts'
import { transitionDocumentation } from './transitionDocumentation'

type Body = { comment?: unknown; overrideReason?: unknown }

/** What the workflow decides itself, whatever a body says. */
const decidedByTheMove = new Set(['_status', 'workflowStatus', 'reviewComment', 'reviewHistory', 'comment', 'overrideReason'])

/**
 * The step's own words (`comment`, `overrideReason`) and any changes saved with it: the admin
 * panel sends its whole form, so an edit and its submission are one write, checked once.
 */
async function bodyOf(req: PayloadRequest): Promise<{ body: Body; changes: Record<string, unknown> }> {
  await addDataAndFileToRequest(req)
  const body = (req.data ?? {}) as Record<string, unknown>
  const changes = Object.fromEntries(Object.entries(body).filter(([field]) => !decidedByTheMove.has(field)))
  return { body, changes }
}

function optionalText(value: unknown, field: string, texts: WorkflowTexts): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string') throw new ClientError(texts.mustBeText(field), 400, { field })
  return value
}

/** The live status of the stored item, read with the caller's access so nothing leaks by 404 vs 403. */
async function isPublished(req: PayloadRequest, collection: CollectionSlug, id: string): Promise<boolean> {
  const doc = await req.payload.findByID({
    collection,
    depth: 0,
    id,
    overrideAccess: false,
    req,
    select: { _status: true } as never,
    user: req.user,
  })
  return (doc as { _status?: string })._status === 'published'
}

type Transition = {
  path: 'submit' | 'send-back' | 'publish' | 'unpublish'
  /** A publisher's decision, refused to others before anything is read. */
  decision: boolean
  /** The write the transition makes, through the same update operation as any other write. */
  change: (args: { body: Body; published: boolean; texts: WorkflowTexts }) => { data: Record<string, unknown>; draft: boolean }
}

const transitions: Transition[] = [
  {
    change: ({ published }) => ({ data: { workflowStatus: 'in-review' }, draft: published }),
    decision: false,
    path: 'submit',
  },
  {
    change: ({ body, published, texts }) => ({
      data: { reviewComment: optionalText(body.comment, 'comment', texts) ?? '', workflowStatus: 'sent-back' },
      draft: published,
    }),
    decision: true,
    path: 'send-back',
  },
  {
    change: ({ body, texts }) => {
      const overrideReason = optionalText(body.overrideReason, 'overrideReason', texts)
      return {
        data: { _status: 'published', ...(overrideReason ? { privacyReview: { overrideReason } } : {}) },
        draft: false,
      }
    },
    decision: true,
    path: 'publish',
  },
  {
    change: () => ({ data: { _status: 'draft' }, draft: false }),
    decision: true,
    path: 'unpublish',
  },
]

/**
 * POST /api/<collection>/:id/{submit,send-back,publish,unpublish}: the workflow's verbs, with any
 * field changes in the same body saved in the same write.
 */
export const workflowEndpoints = (collection: CollectionSlug, options: EditorialWorkflowOptions): Endpoint[] =>
  transitions.map((transition) =>
    guardedEndpoint({
      handler: async (req) => {
        const texts = textsFor(options, req)
        const id = String(req.routeParams?.id ?? '')
        const { body, changes } = await bodyOf(req)
        const published = await isPublished(req, collection, id)
        const { data, draft } = transition.change({ body, published, texts })
        const doc = await req.payload.update({
          collection,
          data: { ...changes, ...data },
          depth: 0,
          draft,
          id,
          overrideAccess: false,
          req,
          user: req.user,
        })
        return Response.json({ doc, message: texts.done[transition.path] })
      },
      method: 'post',
      openapi: transitionDocumentation[transition.path],
      path: `/:id/${transition.path}`,
      refusal: (req) => {
        const texts = textsFor(options, req)
        return {
          forbidden: transition.decision ? texts.notYours(transition.path) : texts.submitForbidden,
          signIn: texts.signIn,
        }
      },
      rule: transition.decision ? options.access.decide : options.access.submit,
    }),
  )
