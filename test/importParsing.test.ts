import { describe, expect, it } from 'vitest'

import type { ColumnKind } from '../src/import/columns'

import { type NameIndex, parseCell } from '../src/import/cells'
import { splitLocale } from '../src/import/headerNames'
import { readTable } from '../src/import/readTable'
import { summariseZip } from '../src/import/zipEntries'
import { zipBomb } from './helpers/spreadsheets'

const names: NameIndex = {
  organisations: new Map([
    ['de haagse hogeschool lectoraat cybersecurity in het mkb', 'hhs'],
    ['gemeente delft', 'delft'],
  ]),
  themes: new Map([['online fraude en oplichting', 'fraud']]),
}
const roles: ColumnKind = {
  choices: [
    { names: ['victim', 'Slachtoffer', 'Victim'], value: 'victim' },
    { names: ['offender', 'Dader', 'Offender'], value: 'offender' },
  ],
  hasMany: true,
  type: 'select',
}
const organisations: ColumnKind = { hasMany: true, relationTo: 'organisations', type: 'relationship' }

describe('reading spreadsheet headers and cells', () => {
  it.each([
    ['Titel (en)', { base: 'Titel', locale: 'en' }],
    ['Title [EN]', { base: 'Title', locale: 'en' }],
    ['title_en', { base: 'title', locale: 'en' }],
    ['Titel - nl', { base: 'Titel', locale: 'nl' }],
    ['Doelgroepen', { base: 'Doelgroepen' }],
    ['Gericht op (rol)', { base: 'Gericht op (rol)' }],
  ])('header %s is %o', (header, expected) => {
    expect(splitLocale(header)).toEqual(expected)
  })

  it.each<[string, ColumnKind, unknown]>([
    ['Slachtoffer; Dader', roles, ['victim', 'offender']],
    ['victim, OFFENDER', roles, ['victim', 'offender']],
    ['Slachtoffer\nSlachtoffer', roles, ['victim']],
    ['', roles, []],
    ['De Haagse Hogeschool, lectoraat Cybersecurity in het mkb; Gemeente Delft', organisations, ['hhs', 'delft']],
    ['31-12-2026', { type: 'date' }, '2026-12-31T00:00:00.000Z'],
    ['2026-02-28', { type: 'date' }, '2026-02-28T00:00:00.000Z'],
    ['1,5', { max: 20, min: 1, type: 'number' }, 1.5],
    ['Ja', { type: 'checkbox' }, true],
    ["'=1+1 is geen formule", { type: 'text' }, '=1+1 is geen formule'],
  ])('cell %j reads as %j', (raw, kind, value) => {
    expect(parseCell(raw, kind, names)).toEqual({ value })
  })

  it.each<[string, ColumnKind, RegExp]>([
    ['Toeschouwer', roles, /"Toeschouwer" is not known\. Use one of: "Slachtoffer", "Dader"/],
    ['Gemeente Atlantis', organisations, /"Gemeente Atlantis" is not known/],
    ['30-02-2026', { type: 'date' }, /not a date/],
    ['21', { max: 20, min: 1, type: 'number' }, /outside 1–20/],
    ['misschien', { type: 'checkbox' }, /not yes or no/],
    ['=SUM(A1:A3)', { type: 'text' }, /formula/],
    ['x'.repeat(201), { maxLength: 200, type: 'text' }, /at most 200/],
  ])('cell %j is refused: %s', (raw, kind, message) => {
    const result = parseCell(raw, kind, names)
    expect('problem' in result && result.problem).toMatch(message)
  })

  it('reads semicolon, comma and tab separated CSV, and UTF-16 from Excel', async () => {
    for (const text of ['Titel;Doel\r\nA;B\r\n', 'Titel,Doel\nA,B\n', 'Titel\tDoel\nA\tB\n']) {
      const table = await readTable(new TextEncoder().encode(text))
      expect(table).toMatchObject({ headers: ['Titel', 'Doel'], rows: [{ cells: ['A', 'B'], number: 2 }] })
    }
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Titel\tDoel\nCafé\tB\n', 'utf16le')])
    expect((await readTable(utf16)).rows[0]!.cells[0]).toBe('Café')
  })

  it('reads the sizes a zip declares without unpacking it', () => {
    expect(summariseZip(zipBomb(5_000_000))).toEqual({ entries: 1, unpackedBytes: 5_000_000 })
    expect(summariseZip(new Uint8Array(100))).toBeUndefined()
  })
})
