/**
 * Lexical rich text from plain blocks: "## Heading", "- item\n- item" (a list) or a paragraph.
 */
const text = (value: string) => ({ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: value, version: 1 })

const block = { direction: 'ltr' as const, format: '', indent: 0, version: 1 }

const paragraph = (value: string) => ({ ...block, type: 'paragraph', children: [text(value)], textFormat: 0, textStyle: '' })

const heading = (value: string) => ({ ...block, type: 'heading', children: [text(value)], tag: 'h2' })

const list = (items: string[]) => ({
  ...block,
  type: 'list',
  children: items.map((item, index) => ({ ...block, type: 'listitem', children: [text(item)], value: index + 1 })),
  listType: 'bullet',
  start: 1,
  tag: 'ul',
})

export function richTextFromBlocks(blocks: string[]) {
  return {
    root: {
      ...block,
      type: 'root',
      children: blocks.map((each) => {
        if (each.startsWith('## ')) return heading(each.slice(3))
        if (each.startsWith('- ')) return list(each.split('\n').map((line) => line.replace(/^- /, '')))
        return paragraph(each)
      }),
    },
  }
}

/** Rich text from text typed in a spreadsheet cell: blank lines separate blocks. */
export function richTextFromPlain(text: string) {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
  return richTextFromBlocks(blocks)
}
