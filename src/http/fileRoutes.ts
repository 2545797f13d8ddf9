import type { RequestHandler } from 'express'
import type { CollectionSlug, Payload } from 'payload'

import { sendError } from './errors'

const fileRoute = /^\/api\/[a-z0-9-]+\/file\/([^?]*)$/

/**
 * A file route's name must be one plain file name: Payload would otherwise join `..%2F` or a NUL
 * byte into a path on disk and fail with a 500. Undefined when the path is no file route or the
 * name is fine; otherwise what is wrong.
 */
export function fileNameProblem(pathname: string): string | undefined {
  const raw = fileRoute.exec(pathname)?.[1]
  if (raw === undefined) return undefined
  let name: string
  try {
    name = decodeURIComponent(raw)
  } catch {
    return 'That is not a file name: it is not valid percent-encoding.'
  }
  if (name.length === 0 || name.length > 255 || name === '.' || name === '..' || /[/\\%\u0000-\u001f\u007f]/.test(name)) {
    return 'That is not a file name. Use the file address the API gives (the "url" of the file).'
  }
  return undefined
}

/**
 * A file route for a name no document has answers 404. Payload itself, for readers who may read
 * every file, looks on disk straight away and answers a missing file with a 500.
 */
export const unknownFilesAreMissing =
  (payload: Payload): RequestHandler =>
  async (req, res, next) => {
    const pathname = new URL(req.originalUrl, 'http://localhost').pathname
    const match = fileRoute.exec(pathname)
    const collection = match ? /^\/api\/([a-z0-9-]+)\/file\//.exec(pathname)?.[1] : undefined
    // A name that is no file name at all is refused with a 400 by the API itself.
    if (
      !match ||
      fileNameProblem(pathname) ||
      !collection ||
      !payload.collections[collection as CollectionSlug]?.config.upload ||
      (req.method !== 'GET' && req.method !== 'HEAD')
    )
      return next()
    try {
      const filename = decodeURIComponent(match[1]!)
      const found = await payload.db.findOne({ collection: collection as CollectionSlug, where: { filename: { equals: filename } } })
      if (found) return next()
      sendError(res, 404, 'There is no such file. Use the file address the API gives (the "url" of the file).')
    } catch (error) {
      next(error)
    }
  }
