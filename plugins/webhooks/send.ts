import http from 'node:http'
import https from 'node:https'
import { isIP } from 'node:net'

import { type Bilingual } from '../../lib/callersLanguage'
import { isInternalAddress, isLocalHostName, publicOnlyLookup } from '../../lib/internalAddress'

export type Attempt = { ok: boolean; responseCode: number | null; error: string | null; durationMs: number }

/** Why a URL cannot be a webhook's address (in both languages), or undefined when it can. */
export function urlProblem(value: unknown, allowPrivateHosts: boolean): Bilingual | undefined {
  if (typeof value !== 'string' || value.trim() === '')
    return { en: 'Give the address (http or https) to deliver to.', nl: 'Geef het adres (http of https) om naar te bezorgen.' }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return { en: 'Not a web address: give a full http or https URL.', nl: 'Geen webadres: geef een volledige http- of https-URL.' }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const scheme = url.protocol.replace(/:$/, '')
    return {
      en: `Only http and https addresses are allowed, not ${scheme}.`,
      nl: `Alleen http- en https-adressen zijn toegestaan, geen ${scheme}.`,
    }
  }
  if (url.username || url.password)
    return {
      en: 'Leave the user name and password out of the address; the signature proves who sends.',
      nl: 'Laat gebruikersnaam en wachtwoord uit het adres weg; de handtekening bewijst wie verstuurt.',
    }
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (!allowPrivateHosts && (isLocalHostName(host) || (isIP(host) !== 0 && isInternalAddress(host))))
    return {
      en: 'Internal addresses (loopback, private networks, link-local) are not allowed for webhooks.',
      nl: 'Interne adressen (loopback, privénetwerken, link-local) zijn niet toegestaan voor webhooks.',
    }
  return undefined
}

/**
 * POSTs one delivery and says how it went. A 2xx answer is a success; anything else (another
 * status, a refused or internal address, no answer within `timeoutMs`) is a failure to retry.
 * The receiver's answer is not read beyond its status.
 */
export function postDelivery(
  address: string,
  body: string,
  headers: Record<string, string>,
  { allowPrivateHosts, timeoutMs }: { allowPrivateHosts: boolean; timeoutMs: number },
): Promise<Attempt> {
  const started = performance.now()
  const done = (ok: boolean, responseCode: number | null, error: string | null): Attempt => ({
    durationMs: Math.round(performance.now() - started),
    error,
    ok,
    responseCode,
  })
  const problem = urlProblem(address, allowPrivateHosts)
  if (problem) return Promise.resolve(done(false, null, problem.en))
  const url = new URL(address)
  const client = url.protocol === 'https:' ? https : http
  return new Promise((resolve) => {
    const request = client.request(
      url,
      {
        headers: {
          ...headers,
          'content-length': Buffer.byteLength(body),
          'content-type': 'application/json',
          'user-agent': 'Weerbaar-Webhooks/1',
        },
        lookup: allowPrivateHosts ? undefined : publicOnlyLookup,
        method: 'POST',
        timeout: timeoutMs,
      },
      (response) => {
        response.resume()
        const code = response.statusCode ?? 0
        const ok = code >= 200 && code < 300
        resolve(done(ok, code, ok ? null : `The receiver answered ${code}.`))
      },
    )
    request.on('timeout', () => request.destroy(new Error(`No answer within ${timeoutMs} ms.`)))
    request.on('error', (error) => resolve(done(false, null, error.message)))
    request.end(body)
  })
}
