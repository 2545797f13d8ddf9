import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** The project root: `npm start`, the tests and the Next build all run from here. */
export const projectRoot = process.cwd()

export const isProduction = process.env.NODE_ENV === 'production'

export type DatabaseKind = 'sqlite' | 'mongodb'

export const dataDir = path.resolve(projectRoot, process.env.DATA_DIR || 'data')

export function databaseUri(): string {
  return process.env.DATABASE_URI || `file:${path.join(dataDir, 'weerbaar.db')}`
}

/** DATABASE_CONNECT_ATTEMPTS: how often the server tries to reach the database at start (default: until it answers). */
export function connectAttempts(): number {
  const raw = process.env.DATABASE_CONNECT_ATTEMPTS
  if (!raw) return Number.POSITIVE_INFINITY
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1) throw new Error(`DATABASE_CONNECT_ATTEMPTS must be a whole number from 1 (got "${raw}").`)
  return value
}

/** Only the default database lives in a directory this app may create; a configured one is mounted by someone else. */
export const isDefaultDatabase = () => !process.env.DATABASE_URI

export function databaseKind(uri = databaseUri()): DatabaseKind {
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  if (uri.startsWith('file:')) return 'sqlite'
  throw new Error(
    `DATABASE_URI must start with "mongodb://", "mongodb+srv://" or "file:" (got "${uri.split(':')[0]}:..."). ` +
      'Leave it unset to use the SQLite file in ./data.',
  )
}

export function mediaDir(): string {
  return path.resolve(projectRoot, process.env.MEDIA_DIR || path.join(dataDir, 'media'))
}

/**
 * A fresh clone must work without configuration, so without PAYLOAD_SECRET we keep a random
 * secret in the data directory. Several instances behind a load balancer must share one secret,
 * which is why docker compose requires PAYLOAD_SECRET.
 */
export function payloadSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = path.join(dataDir, '.payload-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(dataDir, { recursive: true })
    const secret = randomBytes(32).toString('hex')
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' })
    return secret
  }
}

export function port(): number {
  const raw = process.env.PORT ?? '3000'
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`PORT must be a whole number between 0 and 65535 (got "${raw}").`)
  }
  return value
}

export function serverUrl(): string {
  return process.env.SERVER_URL || ''
}

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * Refuses a SERVER_URL people could not work with: not an http(s) address of a host, with a
 * path, or (in production) http:// on a host other than localhost, where browsers drop the
 * Secure sign-in cookie, so nobody could sign in.
 */
export function checkServerUrl(): void {
  const raw = serverUrl()
  if (!raw) return
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`SERVER_URL must be the address people use, such as https://weerbaar.example.nl (got "${raw}").`)
  }
  if (raw.endsWith('/'))
    throw new Error(
      `SERVER_URL must not end in "/" (got "${raw}"): write it as https://weerbaar.example.nl, which the proxy also serves in full.`,
    )
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SERVER_URL must start with https:// or http:// (got "${raw}").`)
  if (url.pathname.replace(/\/$/, '') !== '' || url.search || url.hash)
    throw new Error(
      `SERVER_URL must be an address without a path, such as https://weerbaar.example.nl (got "${raw}"): Weerbaar is served from the root.`,
    )
  if (isProduction && url.protocol === 'http:' && !localHosts.has(url.hostname))
    throw new Error(
      `SERVER_URL is http://${url.host}: browsers drop the Secure sign-in cookie on http:// anywhere but localhost, so nobody could sign in. ` +
        'Use https:// (with docker compose the proxy gets a certificate itself).',
    )
}

/**
 * The demo content and accounts: SEED_DEMO=true or false; unset, only on a try-out, meaning the
 * SQLite default with no SERVER_URL, which nobody else can reach by configuration.
 */
export function shouldSeedDemo(): boolean {
  if (process.env.SEED_DEMO !== undefined && process.env.SEED_DEMO !== '') return process.env.SEED_DEMO === 'true'
  return databaseKind() === 'sqlite' && !serverUrl()
}

export const publicDemoPassword = 'weerbaar-demo'

/**
 * The password of the demo accounts: SEED_PASSWORD; unset, the public one on a try-out (no
 * SERVER_URL) and a generated one anywhere else, which the seed prints once.
 */
export function demoPassword(): { password: string; generated: boolean } {
  const chosen = process.env.SEED_PASSWORD
  if (chosen) {
    if (chosen === publicDemoPassword && serverUrl())
      throw new Error(
        `SEED_PASSWORD "${publicDemoPassword}" is published in the README, and this workspace has a SERVER_URL others can reach. ` +
          'Leave SEED_PASSWORD empty to have a password generated and printed once, or choose your own.',
      )
    return { generated: false, password: chosen }
  }
  if (!serverUrl()) return { generated: false, password: publicDemoPassword }
  return { generated: true, password: randomBytes(18).toString('base64url') }
}

/**
 * BACKGROUND_WORK: whether this process may do the background work (apply search index changes,
 * send mail, reconcile the index; one process at a time holds it, see src/background). `off` for
 * app replicas beside a worker service.
 */
export function backgroundWorkHere(): boolean {
  const raw = process.env.BACKGROUND_WORK || 'on'
  if (raw !== 'on' && raw !== 'off') throw new Error(`BACKGROUND_WORK must be "on" or "off" (got "${raw}").`)
  return raw === 'on'
}

/** WORKER_LEASE_SECONDS: how long the background work stays with a process that stopped renewing its lease. */
export function workerLeaseMs(): number {
  const raw = process.env.WORKER_LEASE_SECONDS || '30'
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 3 || value > 600)
    throw new Error(`WORKER_LEASE_SECONDS must be a whole number from 3 to 600 (got "${raw}").`)
  return value * 1000
}

/**
 * WORKER_IDLE_CEILING_SECONDS: the longest the background work waits between looks for queued
 * work while it finds none (each empty look doubles the wait up to this). Work queued in the
 * process that does the work wakes it at once; this bounds how late work another process queued
 * (an app replica beside the worker) is picked up.
 */
export function workerIdleCeilingMs(): number {
  const raw = process.env.WORKER_IDLE_CEILING_SECONDS || '4'
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1 || value > 3600)
    throw new Error(`WORKER_IDLE_CEILING_SECONDS must be a whole number from 1 to 3600 (got "${raw}").`)
  return value * 1000
}

/** How long a stopping process lets requests in flight finish before it cuts their connections. */
export const shutdownGraceMs = 10_000

export const maxJsonBodyBytes = 2 * 1024 * 1024
/**
 * A document sent to a collection: room for its text budget (100,000 characters, see
 * textLimits) with rich-text markup and escapes, and no more, so a larger one costs no parsing.
 */
export const maxDocumentBytes = 1024 * 1024
export const maxUploadBytes = Number(process.env.MAX_UPLOAD_MB || 25) * 1024 * 1024

const listOf = (raw: string | undefined) =>
  (raw ?? '')
    .split(',')
    .map((each) => each.trim().replace(/\/$/, ''))
    .filter(Boolean)

/** Other sites whose pages may call this API from a browser (CORS_ORIGINS, comma-separated). */
export function corsOrigins(): string[] {
  return listOf(process.env.CORS_ORIGINS)
}

/**
 * The origins whose pages may use a signed-in session cookie (Payload's CSRF allowlist): this
 * server's own address and the CORS origins. Without SERVER_URL, the local addresses on PORT.
 */
export function trustedOrigins(): string[] {
  const own = serverUrl() ? [serverUrl().replace(/\/$/, '')] : [`http://localhost:${port()}`, `http://127.0.0.1:${port()}`]
  return [...new Set([...own, ...corsOrigins()])]
}

/** Sign-in attempts allowed per client address per window (LOGIN_ATTEMPTS_PER_WINDOW). */
export function loginAttemptsPerWindow(): number {
  const value = Number(process.env.LOGIN_ATTEMPTS_PER_WINDOW || 30)
  return Number.isInteger(value) && value > 0 ? value : 30
}

export const loginAttemptWindowMs = 15 * 60 * 1000

/**
 * Meilisearch from MEILI_HOST, with its key from MEILI_API_KEY or the file MEILI_API_KEY_FILE
 * (where docker compose's key service writes it), and MEILI_INDEX to share one server between
 * workspaces; MEILI_HOST unset: the embedded engine.
 */
export function meilisearchSettings(): { host: string; apiKey?: string; index?: string } | undefined {
  const host = process.env.MEILI_HOST
  if (!host) return undefined
  const keyFile = process.env.MEILI_API_KEY_FILE
  let apiKey = process.env.MEILI_API_KEY || undefined
  if (!apiKey && keyFile) {
    try {
      apiKey = fs.readFileSync(keyFile, 'utf8').trim() || undefined
    } catch (error) {
      throw new Error(`MEILI_API_KEY_FILE names ${keyFile}, which cannot be read (${(error as Error).message}).`)
    }
    if (!apiKey) throw new Error(`MEILI_API_KEY_FILE names ${keyFile}, which is empty.`)
  }
  return { apiKey, host, index: process.env.MEILI_INDEX || undefined }
}

/** The index name the Meilisearch-compatible search API answers to: the Meilisearch index's own (MEILI_INDEX). */
export const searchIndexName = (): string => process.env.MEILI_INDEX || 'weerbaar'

/** Browsers accept Secure cookies from http://localhost, so production is Secure everywhere. */
export const secureCookies = (): boolean => isProduction || serverUrl().startsWith('https://')

/**
 * What one client may spend on the API per minute (API_BUDGET_PER_MINUTE), in the cost units of
 * `src/http/queryGuard.ts` and `src/graphql/cost.ts`: a list of 10 items at depth 2 costs 31, a
 * page of 100 at depth 1 costs 201. 0 switches the budget off.
 */
export function apiBudgetPerMinute(): number {
  const raw = process.env.API_BUDGET_PER_MINUTE
  if (raw === undefined || raw === '') return 60_000
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) throw new Error(`API_BUDGET_PER_MINUTE must be a whole number from 0 (got "${raw}").`)
  return value
}

/**
 * The address people and partner systems use (SERVER_URL), for links in e-mails and exports:
 * never taken from a request's Host header, which the sender chooses.
 */
export function publicUrl(): string {
  return (serverUrl() || `http://localhost:${port()}`).replace(/\/$/, '')
}

/** Where mail goes: SMTP_URL (smtp://user:pass@host:587), or `.eml` files in DATA_DIR/outbox when unset. */
export function mailSettings(): { smtpUrl?: string; from: { name: string; address: string }; outbox: string } {
  const raw = process.env.MAIL_FROM || 'Weerbaar <noreply@localhost>'
  const match = /^\s*(.*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(raw)
  const from = match
    ? { address: match[2]!, name: match[1]!.replace(/^"|"$/g, '') || 'Weerbaar' }
    : { address: raw.trim(), name: 'Weerbaar' }
  if (!/^[^@\s]+@[^@\s]+$/.test(from.address))
    throw new Error(`MAIL_FROM must be an e-mail address, optionally with a name: "Weerbaar <noreply@example.nl>" (got "${raw}").`)
  return { from, outbox: path.join(dataDir, 'outbox'), smtpUrl: process.env.SMTP_URL || undefined }
}

/**
 * How many mails the worker hands to the mail server per minute (MAIL_RATE_PER_MINUTE): a digest
 * to thousands goes out over minutes instead of tripping the relay's limits. `0`: no limit.
 */
export function mailRatePerMinute(): number {
  const raw = process.env.MAIL_RATE_PER_MINUTE
  if (raw === undefined || raw === '') return 600
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) throw new Error(`MAIL_RATE_PER_MINUTE must be a whole number from 0 (got "${raw}").`)
  return value
}

/**
 * Whether webhooks may deliver to internal addresses (WEBHOOK_ALLOW_PRIVATE_HOSTS): refused in
 * production unless set, so an admin's webhook cannot reach the database or the search engine
 * beside the app; allowed in development, where receivers run on localhost.
 */
export function webhooksMayReachPrivateHosts(): boolean {
  const raw = process.env.WEBHOOK_ALLOW_PRIVATE_HOSTS
  if (raw === undefined || raw === '') return !isProduction
  return raw === 'true' || raw === '1'
}
