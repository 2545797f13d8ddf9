import '../../src/loadEnv'

import { getPayload } from 'payload'

import { claimLease, releaseLease } from '../../plugins/leases'
import config from '../../src/payload.config'

/**
 * One of several processes fighting over one lease on one database, for `durationMs`: it claims
 * again and again, sometimes gives the lease up, and prints as JSON the times during which it
 * held it (from the moment a claim succeeded to the end of its time, or to when it let go).
 */
const [holder = 'contender', durationArg = '6000', ttlArg = '400'] = process.argv.slice(2)
const ttlMs = Number(ttlArg)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const payload = await getPayload({ config })
const held: Array<[number, number]> = []
const until = Date.now() + Number(durationArg)
let claims = 0
while (Date.now() < until) {
  const askedAt = Date.now()
  if (await claimLease(payload, 'leases', { holder, name: 'contended', ttlMs })) {
    claims += 1
    const from = Date.now()
    const to = askedAt + (ttlMs * 3) / 4
    await sleep(Math.random() * 20)
    held.push([from, to])
    if (Math.random() < 0.4) {
      // Letting go ends every stretch a renewal had extended, as `holdLease` does.
      const letGo = Date.now()
      for (const stretch of held) stretch[1] = Math.min(stretch[1], letGo)
      await releaseLease(payload, 'leases', { holder, name: 'contended' })
    }
  }
  await sleep(Math.random() * 15)
}
process.stdout.write(`${JSON.stringify({ claims, held, holder })}\n`)
await payload.destroy()
process.exit(0)
