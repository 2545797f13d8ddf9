/**
 * Progress for long commands (seed, reindex, import): a bar that redraws in a terminal and one
 * line per step otherwise, so CI logs stay readable.
 */
export type Progress = {
  step: (label: string, done: number, total: number) => void
  done: (message: string) => void
}

const barWidth = 24

export function terminalProgress(prefix: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  const interactive = Boolean(stream.isTTY)
  return {
    step(label, done, total) {
      const filled = total === 0 ? barWidth : Math.round((done / total) * barWidth)
      const line = `${prefix} ${label.padEnd(16)} [${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${done}/${total}`
      if (interactive) {
        stream.write(`\r${line}${done === total ? '\n' : ''}`)
      } else if (done === total) {
        stream.write(`${line}\n`)
      }
    },
    done(message) {
      stream.write(`${prefix} ${message}\n`)
    },
  }
}

export const silentProgress: Progress = { done: () => {}, step: () => {} }
