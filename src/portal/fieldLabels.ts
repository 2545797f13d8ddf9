import type { Field } from 'payload'

import type { PortalLocale } from './i18n'

type Label = string | Record<string, string> | false | undefined | ((...args: never[]) => unknown)

/** A field's label in the reader's language, from the collection config. */
export function labelOf(field: Field, locale: PortalLocale): string {
  const label = ('label' in field ? field.label : undefined) as Label
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') return label[locale] ?? label.nl ?? ''
  return 'name' in field ? field.name : ''
}

/** The label of a select value, from the field's options. */
export function optionLabel(field: Field, value: string, locale: PortalLocale): string {
  if (field.type !== 'select') return value
  const option = field.options.find((each) => (typeof each === 'string' ? each : each.value) === value)
  if (!option || typeof option === 'string') return value
  const label = option.label as Label
  if (typeof label === 'string') return label
  return (label && typeof label === 'object' ? (label[locale] ?? label.nl) : undefined) ?? value
}
