import type { Config } from 'payload'

import { feedEndpoints } from './endpoints'

export { feedSlugs } from './publicItems'
export { feedPath } from './paths'

/** Atom feeds of public items, per collection, theme and organisation, for readers and partner sites. */
export const withFeeds = (config: Config): Config => ({ ...config, endpoints: [...(config.endpoints ?? []), ...feedEndpoints] })
