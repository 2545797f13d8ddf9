import type { Request as ExpressRequest } from 'express'

const languages = ['nl', 'en'] as const

/**
 * The interface language a request asks for before Payload reads it: the first of ours in
 * `Accept-Language` (the admin panel sends its own), Dutch otherwise, as Payload falls back.
 */
export function requestLanguage(req: ExpressRequest): (typeof languages)[number] {
  const wanted = (req.get('accept-language') ?? '').split(',').map((part) => part.split(';')[0]!.trim().toLowerCase().slice(0, 2))
  return wanted.map((code) => languages.find((language) => language === code)).find((language) => language !== undefined) ?? 'nl'
}
