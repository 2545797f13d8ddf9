/** Weerbaar's mark: the W of the portal's favicon. */
const Mark = ({ size }: { size: number | string }) => (
  <svg aria-hidden="true" height={size} viewBox="0 0 32 32" width={size} xmlns="http://www.w3.org/2000/svg">
    <rect fill="#154273" height="32" rx="6" width="32" />
    <path d="M7 9l4.5 14L16 13l4.5 10L25 9" fill="none" stroke="#fff" strokeLinecap="round" strokeLinejoin="round" strokeWidth="3.6" />
  </svg>
)

/** On the sign-in page, in place of Payload's: the workspace's name and mark. */
export const Logo = () => (
  <span className="weerbaar-logo">
    <Mark size={48} />
    <span className="weerbaar-logo__name">Weerbaar</span>
  </span>
)

/** In the header's home link, in place of Payload's icon: the mark alone, as the space is an icon's. */
export const Icon = () => (
  <span className="weerbaar-icon" title="Weerbaar">
    <Mark size="100%" />
  </span>
)

/** At the top of the navigation: the workspace's name with its mark. */
export const NavBrand = () => (
  <a className="weerbaar-nav-brand" href="/admin">
    <Mark size={28} />
    <span>Weerbaar</span>
  </a>
)
