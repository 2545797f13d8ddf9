export type Sample = { label: string; ms: number[] }

export type Summary = { label: string; mean: number; p50: number; p95: number; p99: number; perSecond: number }

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

export function summarise({ label, ms }: Sample): Summary {
  const sorted = [...ms].sort((a, b) => a - b)
  const mean = ms.reduce((sum, each) => sum + each, 0) / ms.length
  return { label, mean, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), perSecond: 1000 / mean }
}

/** Runs `task` sequentially: `warmup` times unmeasured, then `runs` times measured. */
export async function timeSequential(label: string, runs: number, warmup: number, task: () => Promise<unknown>): Promise<Sample> {
  for (let i = 0; i < warmup; i += 1) await task()
  const ms: number[] = []
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now()
    await task()
    ms.push(performance.now() - started)
  }
  return { label, ms }
}

export function printTable(title: string, rows: Summary[], baseline: Summary): void {
  const fixed = (value: number) => value.toFixed(2).padStart(8)
  console.log(`\n${title}`)
  console.log(
    `${'path'.padEnd(50)}${'mean ms'.padStart(9)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'req/s'.padStart(9)}  x baseline`,
  )
  for (const row of rows) {
    console.log(
      `${row.label.padEnd(50)}${fixed(row.mean)} ${fixed(row.p50)} ${fixed(row.p95)} ${fixed(row.p99)} ${row.perSecond.toFixed(0).padStart(8)}  ${(row.mean / baseline.mean).toFixed(2)}`,
    )
  }
}
