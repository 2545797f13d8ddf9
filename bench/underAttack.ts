import { fork } from 'node:child_process'
import { once } from 'node:events'
import http from 'node:http'
import path from 'node:path'

const seconds = Number(process.env.BENCH_ATTACK_SECONDS || 6)
/** Requests the attacker keeps in flight, and its pause after each answer: one script in a loop, over a network. */
const attackersInFlight = Number(process.env.BENCH_ATTACKERS || 1)
const attackPauseMs = Number(process.env.BENCH_ATTACK_PAUSE_MS ?? 20)
const probePauseMs = 10

type Call = { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }
type Attack = { label: string; call: (context: AttackContext) => Call }
type AttackContext = { memberToken: string; draftId: string }

const graphqlCall = (query: string): Call => ({
  body: JSON.stringify({ query }),
  headers: { 'content-type': 'application/json' },
  method: 'POST',
  path: '/api/graphql',
})

function fragmentExplosion(depth: number): string {
  let fragments = `fragment F${depth} on Intervention { id title }\n`
  for (let level = depth - 1; level >= 1; level -= 1)
    fragments += `fragment F${level} on Intervention { a: title ...F${level + 1} b: summary ...F${level + 1} }\n`
  return `{ Interventions(limit: 1) { docs { ...F1 } } }\n${fragments}`
}

const multipartWithBrokenPayload = (): Call => {
  const boundary = 'bench'
  return {
    body: `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{not json\r\n--${boundary}--\r\n`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    method: 'POST',
    path: '/api/interventions',
  }
}

/** A member saving a draft whose summary is a sentence repeated that many times (13 bytes each). */
const draftWithText =
  (repeats: number) =>
  ({ draftId, memberToken }: AttackContext): Call => ({
    body: JSON.stringify({ summary: 'Lange tekst. '.repeat(repeats) }),
    headers: { authorization: `JWT ${memberToken}`, 'content-type': 'application/json' },
    method: 'PATCH',
    path: `/api/knowledge-cases/${draftId}?draft=true`,
  })

/** Each attack of issue 12 as it was measured then: one request, sent over and over. */
const attacks: Attack[] = [
  { call: () => ({ path: '/api/interventions?limit=10&depth=1' }), label: 'no attack: a page of 10 cards (reference)' },
  {
    call: () => graphqlCall(`{ ${Array.from({ length: 150 }, (_, i) => `a${i}: Interventions(limit: 100) { totalDocs }`).join(' ')} }`),
    label: 'GraphQL: 150 aliases of a 100-item list',
  },
  {
    call: () => graphqlCall(`{ ${Array.from({ length: 200 }, (_, i) => `a${i}: Interventions { docs { id title } }`).join(' ')} }`),
    label: 'GraphQL: 200 aliases of a list with fields',
  },
  { call: () => graphqlCall(fragmentExplosion(22)), label: 'GraphQL: 22 fragments, each spread twice' },
  { call: draftWithText(150_000), label: 'draft with 1.9 MB of text (member)' },
  { call: draftWithText(80_000), label: 'draft with 1 MB of text, just under the cap' },
  {
    call: ({ draftId, memberToken }) => ({
      headers: { authorization: `JWT ${memberToken}` },
      method: 'POST',
      path: `/api/knowledge-cases/${draftId}/submit`,
    }),
    label: 'submit a full case: privacy scan (member)',
  },
  {
    call: () => ({
      body: JSON.stringify({ email: `onbekend-${Math.random().toString(36).slice(2)}@weerbaar.test` }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
      path: '/api/users/forgot-password',
    }),
    label: 'password reset for unknown addresses',
  },
  {
    call: () => ({
      body: JSON.stringify({ email: 'member.leiden@weerbaar.test' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
      path: '/api/users/forgot-password',
    }),
    label: 'password reset for a known address',
  },
  {
    call: () => ({
      body: JSON.stringify({ email: 'member.leiden@weerbaar.test', password: 'geraden-wachtwoord' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
      path: '/api/users/login',
    }),
    label: 'sign-in with wrong passwords',
  },
  { call: multipartWithBrokenPayload, label: 'multipart form with a broken _payload' },
  {
    call: () => ({ path: `/api/interventions?where[title][like]=${encodeURIComponent('woord '.repeat(1000))}` }),
    label: 'like filter of 1,000 words',
  },
  { call: () => ({ path: '/api/interventions?where[related][exists]=true' }), label: 'exists on a relation' },
  { call: () => ({ path: '/api/media/file/..%252F..%252Fetc%252Fpasswd' }), label: 'file route with an encoded path' },
  { call: () => ({ headers: { authorization: `Bearer wb_${'x'.repeat(43)}` }, path: '/api/interventions' }), label: 'unknown API key' },
]

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 })

/** One request; resolves with its status and how long it took, never rejects. */
function send(base: URL, call: Call): Promise<{ status: number; ms: number }> {
  const started = performance.now()
  return new Promise((resolve) => {
    const request = http.request(
      { agent, headers: call.headers, host: base.hostname, method: call.method ?? 'GET', path: call.path, port: base.port },
      (response) => {
        response.resume()
        response.on('end', () => resolve({ ms: performance.now() - started, status: response.statusCode ?? 0 }))
      },
    )
    request.on('error', () => resolve({ ms: performance.now() - started, status: 0 }))
    request.end(call.body)
  })
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

/** `/api/health` one after another for the phase, as a load balancer or a colleague's request would meet the server. */
async function probeHealth(base: URL, until: number): Promise<number[]> {
  const times: number[] = []
  while (Date.now() < until) {
    times.push((await send(base, { path: '/api/health' })).ms)
    await new Promise((resolve) => setTimeout(resolve, probePauseMs))
  }
  return times.sort((a, b) => a - b)
}

async function attackUntil(base: URL, until: number, call: () => Call) {
  const statuses = new Map<number, number>()
  const times: number[] = []
  const loop = async () => {
    while (Date.now() < until) {
      const { ms, status } = await send(base, call())
      statuses.set(status, (statuses.get(status) ?? 0) + 1)
      times.push(ms)
      if (attackPauseMs > 0) await new Promise((resolve) => setTimeout(resolve, attackPauseMs))
    }
  }
  await Promise.all(Array.from({ length: attackersInFlight }, loop))
  return { statuses, times: times.sort((a, b) => a - b) }
}

async function signIn(base: URL, email: string): Promise<string> {
  const response = await fetch(new URL('/api/users/login', base), {
    body: JSON.stringify({ email, password: process.env.SEED_PASSWORD || 'weerbaar-demo' }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  if (!response.ok) throw new Error(`bench: could not sign in as ${email}: ${response.status}`)
  return ((await response.json()) as { token: string }).token
}

/** Text with something for every privacy detector, up to `chars` characters. */
const suspiciousText = (chars: number) =>
  'Mevrouw Jansen (BSN 111222333, 06-12345678, j.jansen@example.nl, NL91ABNA0417164300) woont op Dorpsstraat 12, 2511 AB. '
    .repeat(Math.ceil(chars / 120))
    .slice(0, chars)

/** A workshop case of the member's own, filled to its limits with text the privacy scan must read. */
async function draftCase(base: URL, memberToken: string): Promise<string> {
  const response = await fetch(new URL('/api/knowledge-cases', base), {
    body: JSON.stringify({
      bottleneck: suspiciousText(9_900),
      summary: 'Een casus voor de bench.',
      title: 'Casus voor de bench',
      vignette: suspiciousText(9_900),
      visibility: 'partners',
    }),
    headers: { authorization: `JWT ${memberToken}`, 'content-type': 'application/json' },
    method: 'POST',
  })
  const body = (await response.json()) as { doc?: { id: string }; errors?: unknown }
  if (!body.doc) throw new Error(`bench: could not create a workshop case: ${JSON.stringify(body.errors)}`)
  return body.doc.id
}

/**
 * `/api/health` p50 and p99 while each attack of issue 12 runs next to it, against the same probe
 * with nothing else going on, measured in one run on a server in its own process. A page of ten
 * cards sent the same way is the reference: what ordinary traffic does to the same figures. The
 * per-client budget is off here (API_BUDGET_PER_MINUTE=0), so what keeps the server answering is
 * each request's own limits, not the budget's 429s. BENCH_ATTACK_SECONDS, BENCH_ATTACKERS,
 * BENCH_ATTACK_PAUSE_MS and BENCH_ATTACKS (a part of a label) change the run.
 */
export async function benchUnderAttack(dataDir: string) {
  const child = fork(path.join(import.meta.dirname, 'attackedServer.ts'), {
    env: { ...process.env, API_BUDGET_PER_MINUTE: '0', DATA_DIR: dataDir, LOG_LEVEL: 'error', NODE_ENV: 'production', PORT: '0' },
    execArgv: ['--conditions=production', '--import', 'tsx', ...(process.env.BENCH_SERVER_NODE_OPTIONS?.split(' ').filter(Boolean) ?? [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const [{ url }] = (await once(child, 'message')) as [{ url: string }]
  const base = new URL(url.replace('localhost', '127.0.0.1'))
  try {
    const memberToken = await signIn(base, 'member.denhaag@weerbaar.test')
    const context: AttackContext = { draftId: await draftCase(base, memberToken), memberToken }

    const quietUntil = Date.now() + seconds * 1000
    const quiet = await probeHealth(base, quietUntil)
    const baselineP99 = percentile(quiet, 99)
    const rows: string[] = []
    const column = (value: string | number, width: number) => String(value).padStart(width)
    const row = (label: string, requests: string, statuses: string, attackP50: string, health: number[]) =>
      `${label.padEnd(44)}${column(requests, 8)}  ${statuses.padEnd(16)}${column(attackP50, 12)}${column(percentile(health, 50).toFixed(1), 13)}${column(percentile(health, 99).toFixed(1), 13)}${column((percentile(health, 99) / baselineP99).toFixed(2), 12)}`
    rows.push(row('nothing (baseline)', '-', '-', '-', quiet))
    const only = process.env.BENCH_ATTACKS?.toLowerCase()
    for (const attack of attacks.filter(({ label }) => !only || label.toLowerCase().includes(only))) {
      const until = Date.now() + seconds * 1000
      const [health, attacked] = await Promise.all([probeHealth(base, until), attackUntil(base, until, () => attack.call(context))])
      const statuses = [...attacked.statuses.entries()].map(([status, count]) => `${status}×${count}`).join(' ')
      rows.push(row(attack.label, String(attacked.times.length), statuses, percentile(attacked.times, 50).toFixed(1), health))
    }
    console.log(
      `\nUnder attack: /api/health probed one after another (${probePauseMs} ms apart) while an attacker keeps ${attackersInFlight} request(s) in flight, ${attackPauseMs} ms between an answer and its next request, ${seconds} s each; per-client budget off`,
    )
    console.log(
      `${'attack'.padEnd(44)}${'sent'.padStart(8)}  ${'answers'.padEnd(16)}${'attack p50'.padStart(12)}${'health p50'.padStart(13)}${'health p99'.padStart(13)}${'p99 x base'.padStart(12)}`,
    )
    for (const line of rows) console.log(line)
  } finally {
    child.disconnect()
    await once(child, 'exit')
  }
}
