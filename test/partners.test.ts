import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { anonymous, api, login, type Session } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'

/**
 * Finding each other over real HTTP, on the demo content: the partner directory, organisation
 * profiles and the regional coverage of intervention cards, with contact people only for
 * signed-in members and an e-mail address only where its owner shows it.
 */
describe('partner directory, organisation profiles and regional coverage', () => {
  let server: TestServer
  let zoetermeer: Session
  let leiden: Session
  const url = () => server.url
  const names = (docs: any[]) => docs.map((doc) => doc.name)

  beforeAll(async () => {
    server = await startServer({}, 'partners')
    ;[zoetermeer, leiden] = await Promise.all([
      login(url(), 'member.zoetermeer@weerbaar.test'),
      login(url(), 'member.leiden@weerbaar.test'),
    ])
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('a policy officer of Zoetermeer finds the Haaglanden municipalities that run the helpdesk-fraud card, and whom to call at each', async () => {
    const { body, status } = await api(url(), '/api/coverage?intervention=waarschuwingskaart-bankhelpdeskfraude&district=haaglanden', {
      session: zoetermeer,
    })
    expect(status).toBe(200)
    expect(body.municipalities).toHaveLength(9)
    const [row] = body.rows
    const byId = new Map(body.municipalities.map((each: any) => [each.id, each.name]))
    expect(row.municipalities.map((id: string) => byId.get(id))).toEqual(['Gemeente Delft', 'Gemeente Den Haag', 'Gemeente Rijswijk'])
    expect(row.byDistrict).toEqual({ haaglanden: 3 })
    const contacts = Object.fromEntries(
      Object.entries(row.contacts as Record<string, any[]>).map(([id, people]) => [byId.get(id), people.map((person) => person.name)]),
    )
    expect(contacts).toEqual({
      'Gemeente Delft': [],
      'Gemeente Den Haag': ['Daan de Vries'],
      'Gemeente Rijswijk': ['Youssef El Amrani'],
    })
    // Both chose to show their address.
    expect(row.contacts[row.municipalities[1]][0].email).toBe('member.denhaag@weerbaar.test')

    const everywhere = await api(url(), '/api/coverage?intervention=waarschuwingskaart-bankhelpdeskfraude', { session: zoetermeer })
    expect(everywhere.body.municipalities).toHaveLength(27)
    expect(everywhere.body.rows[0].byDistrict).toEqual({ haaglanden: 3, 'hollands-midden': 1 })
  })

  it('tells visitors who runs what, but not whom to call', async () => {
    const { body } = await api(url(), '/api/coverage?intervention=waarschuwingskaart-bankhelpdeskfraude&district=haaglanden', {
      session: anonymous,
    })
    expect(body.rows[0].municipalities).toHaveLength(3)
    expect(Object.values(body.rows[0].contacts).flat()).toEqual([])
    const profile = await api(url(), '/api/directory/gemeente-den-haag', { session: anonymous })
    expect(profile.body.contacts).toEqual([])
    expect(JSON.stringify(profile.body)).not.toContain('@weerbaar.test')
  })

  it('counts only cards the reader may read, and refuses a district it does not know, naming it', async () => {
    // A partners-only card: visible in the coverage for members, not for visitors.
    const asMember = await api(url(), '/api/coverage', { session: leiden })
    const asVisitor = await api(url(), '/api/coverage', { session: anonymous })
    const slugs = (body: any) => body.rows.map((row: any) => row.intervention.slug)
    expect(slugs(asMember.body)).toContain('meldroute-verward-gedrag')
    expect(slugs(asVisitor.body)).not.toContain('meldroute-verward-gedrag')
    const wrong = await api(url(), '/api/coverage?district=zuid', { session: leiden })
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors[0].data.field).toBe('district')
  })

  it('lists the partnership, filtered by kind, district and theme; contact counts for members only', async () => {
    const chain = await api(url(), '/api/directory?type=chain-partner', { session: leiden })
    expect(names(chain.body.docs)).toEqual(
      expect.arrayContaining(['CCV', 'RIEC Den Haag', 'RSIV', 'Veilig Thuis Haaglanden', 'Zorg- en Veiligheidshuis Hollands Midden']),
    )
    expect(chain.body.docs.every((doc: any) => typeof doc.contacts === 'number')).toBe(true)
    const visitor = await api(url(), '/api/directory?type=chain-partner')
    expect(visitor.body.docs.every((doc: any) => doc.contacts === undefined)).toBe(true)
    const haaglanden = await api(url(), '/api/directory?type=municipality&district=haaglanden')
    expect(haaglanden.body.total).toBe(9)
    const searched = await api(url(), '/api/directory?q=veilig')
    expect(names(searched.body.docs)).toEqual(expect.arrayContaining(['Veilig Thuis Haaglanden', 'Zorg- en Veiligheidshuis Haaglanden']))
    const fraud = await api(url(), '/api/directory?theme=online-fraude', { session: leiden })
    expect(names(fraud.body.docs)).toEqual(expect.arrayContaining(['Gemeente Den Haag', 'Gemeente Rijswijk', 'Gemeente Zoetermeer']))
    expect(names(fraud.body.docs)).not.toContain('GGD Haaglanden')
    expect((await api(url(), '/api/directory?type=bank')).status).toBe(400)
  })

  it('shows an organisation’s profile: what it runs, its groups and, for members, its contact people per theme', async () => {
    const { body } = await api(url(), '/api/directory/gemeente-den-haag', { session: leiden })
    expect(body.organisation).toMatchObject({ district: 'haaglanden', name: 'Gemeente Den Haag', type: 'municipality' })
    expect(body.usesInterventions.map((card: any) => card.slug)).toContain('waarschuwingskaart-bankhelpdeskfraude')
    expect(body.groups.map((group: any) => group.title)).toEqual(expect.arrayContaining(['Cyberweerbare wijken']))
    expect(body.groups.find((group: any) => group.title === 'Cyberweerbare wijken').leads).toBe(true)
    expect(body.contacts.map((contact: any) => contact.name)).toEqual(['Daan de Vries'])
    // A group-only lesson of The Hague is not among what Leiden sees it publish.
    expect(body.owns.map((item: any) => item.slug)).not.toContain('wijkambassadeurs-en-wijkagent')
    const zoetermeerProfile = await api(url(), '/api/directory/gemeente-zoetermeer', { session: leiden })
    // Sanne Bakker did not choose to show her address.
    expect(zoetermeerProfile.body.contacts).toEqual([expect.not.objectContaining({ email: expect.anything() })])
    expect((await api(url(), '/api/directory/bestaat-niet')).status).toBe(404)
  })
})
