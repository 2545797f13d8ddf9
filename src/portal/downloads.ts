export type DownloadFormat = 'csv' | 'xlsx' | 'json'

/**
 * The query parameters of a download for a reader of this language. Dutch Excel opens a CSV as
 * one column unless the cells are separated by semicolons, so Dutch readers get those.
 */
export function downloadParameters(language: string, format: DownloadFormat): Array<[string, string]> {
  return [['format', format], ...(format === 'csv' && language === 'nl' ? [['delimiter', 'semicolon'] as [string, string]] : [])]
}
