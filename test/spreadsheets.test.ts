import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { anonymous, api, eventually, login, type Session } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'
import { postImport } from './helpers/spreadsheets'

/** CSV cells as a spreadsheet program reads them with this delimiter (quoted cells, CRLF lines). */
function parseCsv(text: string, delimiter: ',' | ';'): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const body = text.replace(/^\uFEFF/, '')
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') ((cell += '"'), index++)
      else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === delimiter) (row.push(cell), (cell = ''))
    else if (char === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''))
    else if (char !== '\r') cell += char
  }
  return rows
}

/** The first sheet of a workbook as Excel shows it: each cell's value (dates stay dates). */
async function readWorkbook(bytes: ArrayBuffer): Promise<ExcelJS.CellValue[][]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as never)
  const rows: ExcelJS.CellValue[][] = []
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)))
  return rows
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

describe('spreadsheets that open right: semicolons for Dutch Excel, XLSX, and drafts that import back', () => {
  let server: TestServer
  let member: Session
  let admin: Session
  const url = () => server.url

  const download = async (path: string, session: Session = anonymous) => {
    const response = await fetch(`${url()}${path}`, { headers: session.headers })
    const bytes = await response.arrayBuffer()
    return {
      bytes,
      disposition: response.headers.get('content-disposition') ?? '',
      status: response.status,
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
      type: response.headers.get('content-type') ?? '',
    }
  }

  beforeAll(async () => {
    server = await startServer({}, 'spreadsheets')
    ;[member, admin] = await Promise.all([login(url(), 'member.leiden@weerbaar.test'), login(url(), 'admin@weerbaar.test')])
    await eventually('search has indexed the seed', async () => (await api(url(), '/api/search?limit=1')).body.total > 0)
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('writes semicolons and a byte-order mark when asked, commas by default', async () => {
    for (const path of [
      '/api/search/export?format=csv',
      '/api/interventions-matrix?format=csv',
      '/api/export/interventions?format=csv',
      '/api/import/interventions/template',
    ]) {
      const comma = await download(path, admin)
      const semicolon = await download(`${path}${path.includes('?') ? '&' : '?'}delimiter=semicolon`, admin)
      expect(semicolon.status, path).toBe(200)
      expect(semicolon.type, path).toMatch(/^text\/csv; charset=utf-8/)
      expect(semicolon.text.startsWith('\uFEFF'), path).toBe(true)
      expect(semicolon.text.split('\r\n')[0], path).toMatch(/^\uFEFF"[^"]*";"/)
      expect(comma.text.split('\r\n')[0], path).toMatch(/^\uFEFF"[^"]*","/)
      // The same cells either way.
      expect(parseCsv(semicolon.text, ';'), path).toEqual(parseCsv(comma.text, ','))
    }
    const search = parseCsv((await download('/api/search/export?format=csv&delimiter=semicolon&locale=en')).text, ';')
    expect(search[0]).toEqual(['Type', 'Title', 'Summary', 'Themes', 'Updated', 'Link'])
    expect(search.length).toBeGreaterThan(5)
  })

  it('gives Dutch readers of the portal download links with semicolons, and offers XLSX', async () => {
    const linksOn = async (path: string, api: string) => {
      const html = await (await fetch(`${url()}${path}`)).text()
      return [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!.replaceAll('&amp;', '&')).filter((href) => href.startsWith(api))
    }
    for (const [page, endpoint] of [
      ['zoeken?q=phishing', '/api/search/export?'],
      ['interventies/matrix', '/api/interventions-matrix?'],
    ] as const) {
      const dutch = await linksOn(`/${page}`, endpoint)
      const csv = dutch.find((href) => href.includes('format=csv'))!
      expect(csv, page).toContain('delimiter=semicolon')
      expect(
        dutch.some((href) => href.includes('format=xlsx')),
        page,
      ).toBe(true)
      const file = await download(csv)
      expect(file.status, page).toBe(200)
      expect(file.text.split('\r\n')[0], page).toMatch(/^\uFEFF"[^"]*";"/)

      const english = await linksOn(`/en/${page}`, endpoint)
      expect(
        english.find((href) => href.includes('format=csv')),
        page,
      ).not.toContain('delimiter')
      const xlsx = await download(english.find((href) => href.includes('format=xlsx'))!)
      expect(xlsx.type, page).toBe(xlsxType)
    }
  })

  it('refuses any other delimiter, naming the parameter', async () => {
    for (const path of [
      '/api/search/export?format=csv&delimiter=tab',
      '/api/interventions-matrix?format=csv&delimiter=tab',
      '/api/export/interventions?format=csv&delimiter=tab',
      '/api/import/interventions/template?delimiter=tab',
    ]) {
      const { body, status } = await api(url(), path, { session: admin })
      expect(status, path).toBe(400)
      expect(body.errors[0], path).toMatchObject({ parameter: 'delimiter' })
      expect(body.errors[0].message, path).toContain('semicolon')
    }
    const format = await api(url(), '/api/search/export?format=ods')
    expect(format.body.errors[0]).toMatchObject({ parameter: 'format' })
    expect(format.body.errors[0].message).toContain('xlsx')
  })

  it('exports search results, the matrix and the template as XLSX with the same rows as the CSV', async () => {
    const search = await download('/api/search/export?format=xlsx&locale=en')
    expect(search.status).toBe(200)
    expect(search.type).toBe(xlsxType)
    expect(search.disposition).toMatch(/attachment; filename="zoekresultaten-\d{4}-\d{2}-\d{2}\.xlsx"/)
    const sheet = await readWorkbook(search.bytes)
    const csv = parseCsv((await download('/api/search/export?format=csv&locale=en')).text, ',')
    expect(sheet[0]).toEqual(['Type', 'Title', 'Summary', 'Themes', 'Updated', 'Link'])
    expect(sheet).toHaveLength(csv.length)
    // Updated is a date in the workbook, the same day as in the CSV.
    expect(sheet[1]![4]).toBeInstanceOf(Date)
    expect((sheet[1]![4] as Date).toISOString().slice(0, 10)).toBe(csv[1]![4])
    expect(sheet.slice(1).map((row) => row[1])).toEqual(csv.slice(1).map((row) => row[1]))

    const matrix = await readWorkbook((await download('/api/interventions-matrix?format=xlsx')).bytes)
    const matrixCsv = parseCsv((await download('/api/interventions-matrix?format=csv')).text, ',')
    expect(matrix.map((row) => row.map(String))).toEqual(matrixCsv)
    expect(typeof matrix[1]![1]).toBe('number')

    const template = await download('/api/import/interventions/template?format=xlsx', admin)
    expect(template.type).toBe(xlsxType)
    expect((await readWorkbook(template.bytes))[0]).toEqual(
      parseCsv((await download('/api/import/interventions/template', admin)).text, ',')[0],
    )
  })

  it('imports a whole-collection export back, drafts as drafts and published items as published, from CSV, CSV with semicolons and XLSX', async () => {
    const titleOnly = await api(url(), '/api/interventions?draft=true', {
      body: { title: 'Spreadsheettoets alleen een titel' },
      method: 'POST',
      session: member,
    })
    expect(titleOnly.status).toBe(201)
    expect(titleOnly.body.doc._status).toBe('draft')

    const everything = async () =>
      (await api(url(), '/api/interventions?limit=0&depth=0&draft=true&locale=all&sort=createdAt', { session: admin })).body.docs as any[]
    const statuses = (docs: any[]): Record<string, [string, string]> =>
      Object.fromEntries(docs.map((doc) => [doc.slug, [doc._status, doc.workflowStatus]]))
    const before = await everything()
    expect(Object.values(statuses(before)).map(([status]) => status)).toEqual(expect.arrayContaining(['draft', 'published']))
    const withoutIds = (rows: string[][]) => rows.map((row) => row.slice(1))
    const exported = withoutIds(parseCsv((await download('/api/export/interventions?format=csv', admin)).text, ','))
    expect(exported.map((row) => row[0])).toContain('Spreadsheettoets alleen een titel')

    const files = {
      csv: async () => ({ bytes: (await download('/api/export/interventions?format=csv', admin)).text, name: 'export.csv' }),
      semicolon: async () => ({
        bytes: (await download('/api/export/interventions?format=csv&delimiter=semicolon', admin)).text,
        name: 'export.csv',
      }),
      xlsx: async () => {
        const file = await download('/api/export/interventions?format=xlsx', admin)
        expect(file.type).toBe(xlsxType)
        expect(file.disposition).toMatch(/filename="interventions-\d{4}-\d{2}-\d{2}\.xlsx"/)
        return { bytes: new Uint8Array(file.bytes), name: 'export.xlsx' }
      },
    }
    for (const [format, file] of Object.entries(files)) {
      const bytes = await file()
      // The file of the collection as it is changes nothing.
      const check = await postImport(url(), 'interventions', bytes, admin, true)
      expect(check.body.problems, format).toEqual([])
      expect(check.body, format).toMatchObject({ created: 0, updated: 0, unchanged: before.length })

      const removed = await api(url(), '/api/interventions?where[id][exists]=true&limit=0', { method: 'DELETE', session: admin })
      expect(removed.status, format).toBe(200)
      expect(await everything(), format).toEqual([])

      const imported = await postImport(url(), 'interventions', bytes, admin)
      expect(imported.body.problems, format).toEqual([])
      expect(imported.status, format).toBe(200)
      expect(imported.body.created, format).toBe(before.length)
      const after = await everything()
      expect(statuses(after), format).toEqual(statuses(before))
      expect(
        after.find((doc) => doc.slug === 'spreadsheettoets-alleen-een-titel'),
        format,
      ).toMatchObject({
        _status: 'draft',
        title: { nl: 'Spreadsheettoets alleen een titel' },
      })
      expect(withoutIds(parseCsv((await download('/api/export/interventions?format=csv', admin)).text, ',')), format).toEqual(exported)
    }
  })

  it('still asks a published row for what a published item needs', async () => {
    const template = parseCsv((await download('/api/import/interventions/template', admin)).text, ',')[0]!
    const row = template.map((header) =>
      header === 'Titel' ? 'Spreadsheettoets gepubliceerd zonder samenvatting' : header === 'Status' ? 'Gepubliceerd' : '',
    )
    const csv = [template, row].map((cells) => cells.map((cell) => `"${cell}"`).join(',')).join('\r\n')
    const report = await postImport(url(), 'interventions', { bytes: csv, name: 'gepubliceerd.csv' }, admin, true)
    expect(report.status).toBe(200)
    expect(report.body.problems.map((problem: { column?: string }) => problem.column)).toContain('Samenvatting')
  })
})
