/**
 * Every distinct term of the index as a small number, found from its packed code units
 * (`packedTerms`) without making a string of it: indexing 100,000 documents looks up tens of
 * millions of words, and a Map would need a fresh string, hashed anew, for each. The slots and
 * the terms' units sit in flat arrays, so a lookup touches a few nearby cache lines.
 */
export class TermTable {
  /** The term of each number. */
  readonly terms: string[] = []
  /** Open addressing: per slot, a term's hash and its number + 1 (0: empty). */
  private slots = new Int32Array(4096)
  /** Every term's packed units one after another, from `starts[number]`; and its length. */
  private units = new Int32Array(16384)
  private starts = new Int32Array(1024)
  private lengths = new Int32Array(1024)
  private used = 0

  /** The number of the term whose first `count` packed `units` hold `length` code units; a new one if it is new. */
  numberOf(units: Int32Array, count: number, length: number): number {
    const hash = hashOf(units, count, length)
    const slots = this.slots
    const mask = slots.length / 2 - 1
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const held = slots[2 * at + 1]!
      if (held === 0) return this.add(units, count, length, hash, at)
      if (slots[2 * at] === hash && this.holds(held - 1, units, count, length)) return held - 1
    }
  }

  private holds(number: number, units: Int32Array, count: number, length: number): boolean {
    if (this.lengths[number] !== length) return false
    const own = this.units
    for (let i = 0, at = this.starts[number]!; i < count; i += 1, at += 1) if (own[at] !== units[i]) return false
    return true
  }

  private add(units: Int32Array, count: number, length: number, hash: number, at: number): number {
    const number = this.terms.length
    if (number === this.starts.length) {
      this.starts = grown(this.starts, number * 2)
      this.lengths = grown(this.lengths, number * 2)
    }
    if (this.used + count > this.units.length) this.units = grown(this.units, Math.max(this.used + count, this.units.length * 2))
    this.starts[number] = this.used
    this.lengths[number] = length
    this.units.set(units.subarray(0, count), this.used)
    this.used += count
    this.terms.push(textOf(units, count, length))
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
      let at = old[from]! & mask
      while (slots[2 * at + 1] !== 0) at = (at + 1) & mask
      slots[2 * at] = old[from]!
      slots[2 * at + 1] = old[from + 1]!
    }
    this.slots = slots
  }
}

/** MurmurHash3 (x86, 32 bits) of the packed units, seeded with the length. */
function hashOf(units: Int32Array, count: number, length: number): number {
  let hash = length
  for (let i = 0; i < count; i += 1) {
    let k = Math.imul(units[i]!, 0xcc9e2d51)
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593)
    hash ^= k
    hash = (Math.imul((hash << 13) | (hash >>> 19), 5) + 0xe6546b64) | 0
  }
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  return hash ^ (hash >>> 16)
}

/** The term as a string of its own. */
function textOf(units: Int32Array, count: number, length: number): string {
  const codes: number[] = []
  for (let i = 0; i < count; i += 1) codes.push(units[i]! & 0xffff, units[i]! >>> 16)
  codes.length = length
  let text = ''
  for (let at = 0; at < length; at += 4096) text += String.fromCharCode(...codes.slice(at, at + 4096))
  return text
}

function grown(array: Int32Array, size: number) {
  const bigger = new Int32Array(size)
  bigger.set(array)
  return bigger
}
