import nextEnv from '@next/env'

/**
 * Reads .env (and .env.production / .env.development) from the project root the way Next does,
 * before any module reads configuration. Variables already set in the environment win.
 */
nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV === 'development')
