/** The words of our own admin views, in the admin panel's language (Payload's `i18n.language`). */
const nl = {
  apiKey: {
    copyNow:
      'Kopieer deze sleutel nu en geef hem veilig door aan wie het partnersysteem beheert. Na het opslaan is hij nooit meer te zien.',
    gone: 'De sleutel zelf is niet meer te zien: alleen het begin staat hieronder. Kwijt? Trek deze sleutel in en maak een nieuwe.',
    label: 'Sleutel',
  },
  conversation: {
    noReports: 'Geen gemelde reacties.',
    reported: 'Gemelde reacties',
    reportedOn: (count: number) => `${count} ${count === 1 ? 'melding' : 'meldingen'}`,
    unanswered: 'Vragen zonder antwoord na 14 dagen',
    allAnswered: 'Geen open vragen die langer dan 14 dagen op een antwoord wachten.',
  },
  editorial: {
    nothingToReview: 'Niets te beoordelen.',
    overdue: 'Herziening verlopen',
    upToDate: 'Alles is actueel.',
    waiting: 'Ter beoordeling',
  },
  import: {
    busy: 'Bezig…',
    cell: 'Cel',
    check: 'Controleren',
    collection: 'Collectie',
    column: 'Kolom',
    counts: (created: number, updated: number, unchanged: number) => `${created} nieuw, ${updated} bijgewerkt, ${unchanged} ongewijzigd`,
    explanation: (maxRows: number) =>
      `Een CSV- of XLSX-bestand met een kopregel; kolommen heten zoals de velden (Nederlands of Engels, "Titel (en)" voor Engels). Eerst controleren schrijft niets. Importeren schrijft alle rijen of geen. Hetzelfde bestand opnieuw importeren werkt de items bij. Hooguit ${maxRows} rijen.`,
    export: 'Exporteren',
    file: 'Bestand',
    import: 'Importeren',
    imported: 'Geïmporteerd',
    noProblems: 'Geen problemen; er is niets geschreven.',
    onlyCurators: 'Alleen redacteuren en beheerders kunnen importeren.',
    problem: 'Probleem',
    problems: (count: number) => `${count} ${count === 1 ? 'probleem' : 'problemen'}; er is niets geschreven.`,
    report: 'Rapport',
    row: 'Rij',
    template: 'Sjabloon (CSV)',
    title: 'Importeren',
    unreachable: 'De server is niet bereikbaar; probeer het opnieuw.',
  },
  organisationWork: {
    draft: 'Concepten',
    empty: 'Je organisatie heeft nog geen items. Maak er een via de collecties in het menu.',
    heading: (organisation: string) => `Werk van ${organisation}`,
    inReview: 'Ter beoordeling',
    published: (count: number) => `${count} ${count === 1 ? 'item' : 'items'} gepubliceerd.`,
    sentBack: 'Teruggestuurd: pas aan en bied opnieuw aan',
    updated: 'bijgewerkt',
  },
  workflow: {
    cancel: 'Annuleren',
    commentLabel: 'Wat moet er veranderen?',
    commentRequired: 'Schrijf eerst wat er moet veranderen.',
    inReview:
      'Dit item wacht op een redacteur. Je kunt het nog aanpassen; een redacteur publiceert het of stuurt het terug met een opmerking.',
    liveVersion: 'de vorige versie blijft online tot een redacteur publiceert',
    newItem: 'Sla eerst een concept op. Daarna kun je het ter beoordeling aanbieden.',
    publish: 'Publiceer',
    publishChanges: 'Publiceer wijzigingen',
    sendBack: 'Stuur terug',
    sendBackHelp: 'De auteurs van de eigen organisatie zien je opmerking boven het formulier en op hun dashboard.',
    sendBackTitle: 'Terugsturen met een opmerking',
    sending: 'Bezig…',
    sentBack: (when: string) => `Teruggestuurd op ${when}`,
    sentBackWhatNext: 'Pas het item aan en bied het opnieuw aan ter beoordeling.',
    status: 'Status',
    submit: 'Bied aan ter beoordeling',
  },
}

const en: typeof nl = {
  apiKey: {
    copyNow: 'Copy this key now and pass it on safely to whoever runs the partner system. After saving it can never be shown again.',
    gone: 'The key itself cannot be shown any more: only its beginning is below. Lost it? Revoke this key and make a new one.',
    label: 'Key',
  },
  conversation: {
    noReports: 'No reported comments.',
    reported: 'Reported comments',
    reportedOn: (count: number) => `${count} ${count === 1 ? 'report' : 'reports'}`,
    unanswered: 'Questions without an answer after 14 days',
    allAnswered: 'No open question has waited more than 14 days for an answer.',
  },
  editorial: {
    nothingToReview: 'Nothing to review.',
    overdue: 'Past review-by date',
    upToDate: 'Everything is current.',
    waiting: 'In review',
  },
  import: {
    busy: 'Working…',
    cell: 'Cell',
    check: 'Check',
    collection: 'Collection',
    column: 'Column',
    counts: (created, updated, unchanged) => `${created} new, ${updated} updated, ${unchanged} unchanged`,
    explanation: (maxRows) =>
      `A CSV or XLSX file with a header row, columns named like the fields (Dutch or English). Checking writes nothing; importing writes every row or none; importing the same file again updates the items. At most ${maxRows} rows.`,
    export: 'Export',
    file: 'File',
    import: 'Import',
    imported: 'Imported',
    noProblems: 'No problems; nothing was written.',
    onlyCurators: 'Only curators and admins can import.',
    problem: 'Problem',
    problems: (count) => `${count} ${count === 1 ? 'problem' : 'problems'}; nothing was written.`,
    report: 'Report',
    row: 'Row',
    template: 'Template (CSV)',
    title: 'Import',
    unreachable: 'The server cannot be reached; try again.',
  },
  organisationWork: {
    draft: 'Drafts',
    empty: 'Your organisation has no items yet. Create one from the collections in the menu.',
    heading: (organisation) => `Work of ${organisation}`,
    inReview: 'In review',
    published: (count) => `${count} ${count === 1 ? 'item' : 'items'} published.`,
    sentBack: 'Sent back: change and submit again',
    updated: 'updated',
  },
  workflow: {
    cancel: 'Cancel',
    commentLabel: 'What needs to change?',
    commentRequired: 'Say first what needs to change.',
    inReview: 'This item waits for a curator. You can still change it; a curator will publish it or send it back with a comment.',
    liveVersion: 'the previous version stays online until a curator publishes',
    newItem: 'Save a draft first. Then you can submit it for review.',
    publish: 'Publish',
    publishChanges: 'Publish changes',
    sendBack: 'Send back',
    sendBackHelp: 'The authors of the owner organisation see your comment above the form and on their dashboard.',
    sendBackTitle: 'Send back with a comment',
    sending: 'Working…',
    sentBack: (when) => `Sent back on ${when}`,
    sentBackWhatNext: 'Change the item and submit it for review again.',
    status: 'Status',
    submit: 'Submit for review',
  },
}

export type AdminTexts = typeof nl

/** Dutch unless the panel is in English, as the panel itself falls back to Dutch. */
export const adminTexts = (language: string | undefined): AdminTexts => (language === 'en' ? en : nl)

/** A label given in both languages, in the panel's. */
export const inLanguage = (label: unknown, language: string | undefined): string => {
  if (typeof label === 'string') return label
  const labels = (label ?? {}) as Record<string, string>
  return labels[language === 'en' ? 'en' : 'nl'] ?? labels.nl ?? ''
}
