/**
 * The words of documents indexed but not yet in their postings, one entry per word: its term
 * number, and its document and field packed as `doc << 3 | field bit`. `drain` hands them over
 * term by term, so each posting grows once per batch in one stretch, instead of one entry at a
 * time in between thousands of other postings.
 */
export class PendingEntries {
  length = 0
  private terms = new Int32Array(65536)
  private docFields = new Int32Array(65536)
  /** Per term number: its number of entries, then where its stretch starts (0, 0 between batches). */
  private stretches = new Int32Array(2048)
  /** The terms of this batch in the order they first appear. */
  private batchTerms = new Int32Array(1024)
  private sorted = new Int32Array(0)

  add(term: number, doc: number, fieldBit: number): void {
    if (this.length === this.terms.length) {
      this.terms = grown(this.terms, this.length * 2)
      this.docFields = grown(this.docFields, this.length * 2)
    }
    this.terms[this.length] = term
    this.docFields[this.length] = (doc << 3) | fieldBit
    this.length += 1
  }

  /**
   * Calls `into` once per term with its entries in `entries` between `from` and `to`, in document
   * order, each document once (its fields combined); then empties the batch. Terms come in the
   * order they first appeared.
   */
  drain(into: (term: number, entries: Int32Array, from: number, to: number) => void): void {
    const { docFields, length, terms } = this
    let termCount = 0
    for (let i = 0; i < length; i += 1) {
      const at = 2 * terms[i]!
      if (at >= this.stretches.length) this.stretches = grown(this.stretches, Math.max(at + 2, this.stretches.length * 2))
      if (this.stretches[at] === 0) {
        if (termCount === this.batchTerms.length) this.batchTerms = grown(this.batchTerms, termCount * 2)
        this.batchTerms[termCount] = terms[i]!
        termCount += 1
      }
      this.stretches[at]! += 1
    }
    // Each term's stretch starts where the previous one's ends; counts become write positions.
    const { batchTerms, stretches } = this
    for (let t = 0, start = 0; t < termCount; t += 1) {
      const at = 2 * batchTerms[t]!
      const count = stretches[at]!
      stretches[at] = start
      stretches[at + 1] = start
      start += count
    }
    if (this.sorted.length < length) this.sorted = new Int32Array(Math.max(length, this.sorted.length * 2))
    const { sorted } = this
    for (let i = 0; i < length; i += 1) {
      const at = 2 * terms[i]!
      const next = stretches[at]!
      // Entries come in document order, so a document's repeats of a term are neighbours.
      if (next > stretches[at + 1]! && sorted[next - 1]! >>> 3 === docFields[i]! >>> 3) {
        sorted[next - 1]! |= docFields[i]! & 7
      } else {
        sorted[next] = docFields[i]!
        stretches[at] = next + 1
      }
    }
    for (let t = 0; t < termCount; t += 1) {
      const at = 2 * batchTerms[t]!
      into(batchTerms[t]!, sorted, stretches[at + 1]!, stretches[at]!)
      stretches[at] = 0
      stretches[at + 1] = 0
    }
    this.length = 0
  }
}

function grown(array: Int32Array, size: number) {
  const bigger = new Int32Array(size)
  bigger.set(array)
  return bigger
}
