import { lowerAscii } from '../../text/normalize'

/**
 * Every distinct term of the index as a small number, found from a stretch of a string and its
 * hash (`termSpans`: ASCII capitals count as lower case) without cutting the word out: indexing 100,000 documents looks up tens of
 * millions of words, and a Map would need a fresh string, hashed anew, for each. The slots and the
 * terms' characters sit in flat arrays, so a lookup touches a few nearby cache lines.
 */
export class TermTable {
  /** The term of each number. */
  readonly terms: string[] = []
  /** Open addressing: per slot, a term's hash and its number + 1 (0: empty). */
  private slots = new Int32Array(4096)
  /** Every term's characters one after another, at `starts[number]`. */
  private characters = new Uint16Array(16384)
  private starts = new Int32Array(1024)
  private used = 0

  /** The number of the term `source.slice(start, end)` (in lower case) whose hash is `hash`, a new one if it is new. */
  numberOf(source: string, start: number, end: number, hash: number): number {
    const slots = this.slots
    const mask = slots.length / 2 - 1
    for (let at = spread(hash) & mask; ; at = (at + 1) & mask) {
      const held = slots[2 * at + 1]!
      if (held === 0) return this.add(source, start, end, hash, at)
      if (slots[2 * at] === hash && this.spells(held - 1, source, start, end)) return held - 1
    }
  }

  private spells(number: number, source: string, start: number, end: number): boolean {
    const from = this.starts[number]!
    if (this.starts[number + 1]! - from !== end - start) return false
    const characters = this.characters
    for (let i = 0; i < end - start; i += 1) if (characters[from + i] !== lowerAscii(source.charCodeAt(start + i))) return false
    return true
  }

  private add(source: string, start: number, end: number, hash: number, at: number): number {
    const number = this.terms.length
    const from = this.used
    if (this.used + end - start > this.characters.length) this.characters = grown(this.characters, this.used + end - start)
    for (let i = start; i < end; i += 1) this.characters[this.used++] = lowerAscii(source.charCodeAt(i))
    this.terms.push(textOf(this.characters, from, this.used))
    if (number + 2 > this.starts.length) this.starts = grown(this.starts, number + 2)
    this.starts[number + 1] = this.used
    this.slots[2 * at] = hash
    this.slots[2 * at + 1] = number + 1
    // At most half full, so a lookup rarely probes more than a slot or two.
    if (this.terms.length * 4 > this.slots.length) this.rehash()
    return number
  }

  private rehash(): void {
    const old = this.slots
    const slots = new Int32Array(old.length * 2)
    const mask = slots.length / 2 - 1
    for (let from = 0; from < old.length; from += 2) {
      if (old[from + 1] === 0) continue
      let at = spread(old[from]!) & mask
      while (slots[2 * at + 1] !== 0) at = (at + 1) & mask
      slots[2 * at] = old[from]!
      slots[2 * at + 1] = old[from + 1]!
    }
    this.slots = slots
  }
}

/** A string of its own (a slice would keep the whole text it was cut from alive). */
function textOf(characters: Uint16Array, from: number, to: number): string {
  let text = ''
  for (let at = from; at < to; at += 4096) text += String.fromCharCode(...characters.subarray(at, Math.min(to, at + 4096)))
  return text
}

/** FNV's low bits alone cluster for short words; fold the high bits in before masking. */
const spread = (hash: number) => hash ^ (hash >>> 16)

function grown<T extends Int32Array | Uint16Array>(array: T, needed: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2))
  bigger.set(array)
  return bigger
}
