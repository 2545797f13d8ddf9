import { LRUCache } from 'lru-cache'

import { entityTag } from './conditionalGet'

/** An HTTP answer as kept: status, headers, the whole body and its entity tag (its own, or one made from the body). */
export type KeptAnswer = {
  status: number
  headers: Array<[string, string]>
  body: Buffer
  etag: string
  /** The body compressed once, the first time a client that accepts gzip asks for it. */
  gzipped?: Promise<Buffer>
}

export type AnswerCacheOptions = {
  /** The most the kept bodies may take together. */
  maxBytes: number
  /** A larger answer is given out but not kept. */
  maxAnswerBytes: number
  /** Whether an answer may be kept at all (its status, type and headers). */
  keepable: (response: Response) => boolean
}

export type CacheLookup = {
  key: string
  /**
   * What the data the answer is made from reads as now, taken before the answer is made. An
   * answer is given out only while its marker still reads the same.
   */
  marker: string
}

/** A kept answer (`hit`, or `stored` when this request made it), or the made one that could not be kept. */
export type CacheOutcome = { kept: KeptAnswer; from: 'hit' | 'stored' } | { made: Response }

/**
 * Answers kept for exactly as long as the data they were made from is unchanged. Each is kept
 * under the marker read before it was made; once the marker reads differently, every kept
 * answer is dropped at once, so nothing made before a change is given out after it. Requests
 * for the same key that arrive while its answer is being made wait for that one.
 */
export class AnswerCache {
  private readonly answers: LRUCache<string, KeptAnswer>
  private readonly making = new Map<string, Promise<KeptAnswer | undefined>>()
  private markerOfKept: string | undefined

  constructor(private readonly options: AnswerCacheOptions) {
    this.answers = new LRUCache<string, KeptAnswer>({
      maxSize: options.maxBytes,
      sizeCalculation: (answer) => Math.max(1, answer.body.length),
    })
  }

  async answer({ key, marker }: CacheLookup, make: () => Promise<Response>): Promise<CacheOutcome> {
    if (marker !== this.markerOfKept) {
      this.answers.clear()
      this.making.clear()
      this.markerOfKept = marker
    }
    const kept = this.answers.get(key)
    if (kept) return { from: 'hit', kept }
    const inProgress = this.making.get(key)
    if (inProgress) {
      // A failure is the maker's own: this request makes its answer itself.
      const shared = await inProgress.catch(() => undefined)
      if (shared) return { from: 'hit', kept: shared }
      return { made: await make() }
    }
    let made: Response | undefined
    const keeping = (async () => {
      made = await make()
      if (!this.options.keepable(made)) return undefined
      const body = Buffer.from(await made.arrayBuffer())
      if (body.length > this.options.maxAnswerBytes) {
        made = new Response(new Uint8Array(body), made)
        return undefined
      }
      const headers = [...made.headers].filter(([name]) => name !== 'date' && name !== 'set-cookie')
      return { body, etag: made.headers.get('etag') ?? `W/${entityTag(body)}`, headers, status: made.status }
    })()
    this.making.set(key, keeping)
    try {
      const answer = await keeping
      // Made from data older than what the cache now keeps: given to this request only.
      if (answer && marker === this.markerOfKept) this.answers.set(key, answer)
      return answer ? { from: 'stored', kept: answer } : { made: made! }
    } finally {
      if (this.making.get(key) === keeping) this.making.delete(key)
    }
  }
}
