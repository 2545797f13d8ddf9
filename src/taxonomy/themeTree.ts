import type { Payload, PayloadRequest } from 'payload'

import { ThemeTree } from '../../domain/vocabulary'

const cacheKey = 'weerbaar:themeTree'

/**
 * The theme hierarchy as it is now. Themes are public and few; with a `req`, the tree is loaded
 * once for that request (a whole reindex shares one).
 */
export async function themeTreeOf(payload: Payload, req?: PayloadRequest): Promise<ThemeTree> {
  const cached = req?.context[cacheKey] as Promise<ThemeTree> | undefined
  if (cached) return cached
  const loading = payload
    .find({ collection: 'themes', depth: 0, limit: 0, pagination: false, req, select: { parent: true, slug: true } })
    .then(
      ({ docs }) =>
        new ThemeTree(
          docs.map((theme) => ({
            id: String(theme.id),
            parent: theme.parent ? String(typeof theme.parent === 'object' ? theme.parent.id : theme.parent) : null,
            slug: String(theme.slug),
          })),
        ),
    )
  if (req) req.context[cacheKey] = loading
  return loading
}
