import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { summarise, timeSequential } from './stats'

/**
 * A long conversation: an intervention card with BENCH_COMMENTS comments (500), a fifth of them
 * replies, read by a signed-in member as its page in the portal (which shows the newest
 * conversations first, the rest a link away) and as its thread over the API, a page at a time as
 * partner systems read it, and whole.
 * Baseline in the same run: the same reads of a card without comments. Runs in its own process
 * with the portal (Next) on its own SQLite database; `npm run bench` starts it after a build.
 */
process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-bench-conversation-'))
process.env.LOG_LEVEL ??= 'warn'
process.env.API_BUDGET_PER_MINUTE ??= '0'

const comments = Number(process.env.BENCH_COMMENTS || 500)
const rounds = Number(process.env.BENCH_CONVERSATION_ROUNDS || 40)
// The page budget: a page with a long conversation may cost at most this many times a page without one.
const budgetRatio = 3

const { createLocalReq } = await import('payload')
const { startServer } = await import('../src/server')
const { seed } = await import('../seed')
const { unannouncedWrite } = await import('../domain/notifications')
const { login } = await import('../test/helpers/api')

const server = await startServer({ port: 0, seedIfEmpty: seed })
const { payload } = server
const url = `http://127.0.0.1:${server.port}`
try {
  const { docs: cards } = await payload.find({
    collection: 'interventions',
    depth: 0,
    limit: 2,
    overrideAccess: true,
    where: { and: [{ _status: { equals: 'published' } }, { visibility: { equals: 'partners' } }] },
  })
  const [long, quiet] = cards as Array<{ id: string; slug: string }>
  if (!long || !quiet) throw new Error('bench: the demo content has fewer than two partners cards')
  const { docs: people } = await payload.find({ collection: 'users', depth: 0, limit: 0, overrideAccess: true, pagination: false })
  const req = await createLocalReq({ context: { [unannouncedWrite]: true } }, payload)
  const started = performance.now()
  const topLevel: string[] = []
  for (let index = 0; index < comments; index += 1) {
    const author = people[index % people.length]!
    const reply = index % 5 === 4 && topLevel.length > 0
    const created = await payload.create({
      collection: 'comments',
      data: {
        author: author.id,
        authorName: author.name,
        body: `Reactie ${index + 1}: bij ons werkte de aanpak in de wijk, met de buurtcoach erbij. Zie https://example.org/verslag-${index}.`,
        item: { relationTo: 'interventions', value: long.id },
        organisation: author.organisation,
        ...(reply ? { parent: topLevel[index % topLevel.length] } : {}),
      } as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (!reply) topLevel.push(String(created.id))
    if ((index + 1) % 100 === 0) process.stdout.write(`conversation: ${index + 1}/${comments} comments written\n`)
  }
  const writing = performance.now() - started

  const member = await login(url, 'member.leiden@weerbaar.test')
  const time = async (path: string) =>
    summarise(
      await timeSequential(path, rounds, 3, async () => {
        const response = await fetch(`${url}${path}`, { headers: member.headers })
        await response.arrayBuffer()
        if (!response.ok) throw new Error(`bench: ${path} answered ${response.status}`)
      }),
    )
  const thread = (id: string, limit: number) =>
    `/api/comments?depth=0&limit=${limit}&sort=-createdAt&where[threadKey][equals]=interventions:${id}`
  const rows = [
    ['portal page', await time(`/interventies/${quiet.slug}`), await time(`/interventies/${long.slug}`)],
    ['thread API, a page of 50', await time(thread(quiet.id, 50)), await time(thread(long.id, 50))],
    [`thread API, all ${comments}`, await time(thread(quiet.id, comments)), await time(thread(long.id, comments))],
  ] as const
  const format = (ms: number) => `${ms.toFixed(1)} ms`
  console.log(`\nconversation: a card with ${comments} comments (written in ${(writing / 1000).toFixed(1)} s), ${rounds} reads each`)
  for (const [label, baseline, measured] of rows) {
    const ratio = measured.p95 / Math.max(baseline.p95, 0.1)
    // The budget is the page's: an API answer with 50 or 500 comments against one with none says how the size costs, not a limit.
    const verdict =
      label === 'portal page'
        ? ratio <= budgetRatio
          ? ` (within the ${budgetRatio}× page budget)`
          : ` (OVER the ${budgetRatio}× page budget)`
        : ''
    console.log(
      `  ${label.padEnd(26)} without comments p50 ${format(baseline.p50)} p95 ${format(baseline.p95)} | with ${comments}: p50 ${format(
        measured.p50,
      )} p95 ${format(measured.p95)} | p95 ${ratio.toFixed(2)}×${verdict}`,
    )
  }
} finally {
  await server.close()
}
process.exit(0)
