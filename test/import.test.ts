import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { anonymous, api, eventually, login, type Session } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'
import { csvText, postImport, xlsxBytes, zipBomb } from './helpers/spreadsheets'

const headersNl = [
  'Titel',
  'Samenvatting',
  'Doel',
  'Gericht op (rol)',
  'Preventieniveau',
  'Delictsoorten',
  "Thema's",
  'Doelgroepen',
  'Gemeenten',
  'Status',
  'Titel (en)',
  'Samenvatting (en)',
  'Doel (en)',
]

const card = (n: number, overrides: Partial<Record<(typeof headersNl)[number], string>> = {}) => {
  const values: Record<string, string> = {
    Doel: `Doel van importkaart ${n}.`,
    Doelgroepen: 'Ouderen; Inwoners',
    'Doel (en)': '',
    Delictsoorten: 'Phishing, Helpdeskfraude',
    gemeenten: '',
    Gemeenten: 'Gemeente Delft',
    'Gericht op (rol)': 'Slachtoffer',
    Preventieniveau: 'Primair',
    Samenvatting: `Samenvatting van importkaart ${n}.`,
    'Samenvatting (en)': '',
    Status: 'Gepubliceerd',
    "Thema's": 'Online fraude en oplichting',
    Titel: `Importkaart ${n} spreadsheettoets`,
    'Titel (en)': '',
    ...overrides,
  }
  return headersNl.map((header) => values[header] ?? '')
}

describe('importing a spreadsheet', () => {
  let server: TestServer
  let curator: Session
  let member: Session
  const url = () => server.url

  const importedCards = async () => {
    const { body } = await api(url(), '/api/interventions?where[title][like]=spreadsheettoets&limit=100&draft=true&depth=0&sort=title', {
      session: curator,
    })
    return body.docs as Array<{
      id: string
      title: string
      slug: string
      summary: string
      _status: string
      themes: string[]
      crimeTypes: string[]
    }>
  }
  const auditCount = async (action: string) =>
    (await api(url(), `/api/audit-log?where[action][equals]=${action}&limit=0`, { session: await login(url(), 'admin@weerbaar.test') }))
      .body.totalDocs as number

  beforeAll(async () => {
    server = await startServer({}, 'import')
    ;[curator, member] = await Promise.all([login(url(), 'curator@weerbaar.test'), login(url(), 'member.denhaag@weerbaar.test')])
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('writes nothing from a spreadsheet with one bad row, names its row and column, then imports the fixed file once', async () => {
    const rows = [headersNl, card(1), card(2, { Preventieniveau: 'Quaternair' }), card(3)]
    const importsBefore = await auditCount('import')
    const refused = await postImport(url(), 'interventions', { bytes: await xlsxBytes(rows), name: 'kaarten.xlsx' }, curator)
    expect(refused.status).toBe(422)
    expect(refused.body.written).toBe(false)
    expect(refused.body.problems).toEqual([
      expect.objectContaining({
        cell: 'E3',
        column: 'Preventieniveau',
        message: expect.stringContaining('"Quaternair" is not known'),
        row: 3,
      }),
    ])
    expect(await importedCards()).toEqual([])
    expect(await auditCount('import')).toBe(importsBefore)

    rows[2] = card(2)
    const imported = await postImport(url(), 'interventions', { bytes: await xlsxBytes(rows), name: 'kaarten.xlsx' }, curator)
    expect(imported.status).toBe(200)
    expect(imported.body).toMatchObject({ created: 3, problems: [], unchanged: 0, updated: 0, written: true })
    const cards = await importedCards()
    expect(cards.map((each) => each.title)).toEqual([
      'Importkaart 1 spreadsheettoets',
      'Importkaart 2 spreadsheettoets',
      'Importkaart 3 spreadsheettoets',
    ])
    expect(cards[0]).toMatchObject({
      _status: 'published',
      crimeTypes: ['phishing', 'helpdesk-fraud'],
      slug: 'importkaart-1-spreadsheettoets',
    })
    expect(cards[0]!.themes).toHaveLength(1)
    expect(await auditCount('import')).toBe(importsBefore + 1)

    // The same file again changes nothing; a changed cell updates that one item.
    const again = await postImport(url(), 'interventions', { bytes: await xlsxBytes(rows), name: 'kaarten.xlsx' }, curator)
    expect(again.body).toMatchObject({ created: 0, unchanged: 3, updated: 0, written: true })
    rows[1] = card(1, { Samenvatting: 'Een betere samenvatting.' })
    const changed = await postImport(url(), 'interventions', { bytes: await xlsxBytes(rows), name: 'kaarten.xlsx' }, curator)
    expect(changed.body).toMatchObject({ created: 0, unchanged: 2, updated: 1, written: true })
    const after = await importedCards()
    expect(after).toHaveLength(3)
    expect(after[0]!.summary).toBe('Een betere samenvatting.')

    // Published imports reach search through the queue, like any other write, with their
    // visibility: no column means the default, partners only.
    const found = async (session: Session) => {
      const { body } = await api(url(), '/api/search?q=spreadsheettoets&limit=100', { session })
      return body.hits?.some((hit: { title: string }) => hit.title === 'Importkaart 2 spreadsheettoets')
    }
    await eventually('the imported card is findable', () => found(member))
    expect(await found(anonymous)).toBe(false)
  })

  it('a dry run reports every problem of every row, with row, column and cell, and writes nothing', async () => {
    const rows = [
      headersNl,
      card(10, { 'Gericht op (rol)': 'Toeschouwer' }),
      card(11, { Samenvatting: '' }),
      card(12, { Titel: 'T'.repeat(201) }),
      card(13, { "Thema's": 'Onbekend thema' }),
      card(14, { Titel: 'Importkaart 10 spreadsheettoets', 'Gericht op (rol)': 'Dader' }),
      card(15, { 'Titel (en)': 'Only an English title' }),
      card(16, { Doel: '=HYPERLINK("http://example.test")' }),
    ]
    const report = await postImport(url(), 'interventions', { bytes: csvText(rows), name: 'kaarten.csv' }, curator, true)
    expect(report.status).toBe(200)
    expect(report.body.written).toBe(false)
    const places = report.body.problems.map((problem: { row: number; column?: string }) => `${problem.row}:${problem.column ?? ''}`)
    expect(places).toEqual([
      '2:Gericht op (rol)',
      '3:Samenvatting',
      '4:Titel',
      "5:Thema's",
      '6:',
      '7:Samenvatting (en)',
      '7:Doel (en)',
      '8:Doel',
    ])
    expect(report.body.problems[0].message).toMatch(/"Toeschouwer" is not known\. Use one of: "Slachtoffer", "Dader"/)
    expect(report.body.problems[4].message).toMatch(/Row 2 already has the slug "importkaart-10-spreadsheettoets"/)
    expect(report.body.problems[7].message).toMatch(/formula/)
    expect(await importedCards()).toHaveLength(3)
  })

  it('reads English headers, comma-separated UTF-8 with a byte-order mark, and lessons learned', async () => {
    const rows = [
      ['Title', 'Project', 'Lesson', 'Summary', 'Round', 'Themes', 'Ignored column'],
      [
        'Geleerde les spreadsheettoets',
        'Cyberweerbare wijk',
        'Begin klein en samen met de wijkagent.',
        'Samenvatting met ë en ĳ.',
        '2',
        'Cybercrime en gedigitaliseerde criminaliteit',
        'x',
      ],
    ]
    const report = await postImport(url(), 'lessons-learned', { bytes: `\uFEFF${csvText(rows, ',')}`, name: 'lessen.csv' }, curator)
    expect(report.body).toMatchObject({ created: 1, written: true })
    expect(report.body.notes).toContain('Not imported (no such field): "Ignored column".')
    const { body } = await api(url(), '/api/lessons-learned?where[title][equals]=Geleerde les spreadsheettoets&draft=true&depth=0', {
      session: curator,
    })
    expect(body.docs[0]).toMatchObject({ _status: 'draft', round: 2, summary: 'Samenvatting met ë en ĳ.' })
  })

  it('runs the privacy guard on what it publishes', async () => {
    const rows = [
      ['Titel', 'Project', 'Les', 'Samenvatting', 'Observatie', 'Status'],
      ['Privacytoets spreadsheettoets', 'Project', 'Les.', 'Samenvatting.', 'Bel mevrouw Jansen op 06-12345678.', 'Gepubliceerd'],
    ]
    const report = await postImport(url(), 'lessons-learned', { bytes: csvText(rows), name: 'lessen.csv' }, curator)
    expect(report.status).toBe(422)
    expect(report.body.problems[0]).toMatchObject({ row: 2 })
    expect(report.body.problems[0].message).toMatch(/Personal data: .*in Observation\b/)
  })

  it('refuses bad files with a message that says what to do, and writes nothing', async () => {
    const cases: Array<{ file: { bytes: Uint8Array | string; name: string }; message: RegExp }> = [
      {
        file: { bytes: Buffer.from('Titel;Samenvatting;Doel\nCaf\xe9;Oud;Doel\n', 'latin1'), name: 'ansi.csv' },
        message: /not UTF-8 text.*CSV UTF-8/,
      },
      {
        file: {
          bytes: csvText([
            ['Titel', 'Opmerkingen'],
            ['Kaart zonder doel', ''],
          ]),
          name: 'kolommen.csv',
        },
        message: /The column "Samenvatting" is missing/,
      },
      {
        file: { bytes: await xlsxBytes([headersNl, card(20, { Doel: { formula: 'A2&B2' } as never })]), name: 'formule.xlsx' },
        message: /formulas \(cells C2\).*Paste Special → Values/,
      },
      { file: { bytes: new Uint8Array(11 * 1024 * 1024).fill(65), name: 'groot.csv' }, message: /at most 10 MB/ },
      {
        file: { bytes: csvText([headersNl, ...Array.from({ length: 1001 }, (_, index) => card(100 + index))]), name: 'rijen.csv' },
        message: /more than 1000 rows/,
      },
      { file: { bytes: zipBomb(120 * 1024 * 1024), name: 'bom.xlsx' }, message: /unpacks to more than 100 MB/ },
      {
        file: { bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), name: 'oud.xls' },
        message: /old Excel file \(\.xls\)/,
      },
      { file: { bytes: '', name: 'leeg.csv' }, message: /The file is empty/ },
      { file: { bytes: 'Titel;Samenvatting\n"open quote;x\n', name: 'kapot.csv' }, message: /cannot be read.*quote/ },
    ]
    for (const { file, message } of cases) {
      const report = await postImport(url(), 'interventions', file, curator)
      expect(report.status, file.name).toBe(422)
      expect(report.body.problems[0].message, file.name).toMatch(message)
    }
    expect(await importedCards()).toHaveLength(3)
  })

  it('lets only curators and admins import, and names what is wrong with the request', async () => {
    const file = { bytes: csvText([headersNl, card(30)]), name: 'kaarten.csv' }
    expect((await postImport(url(), 'interventions', file, anonymous)).status).toBe(401)
    expect((await postImport(url(), 'interventions', file, member)).status).toBe(403)
    const unknown = await postImport(url(), 'knowledge-cases', file, curator)
    expect(unknown).toMatchObject({ body: { errors: [{ field: 'collection' }] }, status: 400 })
    const noFile = await fetch(`${url()}/api/import/interventions`, { body: new FormData(), headers: curator.headers, method: 'POST' })
    expect(noFile.status).toBe(400)
    expect((await noFile.json()).errors[0].field).toBe('file')
    const badFlag = await fetch(`${url()}/api/import/interventions?dryRun=misschien`, { headers: curator.headers, method: 'POST' })
    expect((await badFlag.json()).errors[0].field).toBe('dryRun')
  })

  it('offers a template whose headers an import reads', async () => {
    const template = await fetch(`${url()}/api/import/good-practices/template`, { headers: curator.headers })
    expect(template.headers.get('content-type')).toMatch(/text\/csv/)
    const headers = (await template.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(',')
      .map((cell) => JSON.parse(cell) as string)
    expect(headers).toEqual(
      expect.arrayContaining(['Titel', 'Samenvatting', 'Label', 'Probleem en context', 'Aanpak', 'Status', 'Titel (en)']),
    )
    const row = headers.map(
      (header) =>
        ({
          Aanpak: 'Samen met scholen.',
          Label: 'Veelbelovend',
          'Probleem en context': 'Jongeren worden geldezel.',
          Samenvatting: 'Kort.',
          Titel: 'Goede praktijk spreadsheettoets',
        })[header] ?? '',
    )
    const report = await postImport(url(), 'good-practices', { bytes: csvText([headers, row], ','), name: 'sjabloon.csv' }, curator)
    expect(report.body).toMatchObject({ created: 1, problems: [], written: true })
  })

  it('imports from the command line with progress, as a named curator, while the server runs', async () => {
    const file = path.join(server.dataDir, 'cli.csv')
    fs.writeFileSync(file, csvText([headersNl, card(40), card(41, { Doelgroepen: 'Marsmannetjes' })]))
    const run = (...args: string[]) =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          [
            '--conditions=production',
            '--import',
            'tsx',
            'src/cli/import.ts',
            file,
            '--collection',
            'interventions',
            '--as',
            'curator@weerbaar.test',
            ...args,
          ],
          {
            env: { ...process.env, DATA_DIR: server.dataDir, LOG_LEVEL: 'warn' },
          },
        )
        let output = ''
        child.stdout.on('data', (chunk) => (output += chunk))
        child.stderr.on('data', (chunk) => (output += chunk))
        child.on('exit', (code) => resolve({ code, output }))
      })
    const failed = await run()
    expect(failed.code).toBe(1)
    expect(failed.output).toMatch(/row 3, column "Doelgroepen", \(H3\): "Marsmannetjes" is not known/)
    expect(failed.output).toMatch(/nothing was written/)
    fs.writeFileSync(file, csvText([headersNl, card(40), card(41)]))
    const dry = await run('--dry-run')
    expect(dry.code).toBe(0)
    expect(dry.output).toMatch(/dry run, no problems in 2 rows: would create 2/)
    const real = await run()
    expect(real.code).toBe(0)
    expect(real.output).toMatch(/import writing .* 2\/2/)
    expect(real.output).toMatch(/imported 2 rows into interventions: 2 created/)
    expect(await importedCards()).toHaveLength(5)
    const usage = await run('--collection', 'nonsense')
    expect(usage.code).toBe(2)
    // Four cold starts of the command: about 40 s on a quiet machine, far more on a busy one.
  }, 480_000)
})
