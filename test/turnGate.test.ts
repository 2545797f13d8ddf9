import { describe, expect, it } from 'vitest'

import { turnGate } from '../lib/turnGate'

/** One event-loop turn: what the gate lets start in its check phase has started when this resolves. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))
const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve))

/** Asks the gate for a turn for each class in order, recording who has started. */
function ask(gate: ReturnType<typeof turnGate>, classes: string[]) {
  const started: string[] = []
  classes.forEach((requestClass, index) => void gate(requestClass).then(() => started.push(`${requestClass}${index}`)))
  return started
}

describe('the turn gate: a few requests start per event-loop turn, and no class of request starves another', () => {
  it('starts at most the given number per turn and the rest in later turns, none left behind', async () => {
    const gate = turnGate(2)
    const started = ask(
      gate,
      Array.from({ length: 7 }, () => 'interventions'),
    )
    await settle()
    expect(started).toHaveLength(2)
    let turns = 0
    while (started.length < 7 && turns < 10) {
      await nextTurn()
      turns += 1
    }
    expect(started).toEqual([
      'interventions0',
      'interventions1',
      'interventions2',
      'interventions3',
      'interventions4',
      'interventions5',
      'interventions6',
    ])
    // Two at once, then two per turn.
    expect(turns).toBe(3)
  })

  it('lets a request of another class start in the next turn, ahead of a flood that came before it', async () => {
    const gate = turnGate(2)
    const flood = Array.from({ length: 20 }, () => 'interventions')
    const started = ask(gate, [...flood, 'search'])
    await settle()
    await nextTurn()
    expect(started).toEqual(['interventions0', 'interventions1', 'interventions2', 'search20'])
  })

  it('lets the first request of a quiet moment start at once', async () => {
    const gate = turnGate(1)
    const started = ask(gate, ['themes'])
    await settle()
    expect(started).toEqual(['themes0'])
  })
})
