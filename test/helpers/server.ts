import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')

export type TestServer = {
  url: string
  dataDir: string
  child: ChildProcess
  /** Everything the server printed, for assertions and for debugging a failure. */
  output: () => string
  /** Resolves with the exit code once the process has ended by itself. */
  exited: Promise<number | null>
  stop: (signal?: NodeJS.Signals) => Promise<number | null>
}

export async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

export function temporaryDataDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `weerbaar-${label}-`))
}

/** Starts the real server as a child process without waiting for it: for tests of how it starts. `nodeArgs` go to node (e.g. --cpu-prof). */
export async function spawnServer(env: Record<string, string> = {}, label = 'test', nodeArgs: string[] = []): Promise<TestServer> {
  const port = await freePort()
  const dataDir = env.DATA_DIR ?? temporaryDataDir(label)
  let output = ''
  const child = spawn(process.execPath, [...nodeArgs, '--conditions=production', '--import', 'tsx', 'src/cli/start.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const url = `http://127.0.0.1:${port}`
  return {
    child,
    dataDir,
    exited,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal)
      return exited
    },
    url,
  }
}

/** Waits until the server answers /api/health with 200; fails with its output when it exits or takes too long. */
export async function waitUntilHealthy(server: TestServer, timeoutMs = 150_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`server exited with ${server.child.exitCode}:\n${server.output()}`)
    try {
      const response = await fetch(`${server.url}/api/health`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  server.child.kill('SIGKILL')
  throw new Error(`server did not become healthy:\n${server.output()}`)
}

/**
 * Starts the real server (`src/cli/start.ts`, production mode, the built Next app) as a child
 * process on a free port with its own temporary database, and waits until it is healthy.
 */
export async function startServer(env: Record<string, string> = {}, label = 'test', nodeArgs: string[] = []): Promise<TestServer> {
  const server = await spawnServer(env, label, nodeArgs)
  await waitUntilHealthy(server)
  return server
}
