/** A theme as the hierarchy needs it: themes are a two-level tree, theme -> sub-theme. */
export type ThemeNode = { id: string; slug: string; parent?: string | null }

/**
 * What the theme hierarchy means, everywhere: an item on a sub-theme is also on its main theme.
 * A filter on a theme finds the items of its sub-themes (search, matrix, portal, exports), and a
 * count under a theme includes them.
 */
export class ThemeTree {
  private readonly byId = new Map<string, ThemeNode>()
  private readonly childrenOf = new Map<string, string[]>()

  constructor(themes: readonly ThemeNode[]) {
    for (const theme of themes) this.byId.set(theme.id, theme)
    for (const theme of themes) {
      if (theme.parent && this.byId.has(theme.parent))
        this.childrenOf.set(theme.parent, [...(this.childrenOf.get(theme.parent) ?? []), theme.id])
    }
  }

  /** The main theme of a theme (itself for a main theme). */
  mainThemeOf(id: string): ThemeNode | undefined {
    const theme = this.byId.get(id)
    const parent = theme?.parent ? this.byId.get(theme.parent) : undefined
    return parent ?? theme
  }

  /** The slugs an item on these themes counts under: each theme and its main theme. */
  slugsCountedFor(themeIds: readonly string[]): string[] {
    const slugs = themeIds.flatMap((id) => [this.byId.get(id)?.slug, this.mainThemeOf(id)?.slug])
    return [...new Set(slugs.filter((slug): slug is string => Boolean(slug)))]
  }

  /** The theme ids an item on these themes counts under: each theme and its main theme (who follows a main theme follows its sub-themes). */
  idsCountedFor(themeIds: readonly string[]): string[] {
    const ids = themeIds.flatMap((id) => [this.byId.has(id) ? id : undefined, this.mainThemeOf(id)?.id])
    return [...new Set(ids.filter((id): id is string => Boolean(id)))]
  }

  /** The theme ids a filter on these slugs finds items on: each theme and its sub-themes. */
  idsFoundBy(slugs: readonly string[]): string[] {
    const wanted = new Set(slugs)
    const ids = [...this.byId.values()]
      .filter((theme) => wanted.has(theme.slug))
      .flatMap((theme) => [theme.id, ...(this.childrenOf.get(theme.id) ?? [])])
    return [...new Set(ids)]
  }
}
