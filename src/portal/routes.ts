import { portalSlugOfSection, type PortalSlug } from '../../domain/knowledge'

export { itemHref } from '../portalAddresses'

/** The collection whose pages live under a path's first segment (`goede-praktijken`). */
export const collectionOfSection = (section: string): PortalSlug | undefined => portalSlugOfSection(section)
