// What the reader needs from word/styles.xml: each style's name, heading level, list, bold and hidden
// settings, with `basedOn` inheritance resolved.
import { childElements, firstChild, type XmlElement } from './xml.ts';
import { isOn, valOf } from './docx-xml.ts';

export interface StyleFacts {
  name: string;
  headingLevel?: number;
  isTitle: boolean;
  isList: boolean;
  bold: boolean;
  hidden: boolean;
}

export type Styles = Map<string, StyleFacts>;

// A basedOn chain longer than this is a loop or hostile; inheritance stops there.
const MAX_INHERITANCE = 20;

export function readStyles(root: XmlElement | undefined): Styles {
  const raw = new Map<string, XmlElement>();
  for (const style of root ? childElements(root, 'w:style') : []) {
    const id = style.attrs['w:styleId'];
    if (id) raw.set(id, style);
  }
  const styles: Styles = new Map();
  for (const [id, style] of raw) {
    const chain: XmlElement[] = [];
    for (
      let s: XmlElement | undefined = style;
      s && chain.length < MAX_INHERITANCE;
      s = raw.get(valOf(s, 'w:basedOn') ?? '')
    )
      chain.push(s);
    const inherited = <T>(read: (s: XmlElement) => T | undefined): T | undefined => {
      for (const s of chain) {
        const v = read(s);
        if (v !== undefined) return v;
      }
      return undefined;
    };
    const name = valOf(style, 'w:name') ?? id;
    const outline = inherited((s) => valOf(firstChild(s, 'w:pPr'), 'w:outlineLvl'));
    const headingLevel =
      headingLevelOf(name, id) ?? (outline !== undefined && Number(outline) < 6 ? Number(outline) + 1 : undefined);
    styles.set(id, {
      name,
      ...(headingLevel !== undefined && { headingLevel }),
      isTitle: /^title$/i.test(name) || id === 'Title',
      isList:
        /^list (?:bullet|number)/i.test(name) ||
        inherited((s) => (firstChild(firstChild(s, 'w:pPr') ?? s, 'w:numPr') ? true : undefined)) === true,
      bold: inherited((s) => onOff(s, 'w:b')) === true,
      hidden: inherited((s) => onOff(s, 'w:vanish')) === true,
    });
  }
  return styles;
}

/** "heading 1" (the built-in name) or "Heading1" (its id in English Word). */
function headingLevelOf(name: string, id: string): number | undefined {
  const m = /^heading\s*([1-6])$/i.exec(name) ?? /^Heading([1-6])$/.exec(id);
  return m ? Number(m[1]) : undefined;
}

function onOff(style: XmlElement, name: string): boolean | undefined {
  const rPr = firstChild(style, 'w:rPr');
  return rPr && firstChild(rPr, name) ? isOn(rPr, name) : undefined;
}
