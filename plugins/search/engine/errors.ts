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

/**
 * By name as well as by class: the Next bundle has its own copy of this module, so an error the
 * express host's engine throws is not an instance of the bundle's class.
 */
export const isSearchEngineUnavailable = (error: unknown): error is SearchEngineUnavailableError =>
  error instanceof SearchEngineUnavailableError || (error instanceof Error && error.name === 'SearchEngineUnavailableError')
