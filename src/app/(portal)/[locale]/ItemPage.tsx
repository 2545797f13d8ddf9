import type React from 'react'

import { notFound } from 'next/navigation'

import { hrefIn, type PortalLocale } from '../../../portal/i18n'
import { publishedItem } from '../../../portal/item'
import { partnerWordsFor } from '../../../portal/partnerWords'
import { portalContext } from '../../../portal/payload'
import { portalPaths } from '../../../portalAddresses'
import { FollowButton } from './FollowButton'
import { ItemView } from './ItemView'
import { ItemQuestions } from './gesprek/ItemQuestions'
import { Thread } from './gesprek/Thread'

type Collection = Parameters<typeof publishedItem>[3]

/** Loads a published item for this reader, or answers 404 (also when they may not read it). */
export async function ItemPage({
  collection,
  extra,
  locale,
  slug,
}: {
  collection: Collection
  locale: PortalLocale
  slug: string
  extra?: (doc: Record<string, any>) => Promise<React.ReactNode>
}) {
  const { payload, user } = await portalContext()
  const doc = await publishedItem(payload, user, locale, collection, slug)
  if (!doc) notFound()
  return (
    <ItemView
      collection={collection}
      doc={doc}
      fields={payload.collections[collection].config.fields}
      follow={<FollowButton collection={collection} id={String(doc.id)} locale={locale} name={String(doc.title ?? '')} />}
      locale={locale}
    >
      {extra ? await extra(doc) : null}
      {collection === 'interventions' ? (
        <p className="utrecht-paragraph">
          <a className="utrecht-link" href={`${hrefIn(locale, portalPaths.coverage)}?interventie=${encodeURIComponent(String(doc.slug))}`}>
            {partnerWordsFor(locale).whoRunsThis}
          </a>
        </p>
      ) : null}
      <ItemQuestions collection={collection} id={String(doc.id)} locale={locale} />
      <Thread collection={collection} id={String(doc.id)} locale={locale} onCard={collection === 'interventions'} />
    </ItemView>
  )
}
