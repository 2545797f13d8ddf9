import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * The weekly digest at the size of a grown region: BENCH_DIGEST_USERS people (10,000) following
 * 5 themes or organisations each, over BENCH_DIGEST_ITEMS items (1,000) made live in the week,
 * with every recipient's access checked by the items' read rule. Runs in its own process on its
 * own SQLite database (`npm run bench` starts it); prints time and memory against a baseline
 * measured in the same run: reading the same people, follows and items once with the local API.
 */
process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-bench-digest-'))
process.env.LOG_LEVEL ??= 'warn'

const users = Number(process.env.BENCH_DIGEST_USERS || 10_000)
const items = Number(process.env.BENCH_DIGEST_ITEMS || 1_000)
const followsEach = 5

const { commitTransaction, createLocalReq, getPayload, initTransaction } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { applyMigrations } = await import('../src/database/migrate')
const { seed } = await import('../seed')
const { runDigest } = await import('../src/notifications')
const { completedPeriod } = await import('../src/notifications/digest/periods')
const { followKeyOf } = await import('../domain/notifications')

const payload = await getPayload({ config })
await applyMigrations(payload)
await seed(payload, { demo: false })

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length]!
const at = new Date()
const week = completedPeriod('weekly', at)
const within = (index: number) =>
  new Date(week.from.getTime() + ((index * 7919) % (week.until.getTime() - week.from.getTime()))).toISOString()

const { docs: themeDocs } = await payload.find({ collection: 'themes', depth: 0, limit: 0, pagination: false })
const { docs: organisationDocs } = await payload.find({ collection: 'organisations', depth: 0, limit: 0, pagination: false })
const themes = themeDocs.map((theme) => String(theme.id))
const municipalities = organisationDocs.filter((each) => each.type === 'municipality').map((each) => String(each.id))
const visibilities = ['public', 'public', 'public', 'partners', 'partners', 'organisation'] as const

const log = (line: string) => process.stderr.write(`bench digest: ${line}\n`)
const started = performance.now()
/** Many writes in one transaction: setting up is not what is measured. */
async function inOneTransaction(task: (req: Awaited<ReturnType<typeof createLocalReq>>) => Promise<void>) {
  const req = await createLocalReq({ locale: 'nl' }, payload)
  await initTransaction(req)
  await task(req)
  await commitTransaction(req)
}
// Written with the adapter directly: the bench measures the digest, not hooks, hashing or indexing.
await inOneTransaction(async (req) => {
  for (let index = 0; index < items; index += 1) {
    await payload.db.create({
      collection: 'interventions',
      data: {
        _status: 'published',
        goal: 'Doel.',
        ownerOrganisation: pick(municipalities, index * 7),
        preventionLevel: ['primary'],
        publishedAt: within(index),
        reviewBy: new Date(at.getTime() + 365 * 24 * 3600 * 1000).toISOString(),
        role: ['victim'],
        slug: `bench-${index}`,
        summary: `Samenvatting van kaart ${index}.`,
        themes: [pick(themes, index), pick(themes, index * 3 + 1)],
        title: `Benchkaart ${index}`,
        visibility: pick(visibilities, index),
        workflowStatus: 'published',
      },
      req,
    })
  }
})
log(`${items} items in ${Math.round(performance.now() - started)} ms`)
for (let first = 0; first < users; first += 1000)
  await inOneTransaction(async (req) => {
    for (let index = first; index < Math.min(users, first + 1000); index += 1) {
      const user = await payload.db.create({
        req,
        collection: 'users',
        data: {
          email: `lid${index}@bench.test`,
          name: `Lid ${index}`,
          notificationSettings: { digest: 'weekly', immediate: [], language: index % 5 === 0 ? 'en' : 'nl' },
          organisation: pick(municipalities, index),
          role: index % 500 === 0 ? 'curator' : 'member',
        },
      })
      for (let each = 0; each < followsEach; each += 1) {
        const target =
          each === followsEach - 1 && index % 2 === 0
            ? { relationTo: 'organisations', value: pick(municipalities, index + 3) }
            : { relationTo: 'themes', value: pick(themes, index + each * 5) }
        await payload.db.create({
          collection: 'follows',
          data: { target, targetKey: followKeyOf(target.relationTo, target.value), user: user.id },
          req,
        })
      }
    }
    log(`${Math.min(users, first + 1000)} people with ${followsEach} follows each`)
  })
log(`set up in ${Math.round((performance.now() - started) / 1000)} s`)

const heap = () => process.memoryUsage().heapUsed
let peak = 0
const sampler = setInterval(() => (peak = Math.max(peak, heap())), 20)

async function measured<T>(task: () => Promise<T>): Promise<{ ms: number; heapMb: number; result: T }> {
  ;(globalThis as { gc?: () => void }).gc?.()
  const before = heap()
  peak = before
  const begin = performance.now()
  const result = await task()
  const ms = performance.now() - begin
  return { heapMb: (Math.max(peak, heap()) - before) / 1024 / 1024, ms, result }
}

const baseline = await measured(async () => {
  await payload.find({ collection: 'users', depth: 0, limit: 0, pagination: false })
  await payload.find({ collection: 'follows', depth: 0, limit: 0, pagination: false })
  await payload.find({ collection: 'interventions', depth: 0, limit: 0, locale: 'all', pagination: false })
})
const dryRun = await measured(() => runDigest(payload, { at, dryRun: true, schedule: 'weekly' }))
const real = await measured(() => runDigest(payload, { at, schedule: 'weekly' }))
const repeat = await measured(() => runDigest(payload, { at, schedule: 'weekly' }))
clearInterval(sampler)

const row = (label: string, { heapMb, ms }: { ms: number; heapMb: number }) =>
  console.log(`${label.padEnd(58)}${(ms / 1000).toFixed(2).padStart(9)} ${heapMb.toFixed(0).padStart(9)}  ${(ms / baseline.ms).toFixed(2)}`)
console.log(`\nWeekly digest: ${users} people, ${followsEach} follows each, ${items} items made live in the week (SQLite)`)
console.log(`${'run'.padEnd(58)}${'s'.padStart(9)} ${'heap MB'.padStart(9)}  x baseline`)
row('baseline: read people, follows and items once (local API)', baseline)
row(`dry run: who gets what, with access per recipient`, dryRun)
row(`real run: ${real.result.mailed} digests recorded and mails queued`, real)
row(`repeated run: ${repeat.result.alreadySent} already sent, ${repeat.result.mailed} sent again`, repeat)
console.log(
  `${real.result.mailed} mails, ${real.result.nothingNew} with nothing new; ${Math.round(real.result.mailed / (real.ms / 1000))} digests/s; the queue sends them at MAIL_RATE_PER_MINUTE`,
)
await payload.destroy()
process.exit(0)
