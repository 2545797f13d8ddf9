import type { LookupFunction } from 'node:net'

import dns from 'node:dns'
import { BlockList, isIP } from 'node:net'

const internal = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  internal.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  internal.addSubnet(network, prefix, 'ipv6')

const mappedIpv4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i

/** Loopback, private, link-local (cloud metadata), carrier-grade NAT, multicast or reserved: not the open internet. */
export function isInternalAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '')
  const mapped = mappedIpv4.exec(bare)?.[1]
  if (mapped) return internal.check(mapped, 'ipv4')
  const family = isIP(bare)
  if (family === 0) return false
  return internal.check(bare, family === 4 ? 'ipv4' : 'ipv6')
}

/** A host name that names this machine whatever the resolver says. */
export const isLocalHostName = (hostname: string): boolean => /^localhost\.?$|\.localhost\.?$/i.test(hostname)

export class InternalAddressError extends Error {
  constructor(hostname: string, address: string) {
    super(`${hostname} resolves to ${address}, an internal address`)
    this.name = 'InternalAddressError'
  }
}

/**
 * `dns.lookup` that refuses internal addresses, for `http.request({ lookup })`: the address
 * checked is the one connected to, so a name that resolves differently the second time (DNS
 * rebinding) cannot slip past a check made earlier.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0)
    const found = addresses as dns.LookupAddress[]
    const refused = found.find((each) => isInternalAddress(each.address))
    if (refused) return callback(new InternalAddressError(hostname, refused.address), '', 0)
    if (options.all) return (callback as unknown as (error: null, all: dns.LookupAddress[]) => void)(null, found)
    const first = found[0]
    if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0)
    callback(null, first.address, first.family)
  })
}
