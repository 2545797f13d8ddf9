import { describe, expect, it } from 'vitest'

import { isInternalAddress } from '../lib/internalAddress'
import { urlProblem } from '../plugins/webhooks/send'

/**
 * Where a webhook may deliver in production (WEBHOOK_ALLOW_PRIVATE_HOSTS unset): the open internet
 * over http or https, never the services beside the app or the cloud's metadata address.
 */
describe('webhook addresses', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.20.0.5', true],
    ['192.168.1.10', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['::1', true],
    ['fd00::1', true],
    ['fe80::1', true],
    ['::ffff:127.0.0.1', true],
    ['93.184.215.14', false],
    ['145.97.39.155', false],
    ['2a00:1450:400e:80f::200e', false],
  ])('%s is internal: %s', (address, internal) => {
    expect(isInternalAddress(address)).toBe(internal)
  })

  it.each([
    ['https://intranet.leiden.nl/weerbaar', undefined],
    ['http://partner.example/hook', undefined],
    ['ftp://partner.example/hook', 'Only http and https'],
    ['file:///etc/passwd', 'Only http and https'],
    ['gopher://partner.example/', 'Only http and https'],
    ['niet een adres', 'Not a web address'],
    ['https://user:secret@partner.example/', 'Leave the user name'],
    ['http://localhost:7700/indexes', 'Internal addresses'],
    ['http://mongo.localhost/', 'Internal addresses'],
    ['http://169.254.169.254/latest/meta-data', 'Internal addresses'],
    ['http://[::1]:3000/', 'Internal addresses'],
    ['http://10.0.0.8/', 'Internal addresses'],
  ])('%s → %s', (address, problem) => {
    const found = urlProblem(address, false)
    if (problem === undefined) expect(found).toBeUndefined()
    else expect(found?.en).toContain(problem)
  })

  it('lets internal addresses through only when allowed (development, an intranet receiver)', () => {
    expect(urlProblem('http://127.0.0.1:4000/hook', true)).toBeUndefined()
    expect(urlProblem('ftp://127.0.0.1/hook', true)?.en).toContain('Only http and https')
  })
})
