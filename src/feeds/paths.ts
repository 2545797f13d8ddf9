/** Where each feed lives, for the portal's links and the feeds' own `self`. */
export const feedPath = {
  collection: (slug: string) => `/api/feeds/${slug}.atom`,
  organisation: (slug: string) => `/api/feeds/organisations/${slug}.atom`,
  theme: (slug: string) => `/api/feeds/themes/${slug}.atom`,
} as const
