import { startServer } from '../src/server'

/**
 * The workspace in a process of its own for the "under attack" bench, so a blocked event loop
 * shows in the server's answers and not in the bench's own loop. The API only: the portal is not
 * what is measured.
 */
const server = await startServer({ port: Number(process.env.PORT), withNext: false })
process.send?.({ url: server.url })
process.on('disconnect', () => {
  void server.close().then(() => process.exit(0))
})
