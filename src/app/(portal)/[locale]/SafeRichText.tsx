import type { SerializedAutoLinkNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import type { JSXConverterArgs } from '@payloadcms/richtext-lexical/react'

import { RichText } from '@payloadcms/richtext-lexical/react'

import { isSafeLink } from '../../../../lib/safeLink'
import { type PortalLocale } from '../../../portal/i18n'
import { itemHref } from '../../../portal/routes'

type LinkNode = SerializedLinkNode | SerializedAutoLinkNode

/** Where a link goes: an item on this site for internal links, the stored address otherwise; nothing when unsafe. */
function hrefOf(node: LinkNode, locale: PortalLocale): string | undefined {
  const fields = node.fields as { linkType?: string; url?: string; doc?: { relationTo?: string; value?: unknown } | null }
  if (fields.linkType === 'internal') {
    const value = fields.doc?.value as { slug?: string } | undefined
    return fields.doc?.relationTo && value?.slug ? itemHref(locale, fields.doc.relationTo, value.slug) : undefined
  }
  return typeof fields.url === 'string' && isSafeLink(fields.url) ? fields.url.trim() : undefined
}

/**
 * Rich text as the portal shows it: a link that is not safe (stored before links were checked,
 * or written around the check) shows as its text, never as a link.
 */
export function SafeRichText({ data, locale }: { data: Parameters<typeof RichText>[0]['data']; locale: PortalLocale }) {
  const link = ({ node, nodesToJSX }: JSXConverterArgs<SerializedLinkNode> | JSXConverterArgs<SerializedAutoLinkNode>) => {
    const children = nodesToJSX({ nodes: node.children })
    const href = hrefOf(node, locale)
    if (!href) return <span>{children}</span>
    const newTab = Boolean((node.fields as { newTab?: boolean }).newTab)
    return (
      <a className="utrecht-link" href={href} rel={newTab ? 'noopener noreferrer' : undefined} target={newTab ? '_blank' : undefined}>
        {children}
      </a>
    )
  }
  return <RichText converters={({ defaultConverters }) => ({ ...defaultConverters, autolink: link, link })} data={data} />
}
