import helmet from 'helmet'

import { isProduction } from '../env'

/**
 * Next renders inline scripts for React Server Components, so scripts need 'unsafe-inline';
 * everything else is same-origin only and the workspace can never be framed.
 */
export const securityHeaders = () =>
  helmet({
    contentSecurityPolicy: {
      directives: {
        'base-uri': ["'self'"],
        'connect-src': ["'self'", ...(isProduction ? [] : ['ws:'])],
        'default-src': ["'self'"],
        'font-src': ["'self'", 'data:'],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'object-src': ["'none'"],
        'script-src': ["'self'", "'unsafe-inline'", ...(isProduction ? [] : ["'unsafe-eval'"])],
        'style-src': ["'self'", "'unsafe-inline'"],
        'upgrade-insecure-requests': null,
      },
      useDefaults: false,
    },
    crossOriginEmbedderPolicy: false,
    hsts: process.env.SERVER_URL?.startsWith('https://') ? undefined : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  })
