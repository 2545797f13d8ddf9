import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'

import { isAdmin, isCurator, type SessionUser } from '../../domain/access'
import { importableCollections } from '../import/columns'
import { importLimits } from '../import/limits'
import { ImportForm } from './ImportForm'
import { adminTexts, inLanguage } from './texts'

/** /admin/import: curators check a spreadsheet (dry run) and import it, all rows or none. */
export function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { locale, permissions, req, visibleEntities } = initPageResult
  const user = req.user as SessionUser | null
  const language = req.i18n.language
  const texts = adminTexts(language).import
  const collections = importableCollections.map((slug) => ({
    label: inLanguage(req.payload.collections[slug].config.labels.plural, language),
    slug,
  }))
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
      <Gutter className="weerbaar-import">
        <h1>{texts.title}</h1>
        {isCurator(user) ? (
          <>
            <p>{texts.explanation(importLimits.maxRows)}</p>
            <ImportForm collections={collections} />
          </>
        ) : (
          <p>{texts.onlyCurators}</p>
        )}
        {isAdmin(user) ? (
          <ExportLinks
            heading={texts.export}
            collections={Object.entries(req.payload.collections)
              .filter(([slug]) => !slug.startsWith('payload-'))
              .map(([slug, collection]) => ({ label: inLanguage(collection.config.labels.plural, language), slug }))}
          />
        ) : null}
      </Gutter>
    </DefaultTemplate>
  )
}

/** Whole collections for admins: the CSV of a knowledge collection imports again. */
function ExportLinks({ collections, heading }: { collections: Array<{ label: string; slug: string }>; heading: string }) {
  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{heading}</h2>
      <ul>
        {collections.map(({ label, slug }) => (
          <li key={slug}>
            {label}: <a href={`/api/export/${slug}?format=csv`}>CSV</a> · <a href={`/api/export/${slug}?format=json`}>JSON</a>
          </li>
        ))}
      </ul>
    </section>
  )
}
