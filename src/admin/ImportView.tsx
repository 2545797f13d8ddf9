import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'

import { isAdmin, isCurator, type SessionUser } from '../../domain/access'
import { importableCollections } from '../import/columns'
import { importLimits } from '../import/limits'
import { ImportForm } from './ImportForm'

/** /admin/import: curators check a spreadsheet (dry run) and import it, all rows or none. */
export function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { locale, permissions, req, visibleEntities } = initPageResult
  const user = req.user as SessionUser | null
  const collections = importableCollections.map((slug) => {
    const label = req.payload.collections[slug].config.labels.plural as { en: string; nl: string }
    return { label: `${label.nl} / ${label.en}`, slug }
  })
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>Importeren / Import</h1>
        {isCurator(user) ? (
          <>
            <p>
              Een CSV- of XLSX-bestand met een kopregel; kolommen heten zoals de velden (Nederlands of Engels, &quot;Titel (en)&quot; voor
              Engels). Eerst controleren schrijft niets. Importeren schrijft alle rijen of geen. Hetzelfde bestand opnieuw importeren werkt
              de items bij.
              <br />A CSV or XLSX file with a header row, columns named like the fields (Dutch or English). Checking writes nothing;
              importing writes every row or none; importing the same file again updates the items. At most {importLimits.maxRows} rows.
            </p>
            <ImportForm collections={collections} />
          </>
        ) : (
          <p>Alleen curatoren en beheerders kunnen importeren. / Only curators and admins can import.</p>
        )}
        {isAdmin(user) ? <ExportLinks slugs={Object.keys(req.payload.collections).filter((slug) => !slug.startsWith('payload-'))} /> : null}
      </Gutter>
    </DefaultTemplate>
  )
}

/** Whole collections for admins: the CSV of a knowledge collection imports again. */
function ExportLinks({ slugs }: { slugs: string[] }) {
  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">Exporteren / Export</h2>
      <ul>
        {slugs.map((slug) => (
          <li key={slug}>
            {slug}: <a href={`/api/export/${slug}?format=csv`}>CSV</a> · <a href={`/api/export/${slug}?format=json`}>JSON</a>
          </li>
        ))}
      </ul>
    </section>
  )
}
