import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'

export class BodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`Request body is larger than ${Math.round(limitBytes / 1024)} KiB.`)
  }
}

const limitTo = (maxBytes: number) => {
  let seen = 0
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length
      if (seen > maxBytes) callback(new BodyTooLargeError(maxBytes))
      else callback(null, chunk)
    },
  })
}

/**
 * Reads a whole request body, refusing it once it grows past `maxBytes`. The stream is left
 * flowing then (not destroyed), so the rest can be thrown away before the refusal is sent.
 */
export function readBody(req: ExpressRequest, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let refused = false
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (refused) return
      if (size > maxBytes) {
        refused = true
        chunks.length = 0
        req.off('end', onEnd)
        reject(new BodyTooLargeError(maxBytes))
        return
      }
      chunks.push(chunk)
    }
    const onEnd = () => {
      req.off('data', onData)
      resolve(Buffer.concat(chunks))
    }
    req.on('data', onData)
    req.once('end', onEnd)
    req.once('error', reject)
  })
}

/**
 * Turns an express request into the Fetch API request Payload's handlers take. The body is
 * streamed, or given when it was already read (to be checked first). `asGet`: the request is a
 * POST that stands for a GET with this query string, and is handed on as that GET.
 */
export function toWebRequest(req: ExpressRequest, maxBodyBytes: number, { asGet, body }: { asGet?: string; body?: Buffer }): Request {
  const url = new URL(req.originalUrl, `${req.protocol}://${req.get('host') || 'localhost'}`)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) value.forEach((each) => headers.append(name, each))
    else headers.set(name, value)
  }
  // Payload's hooks (the audit log) record the id the request is logged under.
  if (req.id) headers.set('x-request-id', req.id)
  if (asGet !== undefined) {
    url.search = asGet
    for (const name of ['content-type', 'content-length', 'x-payload-http-method-override', 'x-http-method-override']) headers.delete(name)
    return new Request(url, { headers, method: 'GET' })
  }
  const init: RequestInit & { duplex?: 'half' } = { headers, method: req.method }
  if (body) {
    init.body = new Uint8Array(body)
  } else if (req.method !== 'GET' && req.method !== 'HEAD') {
    const limited = req.pipe(limitTo(maxBodyBytes))
    req.on('error', (error) => limited.destroy(error))
    init.body = Readable.toWeb(limited) as ReadableStream
    init.duplex = 'half'
  }
  return new Request(url, init)
}

/** Writes a Fetch API response to express; files are streamed, they can be large. */
export async function sendWebResponse(res: ExpressResponse, response: Response): Promise<void> {
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  // API answers are small JSON: one buffer beats a web-stream pipeline by a wide margin.
  if (response.headers.get('content-type')?.includes('json')) {
    res.end(Buffer.from(await response.arrayBuffer()))
    return
  }
  await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), res)
}
