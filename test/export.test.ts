import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { anonymous, api, eventually, login, type Session } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'
import { postImport } from './helpers/spreadsheets'

/** CSV cells as a spreadsheet program reads them (quoted, comma-separated, CRLF lines). */
function parseCsv(text: string): string[][] {
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
    else if (char === ',') (row.push(cell), (cell = ''))
    else if (char === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''))
    else if (char !== '\r') cell += char
  }
  return rows
}

describe('exports: search results, the matrix and whole collections', () => {
  let server: TestServer
  let curator: Session
  let member: Session
  let admin: Session
  const url = () => server.url
  const partnersOnly = 'Exporttoets alleen voor partners'
  const formulaTitle = '=HYPERLINK("http://evil.test","Exporttoets formule")'

  const download = async (path: string, session: Session = anonymous) => {
    const response = await fetch(`${url()}${path}`, { headers: session.headers })
    return {
      disposition: response.headers.get('content-disposition') ?? '',
      status: response.status,
      text: await response.text(),
      type: response.headers.get('content-type') ?? '',
    }
  }

  beforeAll(async () => {
    server = await startServer({}, 'export')
    ;[curator, member, admin] = await Promise.all([
      login(url(), 'curator@weerbaar.test'),
      login(url(), 'member.leiden@weerbaar.test'),
      login(url(), 'admin@weerbaar.test'),
    ])
    for (const [title, visibility] of [
      [partnersOnly, 'partners'],
      [formulaTitle, 'public'],
      ['Exporttoets openbaar', 'public'],
    ] as const) {
      const created = await api(url(), '/api/interventions', {
        body: {
          _status: 'published',
          goal: 'Doel.',
          preventionLevel: ['primary'],
          role: ['victim'],
          summary: 'Exporttoets samenvatting.',
          title,
          visibility,
        },
        method: 'POST',
        session: curator,
      })
      expect(created.status).toBe(201)
    }
    await eventually(
      'the new cards are indexed',
      async () => (await api(url(), '/api/search?q=exporttoets', { session: member })).body.total === 3,
    )
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('exports a whole search result as JSON and CSV with the searcher’s access', async () => {
    const asMember = await download('/api/search/export?q=exporttoets&format=json', member)
    expect(asMember.type).toMatch(/application\/json/)
    expect(asMember.disposition).toMatch(/attachment; filename="zoekresultaten-\d{4}-\d{2}-\d{2}\.json"/)
    const json = JSON.parse(asMember.text)
    // The shape of /api/search itself, with every hit.
    const searched = (await api(url(), '/api/search?q=exporttoets', { session: member })).body
    expect(Object.keys(json).sort()).toEqual(Object.keys(searched).sort())
    expect(json).toMatchObject({ page: 1, query: 'exporttoets', total: 3 })
    expect(json.hits).toHaveLength(3)
    expect(json.hits.map((hit: { title: string }) => hit.title)).toContain(partnersOnly)
    expect(json.hits[0].url).toMatch(/^\/interventies\//)
    expect(json.facetLabels.type.interventions).toEqual({ en: 'Intervention card', nl: 'Interventiekaart' })

    const asAnonymous = JSON.parse((await download('/api/search/export?q=exporttoets')).text)
    expect(asAnonymous.total).toBe(2)
    expect(asAnonymous.hits.map((hit: { title: string }) => hit.title)).not.toContain(partnersOnly)

    const csv = await download('/api/search/export?q=exporttoets&format=csv&locale=en')
    expect(csv.type).toMatch(/text\/csv/)
    const rows = parseCsv(csv.text)
    expect(rows[0]).toEqual(['Type', 'Title', 'Summary', 'Themes', 'Updated', 'Link'])
    expect(rows).toHaveLength(3)
    expect(rows.flat().join(' ')).not.toContain(partnersOnly)
    // A title that is a formula is text in the spreadsheet, never a live formula.
    expect(rows.map((row) => row[1])).toContain(`'${formulaTitle}`)
  })

  it('exports every page of a large result, not only the first', async () => {
    const all = JSON.parse((await download('/api/search/export?format=json', admin)).text)
    const searched = (await api(url(), '/api/search?limit=5', { session: admin })).body
    expect(all.total).toBe(searched.total)
    expect(all.hits).toHaveLength(searched.total)
    expect(all.total).toBeGreaterThan(20)
  })

  it('says which parameter is wrong', async () => {
    const format = await api(url(), '/api/search/export?format=xml')
    expect(format).toMatchObject({ body: { errors: [{ parameter: 'format' }] }, status: 400 })
    const facet = await api(url(), '/api/search/export?role=alien')
    expect(facet).toMatchObject({ body: { errors: [{ parameter: 'role' }] }, status: 400 })
  })

  it('exports the matrix as JSON and CSV with the same numbers', async () => {
    const json = await download('/api/interventions-matrix?format=json', member)
    expect(json.disposition).toMatch(/interventiematrix-.*\.json/)
    const matrix = JSON.parse(json.text)
    const csv = parseCsv((await download('/api/interventions-matrix?format=csv', member)).text)
    const csvTotal = csv
      .slice(1)
      .flatMap((row) => row.slice(1).map(Number))
      .reduce((sum, count) => sum + count, 0)
    const jsonTotal = matrix.cells.reduce((sum: number, cell: { count: number }) => sum + cell.count, 0)
    expect(csvTotal).toBe(jsonTotal)
    const anonymousMatrix = JSON.parse((await download('/api/interventions-matrix?format=json')).text)
    expect(JSON.stringify(anonymousMatrix)).not.toContain(partnersOnly)
    expect(JSON.stringify(matrix)).toContain(partnersOnly)
  })

  it('records exports by signed-in users in the audit log', async () => {
    await download('/api/search/export?q=exporttoets&format=csv', member)
    const { body } = await api(
      url(),
      '/api/audit-log?where[collection][equals]=search&where[action][equals]=export&sort=-createdAt&limit=1&depth=0',
      { session: admin },
    )
    expect(body.docs[0]).toMatchObject({ action: 'export', userEmail: 'member.leiden@weerbaar.test' })
    expect(body.docs[0].comment).toMatch(/Search results as csv: q=exporttoets/)
  })

  it('exports a whole collection for admins only, drafts and every language included, without secrets', async () => {
    expect((await download('/api/export/interventions?format=json')).status).toBe(401)
    expect((await download('/api/export/interventions?format=json', curator)).status).toBe(403)
    expect((await download('/api/export/payload-jobs', admin)).status).toBe(404)
    const draft = await api(url(), '/api/interventions', {
      body: { goal: 'Doel.', preventionLevel: ['primary'], role: ['victim'], summary: 'Nog niet klaar.', title: 'Exporttoets concept' },
      method: 'POST',
      session: member,
    })
    expect(draft.status).toBe(201)

    const json = JSON.parse((await download('/api/export/interventions?format=json', admin)).text)
    const counted = (await api(url(), '/api/interventions?limit=0&draft=true', { session: admin })).body.totalDocs
    expect(json.total).toBe(counted)
    const concept = json.docs.find((doc: { slug: string }) => doc.slug === 'exporttoets-concept')
    expect(concept).toMatchObject({ _status: 'draft', title: { nl: 'Exporttoets concept' } })

    const users = await download('/api/export/users?format=json', admin)
    expect(users.status).toBe(200)
    const userDocs = JSON.parse(users.text).docs
    expect(userDocs.length).toBeGreaterThanOrEqual(5)
    for (const secret of ['hash', 'salt', 'sessions', 'apiKey', 'resetPasswordToken']) expect(users.text).not.toContain(`"${secret}"`)

    const auditCsv = parseCsv((await download('/api/export/audit-log?format=csv', admin)).text)
    expect(auditCsv[0]).toEqual(expect.arrayContaining(['id', 'action', 'collection', 'userEmail']))
  })

  it('exports a knowledge collection as a CSV that imports again without changing anything', async () => {
    const exported = await download('/api/export/interventions?format=csv', admin)
    const rows = parseCsv(exported.text)
    expect(rows[0]!.slice(0, 4)).toEqual(['ID', 'Titel', 'Titel (en)', 'Slug'])
    const report = await postImport(url(), 'interventions', { bytes: exported.text, name: 'export.csv' }, admin, true)
    expect(report.body.problems).toEqual([])
    expect(report.body).toMatchObject({ created: 0, updated: 0, unchanged: rows.length - 1 })
  })
})
