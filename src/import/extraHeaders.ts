/**
 * Headers the region's existing spreadsheets use besides the field labels, by field path. Each is
 * matched like a label: without accents, case or punctuation.
 */
export const extraHeaders: Record<string, string[]> = {
  crimeTypes: ['delictsoort', 'delicttype', 'crime type', 'type delict'],
  evidenceLevel: ['erkenning', 'bewijskracht', 'evidence'],
  municipalities: ['gemeente', 'municipality'],
  ownerOrganisation: ['eigenaar', 'organisatie', 'owner', 'organisation', 'owner organisation'],
  preventionLevel: ['preventie', 'niveau', 'prevention'],
  role: ['rol', 'role', 'gericht op', 'aimed at'],
  slug: ['kenmerk', 'key'],
  summary: ['korte omschrijving', 'omschrijving', 'description'],
  targetGroups: ['doelgroep', 'target group'],
  themes: ['thema', 'theme', 'themas'],
  title: ['naam', 'name', 'interventie', 'intervention'],
}
