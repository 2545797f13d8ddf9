/**
 * Lexical rich text from a message typed in a plain text box (the portal's reply form, a partner
 * system posting `"body": "..."`): blank lines separate paragraphs, a single newline is a line
 * break, and web addresses become links.
 */
const block = { direction: 'ltr' as const, format: '', indent: 0, version: 1 }

const textNode = (text: string) => ({ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 })

const linkNode = (url: string) => ({
  ...block,
  type: 'link',
  children: [textNode(url)],
  fields: { linkType: 'custom', newTab: true, url },
})

// An address ends before trailing punctuation that belongs to the sentence ("see https://x.nl.").
const webAddress = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’”]/g

function inline(line: string) {
  const nodes: Array<ReturnType<typeof textNode> | ReturnType<typeof linkNode>> = []
  let last = 0
  for (const match of line.matchAll(webAddress)) {
    if (match.index > last) nodes.push(textNode(line.slice(last, match.index)))
    nodes.push(linkNode(match[0]))
    last = match.index + match[0].length
  }
  if (last < line.length) nodes.push(textNode(line.slice(last)))
  return nodes
}

const paragraph = (text: string) => ({
  ...block,
  type: 'paragraph',
  children: text.split('\n').flatMap((line, index) => [...(index > 0 ? [{ type: 'linebreak', version: 1 }] : []), ...inline(line)]),
  textFormat: 0,
  textStyle: '',
})

export function richTextFromMessage(message: string) {
  const paragraphs = message
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((each) => each.trim())
    .filter(Boolean)
  return { root: { ...block, type: 'root', children: paragraphs.map(paragraph) } }
}
