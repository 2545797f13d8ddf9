/** The id a relation value stands for, populated or not; undefined for anything else. */
export const idOf = (value: unknown): string | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return undefined
}

/** The ids a list of relation values stands for, populated or not; anything else is left out. */
export const idsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(idOf).filter((id): id is string => id !== undefined) : []
