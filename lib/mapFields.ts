import type { Field } from 'payload'

/** Applies `change` to every field of a config, at any depth (groups, arrays, rows, tabs, blocks). */
export function mapFields(fields: Field[], change: (field: Field) => Field): Field[] {
  return fields.map((original) => {
    const field = change(original)
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: mapFields(field.fields, change) } as Field
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: mapFields(tab.fields, change) })) }
    if (field.type === 'blocks')
      return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: mapFields(block.fields, change) })) }
    return field
  })
}
