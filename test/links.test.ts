import { describe, expect, it } from 'vitest'

import { isSafeLink } from '../lib/safeLink'
import { sameSitePath } from '../lib/sameSitePath'

describe('where a return address may send someone after signing in', () => {
  it.each([
    ['/zoeken?q=phishing', '/zoeken?q=phishing'],
    ['/en/interventies/matrix', '/en/interventies/matrix'],
    ['/interventies/kaart#ervaringen', '/interventies/kaart#ervaringen'],
    ['//evil.example/x', '/'],
    ['/\\evil.example/x', '/'],
    ['/%5Cevil.example/x', '/'],
    ['/%2F%2Fevil.example', '/'],
    ['/%2f/evil.example', '/'],
    ['///evil.example', '/'],
    ['/\t/evil.example', '/'],
    ['/\n/evil.example', '/'],
    [' /zoeken', '/'],
    ['https://evil.example/', '/'],
    ['HTTPS://evil.example/', '/'],
    ['javascript:alert(1)', '/'],
    ['JaVaScRiPt:alert(1)', '/'],
    ['evil.example', '/'],
    ['', '/'],
    [undefined, '/'],
    ['/%E0%A4%A', '/'],
  ])('%j → %j', (value, expected) => {
    expect(sameSitePath(value, '/')).toBe(expected)
  })
})

describe('which links may be stored and shown', () => {
  it.each([
    ['https://www.politie.nl/aangifte', true],
    ['http://example.nl', true],
    ['mailto:info@gemeente.nl', true],
    ['tel:+31701234567', true],
    ['/interventies/phishing', true],
    ['#bronnen', true],
    ['handleiding.pdf', true],
    ['javascript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox(1)', false],
    ['//evil.example', false],
    ['/\\evil.example', false],
    ['https://', false],
    ['mailto:', false],
    ['ftp://example.nl', false],
    ['', false],
  ])('%j: %s', (link, allowed) => {
    expect(isSafeLink(link)).toBe(allowed)
  })
})
