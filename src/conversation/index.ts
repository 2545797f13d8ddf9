import type { CollectionConfig, Config } from 'payload'

import { convertCommentEndpoint, mentionSuggestionsEndpoint } from './endpoints'
import { queueCommentEvents, queueQuestionEvents } from './events'
import { nameTheAsker, resolveCommentMentions, resolveQuestionMentions } from './mentionHooks'

export { convertComment } from './convert'
export { unansweredQuestions } from './unanswered'

function withConversationHooks(collection: CollectionConfig): CollectionConfig {
  if (collection.slug === 'comments')
    return {
      ...collection,
      endpoints: [...(collection.endpoints || []), convertCommentEndpoint],
      hooks: {
        ...collection.hooks,
        beforeChange: [...(collection.hooks?.beforeChange ?? []), resolveCommentMentions],
        afterChange: [...(collection.hooks?.afterChange ?? []), queueCommentEvents],
      },
    }
  if (collection.slug === 'questions')
    return {
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeChange: [...(collection.hooks?.beforeChange ?? []), nameTheAsker],
        afterChange: [...(collection.hooks?.afterChange ?? []), resolveQuestionMentions, queueQuestionEvents],
      },
    }
  return collection
}

/**
 * The conversation's application side: mentions worked out (and checked against who may read the
 * item) when a comment is written, the notifications it causes, turning an answer into knowledge,
 * and mention suggestions while typing.
 */
export const withConversation = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map(withConversationHooks),
  endpoints: [...(config.endpoints ?? []), mentionSuggestionsEndpoint],
})
