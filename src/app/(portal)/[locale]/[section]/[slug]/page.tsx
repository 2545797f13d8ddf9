import { notFound } from 'next/navigation'

import type { PortalLocale } from '../../../../../portal/i18n'
import { collectionOfSection } from '../../../../../portal/routes'
import { ItemPage } from '../../ItemPage'

export const dynamic = 'force-dynamic'

/** Good practices, workshop cases and lessons learned; intervention cards have their own route. */
export default async function KnowledgeItemPage({ params }: { params: Promise<{ locale: PortalLocale; section: string; slug: string }> }) {
  const { locale, section, slug } = await params
  const collection = collectionOfSection(section)
  if (!collection || collection === 'interventions') notFound()
  return <ItemPage collection={collection} locale={locale} slug={slug} />
}
