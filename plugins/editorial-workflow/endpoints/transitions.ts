import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import type { EditorialWorkflowOptions } from '../types'

import { ClientError } from '../../../lib/clientError'
import { guardedEndpoint } from '../../../lib/endpointAccess'

type Body = { comment?: unknown; overrideReason?: unknown }

async function bodyOf(req: PayloadRequest): Promise<Body> {
  await addDataAndFileToRequest(req)
  return (req.data ?? {}) as Body
}

function optionalText(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string') throw new ClientError(`${field} must be text.`, 400, { field })
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
  change: (args: { body: Body; published: boolean }) => { data: Record<string, unknown>; draft: boolean }
  done: string
}

const transitions: Transition[] = [
  {
    change: ({ published }) => ({ data: { workflowStatus: 'in-review' }, draft: published }),
    decision: false,
    done: 'Submitted for review: a curator will publish it or send it back with a comment.',
    path: 'submit',
  },
  {
    change: ({ body, published }) => ({
      data: { reviewComment: optionalText(body.comment, 'comment') ?? '', workflowStatus: 'draft' },
      draft: published,
    }),
    decision: true,
    done: 'Sent back to the owner organisation with your comment.',
    path: 'send-back',
  },
  {
    change: ({ body }) => {
      const overrideReason = optionalText(body.overrideReason, 'overrideReason')
      return {
        data: { _status: 'published', ...(overrideReason ? { privacyReview: { overrideReason } } : {}) },
        draft: false,
      }
    },
    decision: true,
    done: 'Published.',
    path: 'publish',
  },
  {
    change: () => ({ data: { _status: 'draft' }, draft: false }),
    decision: true,
    done: 'Unpublished: the item is a draft again and only its organisation and curators can read it.',
    path: 'unpublish',
  },
]

/** POST /api/<collection>/:id/{submit,send-back,publish,unpublish}: the workflow's verbs. */
export const workflowEndpoints = (collection: CollectionSlug, { access, publishersName }: EditorialWorkflowOptions): Endpoint[] =>
  transitions.map((transition) =>
    guardedEndpoint({
      handler: async (req) => {
        const id = String(req.routeParams?.id ?? '')
        const body = await bodyOf(req)
        const published = await isPublished(req, collection, id)
        const { data, draft } = transition.change({ body, published })
        const doc = await req.payload.update({ collection, data, depth: 0, draft, id, overrideAccess: false, req, user: req.user })
        return Response.json({ doc, message: transition.done })
      },
      method: 'post',
      path: `/:id/${transition.path}`,
      refusal: {
        forbidden: transition.decision
          ? `Only ${publishersName} can ${transition.path.replace('-', ' ')} an item. Members submit their changes for review.`
          : 'Your account may not submit items for review.',
        signIn: 'Sign in first: only signed-in users can change an item’s workflow.',
      },
      rule: transition.decision ? access.decide : access.submit,
    }),
  )
