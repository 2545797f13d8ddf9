import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { type Look, startPoller } from '../lib/poller'

/**
 * The schedule of a background worker's looks, on a fake clock (so the times are exact): what the
 * servers' tests (backgroundPace, backgroundWork) see as counts, here as the waits themselves.
 */
describe('startPoller', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  /** A poller whose looks find work while `work` is above zero, recording when each look ran. */
  function poller(options: { work?: number; may?: () => boolean; lookAtStart?: boolean } = {}) {
    let work = options.work ?? 0
    const looks: Array<Look & { at: number }> = []
    const started = Date.now()
    const running = startPoller({
      idleCeilingMs: 4000,
      intervalMs: 250,
      look: async () => {
        if (work === 0) return false
        work -= 1
        return true
      },
      lookAtStart: options.lookAtStart,
      mayWork: options.may ?? (() => true),
      onError: () => undefined,
      onLook: (look) => looks.push({ ...look, at: Date.now() - started }),
    })
    return { addWork: (more: number) => (work += more), looks, running }
  }

  it('doubles the wait from the interval up to the ceiling while it finds nothing', async () => {
    const { looks, running } = poller()
    await vi.advanceTimersByTimeAsync(20_000)
    expect(looks.map((look) => look.nextLookMs)).toEqual([500, 1000, 2000, 4000, 4000, 4000, 4000, 4000])
    expect(looks.map((look) => look.at)).toEqual([250, 750, 1750, 3750, 7750, 11750, 15750, 19750])
    await running.stop()
  })

  it('keeps to the interval while it finds work, and backs off again from there', async () => {
    const { looks, running } = poller({ lookAtStart: true, work: 3 })
    await vi.advanceTimersByTimeAsync(2000)
    expect(looks.map(({ found, nextLookMs }) => [found, nextLookMs])).toEqual([
      [true, 250],
      [true, 250],
      [true, 250],
      [false, 500],
      [false, 1000],
    ])
    await running.stop()
  })

  it('looks at once when woken, and starts the back-off from the interval again', async () => {
    const { addWork, looks, running } = poller()
    await vi.advanceTimersByTimeAsync(8000)
    expect(looks.at(-1)?.nextLookMs).toBe(4000)
    addWork(1)
    running.wake()
    await vi.advanceTimersByTimeAsync(1)
    expect(looks.at(-1)).toMatchObject({ at: 8000, found: true, nextLookMs: 250, woken: true })
    running.wake()
    await vi.advanceTimersByTimeAsync(1)
    expect(looks.at(-1)).toMatchObject({ at: 8001, found: false, nextLookMs: 500, woken: true })
    await running.stop()
  })

  it('looks again right after a look that was under way when it was woken, which may have missed the work', async () => {
    let finish!: (found: boolean) => void
    const looks: Look[] = []
    const running = startPoller({
      intervalMs: 250,
      look: () => new Promise<boolean>((resolve) => (finish = resolve)),
      mayWork: () => true,
      onError: () => undefined,
      onLook: (look) => looks.push(look),
    })
    await vi.advanceTimersByTimeAsync(250)
    running.wake()
    finish(false)
    await vi.advanceTimersByTimeAsync(0)
    expect(looks).toEqual([{ found: false, nextLookMs: 0, woken: false }])
    await vi.advanceTimersByTimeAsync(1)
    finish(true)
    await vi.advanceTimersByTimeAsync(0)
    expect(looks[1]).toEqual({ found: true, nextLookMs: 250, woken: true })
    await running.stop()
  })

  it('does not look while another process does the work, and takes it up within an interval', async () => {
    let may = false
    const { looks, running } = poller({ may: () => may })
    running.wake()
    await vi.advanceTimersByTimeAsync(5000)
    expect(looks).toEqual([])
    may = true
    await vi.advanceTimersByTimeAsync(250)
    expect(looks).toHaveLength(1)
    await running.stop()
  })

  it('stops looking when stopped, wakes included', async () => {
    const { looks, running } = poller()
    await running.stop()
    running.wake()
    await vi.advanceTimersByTimeAsync(10_000)
    expect(looks).toEqual([])
  })
})
