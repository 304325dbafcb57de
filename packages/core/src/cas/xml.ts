/** A tiny XML writer for the CAS documents: elements, attributes, text, nothing else. */
export interface XmlElement {
  name: string;
  attributes?: Record<string, string | number>;
  /** Text content, or child elements; never both. */
  text?: string;
  children?: XmlElement[];
}

export function element(name: string, content?: string | XmlElement[], attributes?: Record<string, string | number>) {
  const node: XmlElement = { name };
  if (attributes) node.attributes = attributes;
  if (typeof content === 'string') node.text = content;
  else if (content) node.children = content;
  return node;
}

/** XML 1.0 §2.2 Char: what is outside it cannot be written at all, even escaped. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Text or attribute value, escaped (XML 1.0 §2.4) and stripped of characters XML cannot carry. */
export function escapeXml(value: string): string {
  // Iterating a string yields code points; a lone surrogate comes alone and is dropped.
  return Array.from(value)
    .filter((char) => isXmlChar(char.codePointAt(0) ?? 0))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Indented by two spaces, one element per line, ending with a newline. */
export function renderXml(root: XmlElement): string {
  const lines: string[] = [];
  const write = (node: XmlElement, depth: number) => {
    const indent = '  '.repeat(depth);
    const attributes = Object.entries(node.attributes ?? {})
      .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
      .join('');
    if (node.children && node.children.length > 0) {
      lines.push(`${indent}<${node.name}${attributes}>`);
      for (const child of node.children) write(child, depth + 1);
      lines.push(`${indent}</${node.name}>`);
    } else {
      lines.push(`${indent}<${node.name}${attributes}>${escapeXml(node.text ?? '')}</${node.name}>`);
    }
  };
  write(root, 0);
  return `${lines.join('\n')}\n`;
}
