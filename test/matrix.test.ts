import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { anonymous, api, graphql, login, type Session } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'

type Matrix = {
  rowsDimension: string
  columnsDimension: string
  rows: Array<{ value: string; label: string }>
  columns: Array<{ value: string; label: string }>
  cells: Array<{ row: string; column: string; count: number; interventions: Array<{ id: string; title: string; slug: string }> }>
  total: number
}

const countsOf = (matrix: Matrix) => Object.fromEntries(matrix.cells.map((cell) => [`${cell.row}|${cell.column}`, cell.count]))

const matrixQuery = `query ($rows: String, $columns: String, $targetGroup: [TargetGroupValue!], $theme: [String!]) {
  interventionsMatrix(rows: $rows, columns: $columns, targetGroup: $targetGroup, theme: $theme) {
    rowsDimension columnsDimension total
    rows { value label } columns { value label }
    cells { row column count interventions { id title slug } }
  }
}`

describe('the interventions matrix over HTTP, GraphQL and the portal', () => {
  let server: TestServer
  let curator: Session
  let member: Session
  let admin: Session
  const url = () => server.url
  const partnersOnly = 'Matrixtoets: alleen voor partners'

  beforeAll(async () => {
    server = await startServer({}, 'matrix')
    ;[curator, member, admin] = await Promise.all([
      login(url(), 'curator@weerbaar.test'),
      login(url(), 'member.leiden@weerbaar.test'),
      login(url(), 'admin@weerbaar.test'),
    ])
    const created = await api(url(), '/api/interventions', {
      body: {
        _status: 'published',
        goal: 'Doel.',
        preventionLevel: ['tertiary'],
        role: ['offender'],
        summary: 'Alleen ingelogd.',
        title: partnersOnly,
        visibility: 'partners',
      },
      method: 'POST',
      session: curator,
    })
    expect(created.status).toBe(201)
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('answers role × prevention level by default, the same over REST and GraphQL', async () => {
    const rest = await api<Matrix>(url(), '/api/interventions-matrix')
    expect(rest.status).toBe(200)
    expect(rest.body).toMatchObject({ columnsDimension: 'preventionLevel', rowsDimension: 'role' })
    expect(rest.body.rows.map((row) => row.value)).toEqual(['victim', 'offender', 'bystander', 'organisation'])
    const { data } = await graphql(url(), matrixQuery)
    expect(data.interventionsMatrix).toEqual(rest.body)
    expect(rest.body.cells.reduce((sum, cell) => sum + cell.count, 0)).toBeGreaterThanOrEqual(rest.body.total)
  })

  it('counts what the reader may see, and opens a cell with exactly its cards', async () => {
    const forAnonymous = (await api<Matrix>(url(), '/api/interventions-matrix', { session: anonymous })).body
    const forMember = (await api<Matrix>(url(), '/api/interventions-matrix', { session: member })).body
    const cell = (matrix: Matrix) => matrix.cells.find((each) => each.row === 'offender' && each.column === 'tertiary')!
    expect(cell(forMember).count).toBe(cell(forAnonymous).count + 1)
    expect(cell(forMember).interventions.map((each) => each.title)).toContain(partnersOnly)
    expect(cell(forAnonymous).interventions.map((each) => each.title)).not.toContain(partnersOnly)
    for (const each of forMember.cells) expect(each.interventions).toHaveLength(each.count)
  })

  it('takes other dimensions and filters, with the same answer in GraphQL', async () => {
    const rest = await api<Matrix>(
      url(),
      '/api/interventions-matrix?rows=theme&columns=targetGroup&targetGroup=seniors&targetGroup=youth',
      { session: member },
    )
    expect(rest.status).toBe(200)
    expect(rest.body.columns.map((column) => column.value)).toContain('seniors')
    const unfiltered = (await api<Matrix>(url(), '/api/interventions-matrix?rows=theme&columns=targetGroup', { session: member })).body
    expect(rest.body.total).toBeGreaterThan(0)
    expect(rest.body.total).toBeLessThan(unfiltered.total)
    // Every card for seniors or youth passes the filter; its other target groups still show.
    for (const cell of unfiltered.cells.filter((each) => each.column === 'seniors' || each.column === 'youth')) {
      expect(countsOf(rest.body)[`${cell.row}|${cell.column}`]).toBe(cell.count)
    }
    const { data } = await graphql(url(), matrixQuery, member, { columns: 'targetGroup', rows: 'theme', targetGroup: ['seniors', 'youth'] })
    expect(countsOf(data.interventionsMatrix)).toEqual(countsOf(rest.body))
  })

  it('names the parameter that is wrong', async () => {
    const { body, status } = await api(url(), '/api/interventions-matrix?rows=colour&targetGroup=aliens&extra=1')
    expect(status).toBe(400)
    expect(body.errors.map((error: any) => error.parameter).sort()).toEqual(['extra', 'rows', 'targetGroup'])
    const same = await api(url(), '/api/interventions-matrix?rows=role&columns=role')
    expect(same.status).toBe(400)
    const { errors } = await graphql(url(), '{ interventionsMatrix(rows: "colour") { total } }')
    expect(errors?.[0]?.message).toMatch(/rows/)
  })

  it('exports the matrix as CSV a spreadsheet opens, and logs the export', async () => {
    const response = await fetch(`${url()}/api/interventions-matrix?format=csv`, { headers: member.headers })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/csv/)
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="interventiematrix-\d{4}-\d{2}-\d{2}.csv"/)
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe('"Gericht op \\ Preventieniveau","Primair","Secundair","Tertiair"')
    const json = (await api<Matrix>(url(), '/api/interventions-matrix', { session: member })).body
    expect(lines).toHaveLength(json.rows.length + 1)
    const offender = lines
      .find((line) => line.startsWith('"Dader'))!
      .split(',')
      .map((value) => value.replaceAll('"', ''))
    expect(Number(offender[3])).toBe(json.cells.find((cell) => cell.row === 'offender' && cell.column === 'tertiary')!.count)

    const log = await api(url(), '/api/audit-log?where[action][equals]=export&depth=0', { session: admin })
    expect(log.body.docs[0]).toMatchObject({ collection: 'interventions', userEmail: 'member.leiden@weerbaar.test' })
  })

  it('shows the same counts on the portal page', async () => {
    const json = (await api<Matrix>(url(), '/api/interventions-matrix?rows=role&columns=preventionLevel', { session: member })).body
    const html = await (await fetch(`${url()}/interventies/matrix?rows=role&columns=preventionLevel`, { headers: member.headers })).text()
    for (const cell of json.cells) {
      const match = html.match(new RegExp(`data-column="${cell.column}" data-row="${cell.row}"[^>]*>(?:<a[^>]*>|<span[^>]*>)(\\d+)`))
      expect(Number(match?.[1]), `${cell.row} × ${cell.column}`).toBe(cell.count)
    }
  })
})
