/** URL-safe slug from Dutch or English text: "Coördinatie ideeën" -> "coordinatie-ideeen". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
