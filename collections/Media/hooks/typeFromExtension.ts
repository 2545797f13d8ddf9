import type { CollectionBeforeOperationHook } from 'payload'

/** What browsers send when they do not know a file's type: Windows without Excel sends a CSV like this. */
const saysNothing = (type: string | undefined) => !type || type === 'application/octet-stream'

/**
 * Payload checks an upload's content and extension, but then stores the type the browser
 * claimed, and refuses `application/octet-stream` although the file is an allowed CSV or PDF. When
 * the browser says nothing useful, the type follows from the extension; Payload's content checks
 * (a PDF must be a PDF, an image an image) still run on it.
 */
export const typeFromExtension =
  (typesByExtension: Record<string, string>): CollectionBeforeOperationHook =>
  ({ args, req }) => {
    const file = req.file
    if (!file || !saysNothing(file.mimetype)) return args
    const extension = /\.([a-z0-9]+)$/i.exec(file.name ?? '')?.[1]?.toLowerCase()
    const type = extension ? typesByExtension[extension] : undefined
    if (type) file.mimetype = type
    return args
  }
