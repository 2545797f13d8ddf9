import { pino } from 'pino'

/** One JSON logger for Payload, the express host and the command-line scripts. */
export const logger = pino({
  base: { service: 'weerbaar' },
  enabled: process.env.DISABLE_LOGGING !== 'true',
  level: process.env.LOG_LEVEL || 'info',
  timestamp: pino.stdTimeFunctions.isoTime,
})
