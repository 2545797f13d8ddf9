import type { EndpointDocumentation } from '../../../lib/endpointDocumentation'

const moved = {
  200: {
    content: {
      'application/json': {
        schema: { properties: { doc: { type: 'object' }, message: { type: 'string' } }, required: ['doc', 'message'], type: 'object' },
      },
    },
    description: 'The item after the move, and a message saying what happened.',
  },
}

const body = (properties: Record<string, unknown>) => ({
  content: {
    'application/json': {
      schema: {
        additionalProperties: true,
        description: 'Optional. Any other fields are changes to the item, saved in the same write as the move.',
        properties,
        type: 'object',
      },
    },
  },
  required: false,
})

/** What the API reference says about each workflow move, `POST /api/<collection>/{id}/<move>`. */
export const transitionDocumentation: Record<'submit' | 'send-back' | 'publish' | 'unpublish', EndpointDocumentation> = {
  publish: {
    description: 'Makes the item live, after the privacy check. A publisher may override a privacy finding with a reason.',
    requestBody: body({ overrideReason: { description: 'Why a privacy finding may be published anyway.', type: 'string' } }),
    responses: moved,
    summary: 'Publish',
  },
  'send-back': {
    description: 'Returns an item in review to its authors, with a comment saying what to change.',
    requestBody: body({ comment: { type: 'string' } }),
    responses: moved,
    summary: 'Send back to the authors',
  },
  submit: {
    description: 'Puts a draft in the review queue of the curators.',
    requestBody: body({}),
    responses: moved,
    summary: 'Submit for review',
  },
  unpublish: {
    description: 'Takes the item offline; it stays as a draft.',
    responses: moved,
    summary: 'Unpublish',
  },
}
