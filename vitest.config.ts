import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: { '@payload-config': path.resolve(import.meta.dirname, 'src/payload.config.ts') },
  },
  test: {
    environment: 'node',
    hookTimeout: 180_000,
    include: ['test/**/*.test.ts', 'plugins/**/*.test.ts'],
    // Each file starts its own server on its own temporary database; two cores run two at once.
    maxWorkers: 2,
    pool: 'forks',
    testTimeout: 60_000,
  },
})
