export type BodyProblem = { status: 400 | 415; message: string }

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

/** A JSON body that Payload would crash on rather than refuse: not JSON, or not an object. */
export function jsonProblem(body: Buffer): BodyProblem | undefined {
  if (body.length === 0) return undefined
  let value: unknown
  try {
    value = JSON.parse(body.toString('utf8'))
  } catch (error) {
    return { message: `The request body is not valid JSON (${(error as Error).message}). Send a JSON object.`, status: 400 }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { message: 'The request body must be a JSON object, e.g. {"title": "..."}.', status: 400 }
  }
  return undefined
}

/** A multipart body cut short or without its boundaries, which the form parser fails on. */
export function multipartProblem(contentType: string, body: Buffer): BodyProblem | undefined {
  const boundary = multipartType.exec(contentType)?.[2]
  const text = body.toString('latin1')
  if (!boundary || !text.includes(`--${boundary}`) || !text.includes(`--${boundary}--`)) {
    return {
      message:
        'The upload is not a complete multipart form. Send the file as multipart/form-data, with the boundary from the Content-Type header.',
      status: 400,
    }
  }
  return payloadPartProblem(text, boundary)
}

/** The form's `_payload` part (the document's fields, as Payload's admin panel sends them) must be a JSON object. */
function payloadPartProblem(text: string, boundary: string): BodyProblem | undefined {
  const named = /content-disposition:[^\r\n]*\bname="_payload"[^\r\n]*\r\n/i.exec(text)
  if (!named) return undefined
  const start = text.indexOf('\r\n\r\n', named.index)
  const end = text.indexOf(`\r\n--${boundary}`, start)
  if (start === -1 || end === -1) return undefined
  const part = Buffer.from(text.slice(start + 4, end), 'latin1')
  const problem = part.length === 0 ? { message: 'It is empty.', status: 400 as const } : jsonProblem(part)
  return problem
    ? { message: `The form field "_payload" must hold the document's fields as a JSON object. ${problem.message}`, status: 400 }
    : undefined
}

/** A GraphQL request the GraphQL handler fails on rather than refuses: no query text. */
export function graphqlProblem(body: Buffer): BodyProblem | undefined {
  if (body.length === 0)
    return { message: 'Send the GraphQL query as JSON: {"query": "{ Interventions { docs { title } } }"}.', status: 400 }
  const notJson = jsonProblem(body)
  if (notJson) return notJson
  const { query } = JSON.parse(body.toString('utf8')) as { query?: unknown }
  if (typeof query !== 'string')
    return { message: 'Send the GraphQL query as text: {"query": "{ Interventions { docs { title } } }"}.', status: 400 }
  return undefined
}
