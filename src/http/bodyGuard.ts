export type BodyProblem = { status: 400 | 413 | 415; message: string }

const jsonType = /^application\/json\s*(;\s*charset=utf-?8\s*)?$/i
const multipartType = /^multipart\/form-data\s*;.*boundary=("?)([^";]+)\1/i

/** What kind of body a request says it sends, and whether this API takes that kind there. */
export function contentProblem(contentType: string | undefined, { uploads }: { uploads: boolean }): BodyProblem | undefined {
  if (!contentType) return undefined
  if (jsonType.test(contentType)) return undefined
  if (uploads && multipartType.test(contentType)) return undefined
  return {
    message: `Content-Type "${contentType.slice(0, 80)}" is not accepted here. Send JSON ("Content-Type: application/json")${uploads ? ', or files as multipart/form-data with a boundary' : ''}.`,
    status: 415,
  }
}

type JsonObject = Record<string, unknown>

/** A JSON body as an object, or why Payload would crash on it rather than refuse it: not JSON, or not an object. */
export function jsonObjectIn(body: Buffer): { value: JsonObject } | BodyProblem {
  if (body.length === 0) return { value: {} }
  let value: unknown
  try {
    value = JSON.parse(body.toString('utf8'))
  } catch (error) {
    return { message: `The request body is not valid JSON (${(error as Error).message}). Send a JSON object.`, status: 400 }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { message: 'The request body must be a JSON object, e.g. {"title": "..."}.', status: 400 }
  }
  return { value: value as JsonObject }
}

export const isBodyProblem = (checked: object): checked is BodyProblem => 'status' in checked

/**
 * A multipart form and the document in its `_payload` part (the fields, as Payload's admin panel
 * sends them), or why the form parser would fail on it: cut short, without its boundaries, a
 * `_payload` that is not a JSON object, or one larger than a document may be.
 */
export function multipartFormIn(
  contentType: string,
  body: Buffer,
  maxDocumentBytes: number,
): { value: { document?: JsonObject } } | BodyProblem {
  const boundary = multipartType.exec(contentType)?.[2]
  const text = body.toString('latin1')
  if (!boundary || !text.includes(`--${boundary}`) || !text.includes(`--${boundary}--`)) {
    return {
      message:
        'The upload is not a complete multipart form. Send the file as multipart/form-data, with the boundary from the Content-Type header.',
      status: 400,
    }
  }
  const named = /content-disposition:[^\r\n]*\bname="_payload"[^\r\n]*\r\n/i.exec(text)
  const start = named ? text.indexOf('\r\n\r\n', named.index) : -1
  const end = start === -1 ? -1 : text.indexOf(`\r\n--${boundary}`, start)
  if (start === -1 || end === -1) return { value: {} }
  const part = Buffer.from(text.slice(start + 4, end), 'latin1')
  if (part.length > maxDocumentBytes) return documentTooLarge(maxDocumentBytes)
  const parsed = part.length === 0 ? { message: 'It is empty.', status: 400 as const } : jsonObjectIn(part)
  return isBodyProblem(parsed)
    ? { message: `The form field "_payload" must hold the document's fields as a JSON object. ${parsed.message}`, status: 400 }
    : { value: { document: parsed.value } }
}

/** A document larger than any within the text limits: refused before it is parsed. */
export const documentTooLarge = (maxBytes: number): BodyProblem => ({
  message: `The document is larger than ${Math.round(maxBytes / 1024)} KiB, more than its text limits allow. Shorten its texts, or attach long material as a file.`,
  status: 413,
})

/** A GraphQL request as its parts, or why the GraphQL handler would fail on it rather than refuse it: no query text. */
export function graphqlRequestIn(body: Buffer): { value: { query: string; variables?: unknown; operationName?: unknown } } | BodyProblem {
  if (body.length === 0)
    return { message: 'Send the GraphQL query as JSON: {"query": "{ Interventions { docs { title } } }"}.', status: 400 }
  const parsed = jsonObjectIn(body)
  if (isBodyProblem(parsed)) return parsed
  const { operationName, query, variables } = parsed.value
  if (typeof query !== 'string')
    return { message: 'Send the GraphQL query as text: {"query": "{ Interventions { docs { title } } }"}.', status: 400 }
  return { value: { operationName, query, variables } }
}
