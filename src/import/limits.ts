/**
 * What one import may hold. An import runs in one transaction, so other writes wait for it: the
 * row limit keeps that wait to seconds. Split bigger overviews into several files.
 */
export const importLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxColumns: 100,
  maxRows: 1000,
  maxCellCharacters: 10_000,
  /** An XLSX file is a zip: this bounds what it may unpack to (a zip bomb is refused unread). */
  maxUnpackedBytes: 100 * 1024 * 1024,
}

export const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
