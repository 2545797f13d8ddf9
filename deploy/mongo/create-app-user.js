// Run once by the image's entrypoint, on the first start with an empty data directory: the
// account the app signs in with may read and write its own database, nothing else.
const password = process.env.MONGO_APP_PASSWORD
if (!password) throw new Error('MONGO_APP_PASSWORD is not set: see .env.example')
db.getSiblingDB('weerbaar').createUser({ pwd: password, roles: [{ db: 'weerbaar', role: 'readWrite' }], user: 'weerbaar' })
