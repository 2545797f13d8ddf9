import { portalContext } from '../../portal/payload'

// Content changes all the time and depends on who is signed in.
export const dynamic = 'force-dynamic'

export default async function Home() {
  const { payload, user } = await portalContext()
  const recent = await payload.find({
    collection: 'interventions',
    depth: 0,
    limit: 12,
    overrideAccess: false,
    sort: '-updatedAt',
    user,
  })
  return (
    <>
      <h1>Weerbaar</h1>
      <p>
        Interventies, goede praktijken en lessen van de gemeenten, politie, het OM en de partners
        van de City Deal Lokale Cyberweerbaarheid.
      </p>
      <h2>Recent bijgewerkte interventiekaarten</h2>
      {recent.docs.length === 0 ? (
        <p>Er zijn nog geen interventiekaarten die u mag inzien.</p>
      ) : (
        <ul className="cards">
          {recent.docs.map((card) => (
            <li key={card.id}>
              <h3>{card.title}</h3>
              <p>{card.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
