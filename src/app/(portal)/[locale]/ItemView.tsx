import type { Field } from 'payload'
import type React from 'react'

import { workflowFieldNames } from '../../../../plugins/editorial-workflow'
import { privacyReviewFieldName } from '../../../../plugins/privacy-guard'
import { formatDate } from '../../../../lib/dates'
import { isSafeLink } from '../../../../lib/safeLink'
import { labelOf, optionLabel } from '../../../portal/fieldLabels'
import { dictionaryFor, hrefIn, itemWordsFor, type PortalLocale } from '../../../portal/i18n'
import { itemHref } from '../../../portal/routes'
import { portalPaths } from '../../../portalAddresses'
import { SafeRichText } from './SafeRichText'

/** Shown elsewhere on the page, or not for readers: the editorial bookkeeping. */
const notInBody = new Set([
  '_status',
  'title',
  'slug',
  'summary',
  'visibility',
  'ownerOrganisation',
  'reviewBy',
  ...workflowFieldNames,
  privacyReviewFieldName,
  'contact',
  'related',
  'attachments',
])

// Shown as facts with a link to their page: a theme, an organisation, a group (or a lesson's City Deal project).
const taxonomies = new Set(['themes', 'organisations', 'groups'])

type Doc = Record<string, any>

const nameOf = (value: unknown): string | undefined =>
  value && typeof value === 'object' ? ((value as Doc).name ?? (value as Doc).title) : undefined

const isFact = (field: Field) =>
  !('name' in field && notInBody.has(field.name)) &&
  (field.type === 'select' || (field.type === 'relationship' && typeof field.relationTo === 'string' && taxonomies.has(field.relationTo)))

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((paragraph, index) => (
        <p className="utrecht-paragraph" key={index}>
          {paragraph}
        </p>
      ))}
    </>
  )
}

type FactValue = { label: string; href?: string }

/** Where a theme or organisation named on an item has its own page, to read and follow it. */
function pageOf(field: Field, value: unknown, locale: PortalLocale): string | undefined {
  const slug = value && typeof value === 'object' ? (value as Doc).slug : undefined
  if (field.type !== 'relationship' || typeof slug !== 'string') return undefined
  if (field.relationTo === 'themes') return hrefIn(locale, portalPaths.theme(slug))
  if (field.relationTo === 'organisations') return hrefIn(locale, portalPaths.organisation(slug))
  if (field.relationTo === 'groups') return hrefIn(locale, portalPaths.group(slug))
  return undefined
}

function factValues(field: Field, value: unknown, locale: PortalLocale): FactValue[] {
  const values = (Array.isArray(value) ? value : [value]).filter((each) => each !== null && each !== undefined && each !== '')
  return values
    .map((each) => ({
      href: pageOf(field, each, locale),
      label: field.type === 'select' ? optionLabel(field, String(each), locale) : (nameOf(each) ?? ''),
    }))
    .filter((each) => Boolean(each.label))
}

function RowText({ fields, row, locale }: { fields: Field[]; row: Doc; locale: PortalLocale }) {
  const parts = fields.flatMap((field): React.ReactNode[] => {
    if (!('name' in field) || field.name === 'id') return []
    const value = row[field.name]
    if (value === null || value === undefined || value === '') return []
    if (field.name === 'url' && typeof value === 'string' && isSafeLink(value))
      return [
        <a className="utrecht-link" href={value} key={field.name}>
          {value}
        </a>,
      ]
    if (field.type === 'upload' && typeof value === 'object')
      return [
        <a className="utrecht-link" href={(value as Doc).url} key={field.name}>
          {(value as Doc).filename}
        </a>,
      ]
    if (field.type === 'select') return [optionLabel(field, String(value), locale)]
    if (field.type === 'relationship') return [nameOf(value) ?? '']
    return [String(value)]
  })
  return (
    <>
      {parts.map((part, index) => (
        <span key={index}>
          {index === 0 ? <strong>{part}</strong> : part}
          {index < parts.length - 1 ? ' · ' : ''}
        </span>
      ))}
    </>
  )
}

function FieldSection({ doc, field, locale }: { doc: Doc; field: Field; locale: PortalLocale }) {
  if (!('name' in field) || notInBody.has(field.name) || isFact(field)) return null
  const value = doc[field.name]
  const heading = <h2 className="utrecht-heading-2">{labelOf(field, locale)}</h2>
  if (field.type === 'textarea' && typeof value === 'string' && value.trim()) {
    return (
      <section>
        {heading}
        <Paragraphs text={value} />
      </section>
    )
  }
  if (field.type === 'richText' && value?.root?.children?.length) {
    return (
      <section className="portal-rich-text">
        <SafeRichText data={value} locale={locale} />
      </section>
    )
  }
  if (field.type === 'group' && value && typeof value === 'object') {
    const parts = field.fields.filter((child) => 'name' in child && typeof value[child.name] === 'string' && value[child.name].trim())
    if (parts.length === 0) return null
    return (
      <section>
        {heading}
        {parts.map((child) => (
          <div key={'name' in child ? child.name : ''}>
            <h3 className="utrecht-heading-3">{labelOf(child, locale)}</h3>
            <Paragraphs text={value[(child as { name: string }).name]} />
          </div>
        ))}
      </section>
    )
  }
  if (field.type === 'array' && Array.isArray(value) && value.length > 0) {
    return (
      <section>
        {heading}
        <ul className="utrecht-unordered-list">
          {value.map((row: Doc, index: number) => (
            <li className="utrecht-unordered-list__item" key={row.id ?? index}>
              <RowText fields={field.fields} locale={locale} row={row} />
            </li>
          ))}
        </ul>
      </section>
    )
  }
  return null
}

/** An item's page, laid out from its collection's fields: facts as badges, sections in order. */
export function ItemView({
  collection,
  doc,
  fields,
  locale,
  follow,
  children,
}: {
  collection: string
  doc: Doc
  fields: Field[]
  locale: PortalLocale
  /** The follow button, under the summary. */
  follow?: React.ReactNode
  children?: React.ReactNode
}) {
  const words = { ...dictionaryFor(locale), ...itemWordsFor(locale) }
  const facts = fields.filter((field) => 'name' in field && isFact(field) && factValues(field, doc[field.name], locale).length > 0)
  const related = (doc.related ?? []).filter((entry: Doc) => entry?.value && typeof entry.value === 'object')
  const attachments = (doc.attachments ?? []).filter((file: unknown) => file && typeof file === 'object') as Doc[]
  const contact = doc.contact && Object.values(doc.contact).some(Boolean) ? (doc.contact as Doc) : undefined
  return (
    <article className="portal-item">
      <p className="portal-meta">{words.collectionNames[collection]}</p>
      <h1 className="utrecht-heading-1">{doc.title}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{doc.summary}</p>
      {follow}
      {facts.length > 0 ? (
        <dl className="portal-facts">
          {facts.map((field) => (
            <div key={(field as { name: string }).name}>
              <dt>{labelOf(field, locale)}</dt>
              <dd>
                <ul className="portal-badges">
                  {factValues(field, doc[(field as { name: string }).name], locale).map((value) => (
                    <li className="utrecht-data-badge" key={value.label}>
                      {value.href ? (
                        <a className="utrecht-link portal-badge-link" href={value.href}>
                          {value.label}
                        </a>
                      ) : (
                        value.label
                      )}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {fields.map((field, index) => (
        <FieldSection doc={doc} field={field} key={'name' in field ? field.name : index} locale={locale} />
      ))}
      {attachments.length > 0 ? (
        <section>
          <h2 className="utrecht-heading-2">{words.attachments}</h2>
          <ul className="utrecht-unordered-list">
            {attachments.map((file) => (
              <li className="utrecht-unordered-list__item" key={file.id}>
                <a className="utrecht-link" href={file.url}>
                  {file.alt || file.filename}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {children}
      {related.length > 0 ? (
        <section>
          <h2 className="utrecht-heading-2">{words.related}</h2>
          <ul className="utrecht-unordered-list">
            {related.map((entry: Doc) => (
              <li className="utrecht-unordered-list__item" key={`${entry.relationTo}:${entry.value.id}`}>
                <a className="utrecht-link" href={itemHref(locale, entry.relationTo, entry.value.slug)}>
                  {entry.value.title}
                </a>{' '}
                ({words.collectionNames[entry.relationTo]})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {contact ? (
        <section>
          <h2 className="utrecht-heading-2">{words.contact}</h2>
          <p className="utrecht-paragraph">
            {[contact.name, contact.role].filter(Boolean).join(', ')}
            {contact.email ? (
              <>
                {' '}
                ·{' '}
                <a className="utrecht-link" href={`mailto:${contact.email}`}>
                  {contact.email}
                </a>
              </>
            ) : null}
            {contact.phone ? (
              <>
                {' '}
                ·{' '}
                <a className="utrecht-link utrecht-link--telephone" href={`tel:${contact.phone}`}>
                  {contact.phone}
                </a>
              </>
            ) : null}
          </p>
        </section>
      ) : null}
      <p className="portal-meta">
        {words.owner}:{' '}
        {pageOf({ name: 'ownerOrganisation', relationTo: 'organisations', type: 'relationship' }, doc.ownerOrganisation, locale) ? (
          <a
            className="utrecht-link"
            href={pageOf({ name: 'ownerOrganisation', relationTo: 'organisations', type: 'relationship' }, doc.ownerOrganisation, locale)}
          >
            {nameOf(doc.ownerOrganisation)}
          </a>
        ) : (
          (nameOf(doc.ownerOrganisation) ?? '')
        )}{' '}
        · {words.updated}: <time dateTime={String(doc.updatedAt)}>{formatDate(doc.updatedAt, locale)}</time>
      </p>
    </article>
  )
}
