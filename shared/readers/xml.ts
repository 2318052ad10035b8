// A small, safe XML reader over saxes for the parts of a Word file: it never fetches or expands entities
// (saxes knows only the five predefined ones), refuses any DTD, and bounds nesting so walkers cannot
// overflow the stack.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { ReadError } from './read-error.ts';

export interface XmlElement {
  /** `prefix:local`, with the prefix chosen by the caller's namespace map rather than the file's. */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** Deeper than any real Word part (nested tables included); past it the part is refused. */
export const MAX_XML_DEPTH = 256;

/**
 * Parses one part into a tree. `namespaces` maps namespace URIs to the prefixes the caller uses, so
 * `<ns0:p>` in the WordprocessingML namespace reads as `w:p`; names in other namespaces keep the file's prefix.
 */
export function parseXml(bytes: Uint8Array, partName: string, namespaces: Record<string, string> = {}): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const refuse = (reason: string): never => {
    throw new ReadError(`the part "${partName}" ${reason}`);
  };
  const nameOf = (uri: string, local: string, qualified: string): string => {
    const prefix = namespaces[uri];
    return prefix === undefined ? qualified : prefix ? `${prefix}:${local}` : local;
  };
  parser.on('doctype', () =>
    refuse('declares a DTD, which Word files never hold (refused: it could expand entities or fetch external files)'),
  );
  parser.on('error', (error) => refuse(`is not well-formed XML (${error.message.split('\n')[0]})`));
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length > MAX_XML_DEPTH) refuse(`nests elements more than ${MAX_XML_DEPTH} deep`);
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[nameOf(a.uri, a.local, a.name)] = a.value;
    const element: XmlElement = { name: nameOf(tag.uri, tag.local, tag.name), attrs, children: [] };
    stack[stack.length - 1]!.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const onText = (text: string): void => {
    stack[stack.length - 1]!.children.push(text);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.write(decodeXml(bytes)).close();
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  return top ?? refuse('is empty');
}

/** XML parts are UTF-8 unless a byte-order mark says UTF-16. */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

export const isElement = (node: XmlNode): node is XmlElement => typeof node !== 'string';

export const childElements = (element: XmlElement, name?: string): XmlElement[] =>
  element.children.filter((c): c is XmlElement => isElement(c) && (name === undefined || c.name === name));

export const firstChild = (element: XmlElement, name: string): XmlElement | undefined =>
  element.children.find((c): c is XmlElement => isElement(c) && c.name === name);

/** Every descendant named `name`, in document order, without recursion. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const pending: XmlElement[] = childElements(element).reverse();
  while (pending.length) {
    const next = pending.pop()!;
    if (next.name === name) found.push(next);
    const kids = childElements(next);
    for (let i = kids.length - 1; i >= 0; i--) pending.push(kids[i]!);
  }
  return found;
}

/** The concatenated character data of an element and its descendants. */
export function textOf(element: XmlElement): string {
  let text = '';
  const pending: XmlNode[] = [element];
  while (pending.length) {
    const next = pending.pop()!;
    if (typeof next === 'string') text += next;
    else for (let i = next.children.length - 1; i >= 0; i--) pending.push(next.children[i]!);
  }
  return text;
}
