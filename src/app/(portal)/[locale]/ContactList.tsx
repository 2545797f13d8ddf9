import type { ContactCard } from '../../../../domain/directory'

/** Contact people as members see them: name, organisation, the themes they answer for, and an e-mail address only if they chose to show it. */
export function ContactList({
  contacts,
  emailLabel,
  forThemes,
  showOrganisation = false,
  themeNames,
}: {
  contacts: ContactCard[]
  emailLabel: string
  forThemes: (names: string) => string
  showOrganisation?: boolean
  themeNames: Map<string, string>
}) {
  return (
    <ul className="portal-contacts">
      {contacts.map((contact) => (
        <li key={contact.id}>
          <strong>{contact.name}</strong>
          {showOrganisation && contact.organisation ? ` (${contact.organisation.name})` : ''}
          {contact.contactFor.length > 0 ? (
            <span className="portal-meta">
              {' '}
              ·{' '}
              {forThemes(
                contact.contactFor
                  .map((id) => themeNames.get(id))
                  .filter(Boolean)
                  .join(', '),
              )}
            </span>
          ) : null}
          {contact.email ? (
            <>
              {' '}
              · {emailLabel}:{' '}
              <a className="utrecht-link" href={`mailto:${contact.email}`}>
                {contact.email}
              </a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
