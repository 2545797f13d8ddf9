import autocannon from 'autocannon'
import fs from 'node:fs'
import path from 'node:path'

import { login } from '../test/helpers/api'
import { startServer } from '../test/helpers/server'

/**
 * The portal's pages as partners read them: home, search, the interventions matrix and an
 * intervention card, each at 20 concurrent signed-in readers for BENCH_PORTAL_SECONDS (5) of steady
 * state, next to the floor: a file of about the same size that Next built and serves as it is,
 * through the same express server and Next handler, without rendering or data.
 * The server runs as `npm start` runs it (production build, NODE_ENV=production) in a process of
 * its own on a fresh seeded SQLite database, so the load generator does not share its CPU;
 * `npm run bench` builds the portal first.
 * BENCH_PORTAL_PAGES=<part of a label> measures only those pages and the floor;
 * BENCH_PORTAL_PROFILE=<directory> has the server write a V8 CPU profile there, and windows.json
 * with each page's time under load on the same clock as the profile's samples (microseconds).
 */
const seconds = Number(process.env.BENCH_PORTAL_SECONDS || 5)
const connections = 20
const warmups = 5
/** How long the connections may take to get their first answers before the run gives up. */
const rampLimitSeconds = 60
const only = process.env.BENCH_PORTAL_PAGES
const profileDir = process.env.BENCH_PORTAL_PROFILE ? path.resolve(process.env.BENCH_PORTAL_PROFILE) : undefined

/** A page and a text it shows only when it rendered what it is about, so a fast error page is never measured. */
type Page = { label: string; path: string; shows: string }

type Measured = {
  label: string
  bytes: number
  rampMs: number
  perSecond: number
  p50: number
  p95: number
  p99: number
  errors: number
  /** The server's CPU time (all its threads) per answer in the steady state: what a page costs, however busy the machine. */
  cpuMs?: number
  /** When the steady state began and ended, in microseconds of the monotonic clock a CPU profile uses. */
  window: { from: number; to: number }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
const microseconds = () => Number(process.hrtime.bigint() / 1000n)

/** CPU milliseconds a process has used, user and system (Linux: /proc, in clock ticks of 10 ms); undefined elsewhere. */
function cpuMsOf(pid: number | undefined): number | undefined {
  try {
    // The fields after the parenthesised command name; utime and stime are the 14th and 15th of the whole line.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return undefined
  }
}

/**
 * `connections` readers on `path`, steady state only, for `seconds`. autocannon opens every
 * connection at once, and a saturated Node accepts one of them per event-loop turn, so the first
 * answers include that queue: the ramp lasts until every connection has had its first answer
 * (printed on its own), only requests sent after it count, and the run goes on `seconds` past it.
 */
async function underLoad(url: string, pid: number | undefined, page: Page, headers: Record<string, string>): Promise<Measured> {
  let bytes = 0
  for (let round = 0; round < warmups; round += 1) {
    const response = await fetch(`${url}${page.path}`, { headers })
    const body = await response.text()
    if (response.status !== 200 || !body.includes(page.shows)) {
      throw new Error(`bench: ${page.path} answered ${response.status} without "${page.shows}"`)
    }
    bytes = Buffer.byteLength(body)
  }
  const answered = new Set<unknown>()
  const times: number[] = []
  let failures = 0
  let answeredInWindow = 0
  let started = 0
  let rampEnd = Infinity
  const window = { from: 0, to: 0 }
  const cpu = { from: undefined as number | undefined, to: undefined as number | undefined }
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { connections, duration: seconds + rampLimitSeconds, headers, url: `${url}${page.path}` },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    )
    instance.on('start', () => (started = performance.now()))
    instance.on('response', (client, statusCode, _bytes, responseTime) => {
      const now = performance.now()
      if (now - rampEnd > seconds * 1000) {
        if (!window.to) {
          window.to = microseconds()
          cpu.to = cpuMsOf(pid)
        }
        return instance.stop()
      }
      if (statusCode !== 200) failures += 1
      if (now > rampEnd) answeredInWindow += 1
      if (now - responseTime >= rampEnd) times.push(responseTime)
      if (rampEnd === Infinity && answered.add(client).size === connections) {
        rampEnd = now
        window.from = microseconds()
        cpu.from = cpuMsOf(pid)
      }
    })
  })
  if (times.length === 0) throw new Error(`bench: ${page.path} had no steady state (ramp longer than ${rampLimitSeconds} s)`)
  times.sort((a, b) => a - b)
  return {
    bytes,
    cpuMs: cpu.from === undefined || cpu.to === undefined ? undefined : (cpu.to - cpu.from) / answeredInWindow,
    errors: failures + result.errors + result.timeouts,
    label: page.label,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    // Every answer in the window counts for the rate, also those sent before it began: the pace the server keeps.
    perSecond: answeredInWindow / seconds,
    rampMs: rampEnd - started,
    window: { from: window.from, to: window.to || microseconds() },
  }
}

/** The file Next built whose size is nearest `bytes`: served as it is, the cheapest answer of that size. */
function staticFileNear(bytes: number): { path: string; bytes: number } {
  const root = path.resolve(import.meta.dirname, '../.next/static')
  const files = (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => ({ bytes: fs.statSync(path.join(root, file)).size, file }))
    .sort((a, b) => Math.abs(a.bytes - bytes) - Math.abs(b.bytes - bytes))
  const nearest = files[0]
  if (!nearest) throw new Error('bench: no built file under .next/static (run `npm run build`)')
  return { bytes: nearest.bytes, path: `/_next/static/${nearest.file.split(path.sep).join('/')}` }
}

if (profileDir) fs.mkdirSync(profileDir, { recursive: true })
const server = await startServer(
  {
    API_BUDGET_PER_MINUTE: '0',
    DATABASE_URI: '',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
  },
  'bench-portal',
  profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
)
try {
  const card = 'phishing-voorlichting-ouderen'
  const pages: Page[] = [
    { label: 'home /', path: '/', shows: 'id="recent-published"' },
    { label: 'search /zoeken?q=phishing', path: '/zoeken?q=phishing', shows: 'class="portal-card"' },
    { label: 'matrix /interventies/matrix', path: '/interventies/matrix', shows: 'portal-matrix' },
    // The card with the most on it: two municipalities' experiences, one of them the reader's own.
    { label: `card /interventies/${card}`, path: `/interventies/${card}`, shows: 'id="experiences"' },
  ].filter((page) => !only || page.label.includes(only))

  // A member of a municipality, the portal's most common reader: the layout counts their notifications, the card shows their form.
  const member = await login(server.url, 'member.leiden@weerbaar.test')
  const measured: Measured[] = []
  for (const page of pages) measured.push(await underLoad(server.url, server.child.pid, page, member.headers))

  const sizes = measured.map((each) => each.bytes).sort((a, b) => a - b)
  const file = staticFileNear(sizes[Math.floor(sizes.length / 2)] ?? 40_000)
  const floor = await underLoad(
    server.url,
    server.child.pid,
    { label: `floor: ${path.basename(file.path)}`, path: file.path, shows: '' },
    member.headers,
  )

  const kB = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`
  const fixed = (value: number, width = 9) => value.toFixed(1).padStart(width)
  console.log(
    `\nPortal pages: ${connections} signed-in readers, ${seconds} s per page after ${warmups} warm-up reads, loopback, production build`,
  )
  console.log(`floor: ${file.path} (${kB(file.bytes)}), a file Next built, served as it is through the same server: no render, no data`)
  console.log(
    `${'page'.padEnd(52)}${'size'.padStart(7)}${'ramp ms'.padStart(9)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'errors'.padStart(8)}${'CPU ms/req'.padStart(12)}  p50 x floor  req/s x floor`,
  )
  for (const row of [...measured, floor]) {
    console.log(
      `${row.label.padEnd(52)}${kB(row.bytes).padStart(7)}${fixed(row.rampMs)}${fixed(row.perSecond)}${fixed(row.p50)}${fixed(row.p95)}${fixed(row.p99)}${String(row.errors).padStart(8)}${(row.cpuMs === undefined ? '–' : row.cpuMs.toFixed(1)).padStart(12)}  ${(row.p50 / Math.max(floor.p50, 0.1)).toFixed(1).padStart(11)}  ${(row.perSecond / floor.perSecond).toFixed(3).padStart(13)}`,
    )
  }
  if (profileDir) {
    const windows = [...measured, floor].map(({ label, window }) => ({ label, ...window }))
    fs.writeFileSync(path.join(profileDir, 'windows.json'), JSON.stringify(windows, null, 2))
  }
} finally {
  await server.stop()
}
process.exit(0)
