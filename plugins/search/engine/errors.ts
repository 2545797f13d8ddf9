/** The engine could not be reached or did not answer in time: retry later, queue writes. */
export class SearchEngineUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'SearchEngineUnavailableError'
  }
}

/** The engine answered, but refused the request: a bug or a misconfiguration, not a blip. */
export class SearchEngineRequestError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'SearchEngineRequestError'
  }
}
