import type { CollectionConfig, Config } from 'payload'

import { itemSlugs, knowledgeSlugs } from '../../domain/knowledge'
import { followWhatYouWrite } from './autoFollow'
import { digestPreviewEndpoint, markReadEndpoint, unsubscribeEndpoint } from './endpoints'
import { queueNotificationsAfterChange } from './events'
import { notificationTasks } from './tasks'

export { unsubscribePath } from './endpoints'
export { markRead } from './markRead'
export { previewDigest } from './digest/preview'
export { runDigest, type DigestReport } from './digest/run'
export { unsubscribe, unsubscribeToken, verifyUnsubscribeToken } from './unsubscribe'
export { startNotificationWorker } from './worker'

const followsWhatItsWriterCreates = new Set<string>([...itemSlugs, 'experiences'])
const told = new Set<string>(knowledgeSlugs)

function withNotificationHooks(collection: CollectionConfig): CollectionConfig {
  if (collection.slug === 'notifications') return { ...collection, endpoints: [...(collection.endpoints || []), markReadEndpoint] }
  if (!told.has(collection.slug)) return collection
  const afterChange = [
    ...(collection.hooks?.afterChange ?? []),
    queueNotificationsAfterChange,
    ...(followsWhatItsWriterCreates.has(collection.slug) ? [followWhatYouWrite] : []),
  ]
  return { ...collection, hooks: { ...collection.hooks, afterChange } }
}

/**
 * Follow, notify, digest: knowledge items tell about their workflow moves (after commit, through
 * the job queue), writers follow what they write, the notification endpoints, and the tasks that
 * deliver notifications and send digests on schedule.
 */
export const withNotifications = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map(withNotificationHooks),
  endpoints: [...(config.endpoints ?? []), digestPreviewEndpoint, unsubscribeEndpoint],
  jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), ...notificationTasks] },
})
