import net from 'node:net'

/**
 * A TCP relay in front of a real server that a test can cut and restore: the server behind it
 * keeps running, but for everything that connects through the relay it is unreachable.
 */
export async function tcpProxy(target: URL) {
  const sockets = new Set<net.Socket>()
  let server: net.Server | undefined
  const port = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as net.AddressInfo
      probe.close(() => resolve(free))
    })
  })
  const open = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 80), target.hostname)
        for (const socket of [client, upstream]) {
          sockets.add(socket)
          socket.on('close', () => sockets.delete(socket))
          socket.on('error', () => socket.destroy())
        }
        client.pipe(upstream).pipe(client)
      })
      server.listen(port, '127.0.0.1', resolve)
    })
  const cut = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy()
      server?.close(() => resolve())
    })
  await open()
  return { cut, restore: open, url: `http://127.0.0.1:${port}` }
}
