import type { Request } from 'express'

/** The most of a refused body still read (and thrown away) so the client gets to read the refusal. */
const drainCapBytes = 64 * 1024 * 1024
const drainTimeoutMs = 15_000

/**
 * Runs `answer` once the request body has been read to its end and thrown away. A client still
 * sending a body when the answer comes and the connection closes gets a broken pipe instead of
 * the answer; reading the rest first lets it read the 413. A body past the cap, or one that
 * trickles in, is cut off after all.
 */
export function afterDraining(req: Request, answer: () => void): void {
  if (req.complete || req.readableEnded) {
    answer()
    return
  }
  let seen = 0
  let answered = false
  const finish = () => {
    if (answered) return
    answered = true
    clearTimeout(timer)
    answer()
  }
  const timer = setTimeout(() => {
    finish()
    req.destroy()
  }, drainTimeoutMs)
  timer.unref()
  req.on('data', (chunk: Buffer) => {
    seen += chunk.length
    if (seen > drainCapBytes) {
      finish()
      req.destroy()
    }
  })
  req.once('end', finish)
  req.once('error', finish)
  req.resume()
}
