// docker compose's healthcheck for MongoDB, run by mongosh as the root user. On the first start
// it initiates the one-member replica set; it is healthy only once that member is PRIMARY, so the
// app never starts against a server that cannot take writes or transactions yet. mongosh exits 0
// after a script unless it throws or quits with a code, hence the explicit quit(1).
try {
  rs.status()
} catch (error) {
  if (error.codeName !== 'NotYetInitialized') throw error
  rs.initiate({ _id: 'rs0', members: [{ _id: 0, host: 'mongo:27017' }] })
}
if (!db.hello().isWritablePrimary) quit(1)
