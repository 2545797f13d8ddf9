/**
 * Per-document match scores in flat typed arrays indexed by document slot, reused from query to
 * query: no Map and no object per matching document, so a query allocates almost nothing.
 * `docs` lists the slots in use; `clear` resets only those.
 */
export class MatchBuffer {
  typos = new Int8Array(0)
  weight = new Uint8Array(0)
  exact = new Uint8Array(0)
  mask = new Uint8Array(0)
  docs: number[] = []

  ensure(size: number): void {
    if (this.typos.length >= size) return
    const capacity = Math.max(size, this.typos.length * 2, 1024)
    this.typos = new Int8Array(capacity).fill(-1)
    this.weight = new Uint8Array(capacity)
    this.exact = new Uint8Array(capacity)
    this.mask = new Uint8Array(capacity)
    this.docs = []
  }

  has(doc: number): boolean {
    return this.typos[doc] !== -1
  }

  /** Keeps the better match: fewer typos, then exact, then the higher-weighted field. */
  offer(doc: number, typos: number, exact: number, weight: number, mask: number): void {
    const known = this.typos[doc]!
    if (known === -1) {
      this.docs.push(doc)
    } else if (
      known < typos ||
      (known === typos && (this.exact[doc]! > exact || (this.exact[doc] === exact && this.weight[doc]! >= weight)))
    ) {
      this.mask[doc]! |= mask
      return
    }
    this.typos[doc] = typos
    this.exact[doc] = exact
    this.weight[doc] = weight
    this.mask[doc] = (known === -1 ? 0 : this.mask[doc]!) | mask
  }

  /** Keeps only documents also in `other`, adding up typos (a phrase must match every word). */
  intersect(other: MatchBuffer): void {
    const kept: number[] = []
    for (const doc of this.docs) {
      if (!other.has(doc)) {
        this.typos[doc] = -1
        continue
      }
      this.typos[doc] = this.typos[doc]! + other.typos[doc]!
      this.exact[doc] = this.exact[doc]! & other.exact[doc]!
      this.weight[doc] = Math.max(this.weight[doc]!, other.weight[doc]!)
      this.mask[doc]! |= other.mask[doc]!
      kept.push(doc)
    }
    this.docs = kept
  }

  clear(): void {
    for (const doc of this.docs) this.typos[doc] = -1
    this.docs = []
  }
}

/** Query-wide totals per document over all query units. */
export class RankBuffer {
  words = new Uint8Array(0)
  typos = new Uint16Array(0)
  weight = new Uint16Array(0)
  exact = new Uint8Array(0)
  fields = new Uint8Array(0)
  docs: number[] = []

  ensure(size: number): void {
    if (this.words.length >= size) return
    const capacity = Math.max(size, this.words.length * 2, 1024)
    this.words = new Uint8Array(capacity)
    this.typos = new Uint16Array(capacity)
    this.weight = new Uint16Array(capacity)
    this.exact = new Uint8Array(capacity)
    this.fields = new Uint8Array(capacity)
    this.docs = []
  }

  add(unit: MatchBuffer): void {
    for (const doc of unit.docs) {
      if (this.words[doc] === 0) this.docs.push(doc)
      this.words[doc]! += 1
      this.typos[doc]! += unit.typos[doc]!
      this.weight[doc]! += unit.weight[doc]!
      this.exact[doc]! += unit.exact[doc]!
      this.fields[doc]! |= unit.mask[doc]!
    }
  }

  clear(): void {
    for (const doc of this.docs) {
      this.words[doc] = 0
      this.typos[doc] = 0
      this.weight[doc] = 0
      this.exact[doc] = 0
      this.fields[doc] = 0
    }
    this.docs = []
  }
}
