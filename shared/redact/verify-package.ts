// Proves a redacted package holds none of the redacted strings: every XML part is read again from
// the zipped bytes and searched as text with the tags stripped, as each paragraph's joined run text
// (a name split over runs is still found), and in every attribute value. Other parts are searched
// as raw bytes for the longer strings.
import { unzipSafely } from '../readers/zip.ts';
import { OFFICE_PACKAGE, TEXT_PART } from '../readers/ooxml.ts';
import { occurrenceFinder, type OccurrenceFinder, type RedactionTarget } from './occurrences.ts';
import { decodePart, isXmlPart } from './part-encoding.ts';
import { paragraphTexts } from './word-structure.ts';
import { attributesOf, cdataText, decodeXml, tokenize, type XmlToken } from './xml-tokens.ts';

export interface Leak {
  part: string;
  /** The redacted string as it was found. */
  text: string;
  /** Which reading of the part found it. */
  view: 'text' | 'paragraph' | 'attribute' | 'bytes';
  /** A few characters either side, to find it by. */
  context: string;
}

export interface Verification {
  leaks: Leak[];
  /** Parts searched. */
  checked: string[];
}

// Pictures and embedded files are compressed: a string in them cannot be searched for as text.
const OPAQUE = /^(?:word\/(?:media|embeddings)\/|docProps\/thumbnail\.)/i;
// In compressed bytes a short string turns up by chance; eight characters or more does not.
const MIN_BYTES_NEEDLE = 8;

const EMBEDDED_PACKAGE = new RegExp(String.raw`^(?:word|xl|ppt)\/embeddings\/.*${OFFICE_PACKAGE.source}`, 'i');

/** Every part searched, embedded workbooks and documents opened and searched part by part ("word/embeddings/a.xlsx/xl/sharedStrings.xml"). */
export function verifyPackage(bytes: Uint8Array, targets: readonly RedactionTarget[]): Verification {
  const longFinder = occurrenceFinder(targets.filter((t) => t.needle.trim().length >= MIN_BYTES_NEEDLE));
  const { leaks, search } = leakCollector(targets);
  const checked: string[] = [];
  const visit = (data: Uint8Array, prefix: string, depth: number): void => {
    for (const [name, part] of unzipSafely(data)) {
      const path = prefix + name;
      checked.push(path);
      if (EMBEDDED_PACKAGE.test(name) && depth < 3) visit(part, `${path}/`, depth + 1);
      else if (isXmlPart(name)) searchXml(path, decodePart(part).text, search);
      else if (TEXT_PART.test(name)) search(path, 'text', decodePart(part).text);
      else
        for (const encoding of ['windows-1252', 'utf-16le'])
          search(path, 'bytes', new TextDecoder(encoding).decode(part), longFinder);
    }
  };
  visit(bytes, '', 0);
  return { leaks, checked };
}

/**
 * The same check on XML the caller already holds: the Word add-in verifies its own document through
 * body.getOoxml(), a flat package with every part inline.
 */
export function verifyXml(part: string, xml: string, targets: readonly RedactionTarget[]): Leak[] {
  const { leaks, search } = leakCollector(targets);
  searchXml(part, xml, search);
  return leaks;
}

type Search = (part: string, view: Leak['view'], text: string, find?: OccurrenceFinder<RedactionTarget>) => void;

/** Collects each leak once per part, view and spelling. */
function leakCollector(targets: readonly RedactionTarget[]): { leaks: Leak[]; search: Search } {
  const finder = occurrenceFinder(targets);
  const leaks: Leak[] = [];
  const seen = new Set<string>();
  const search: Search = (part, view, text, find = finder) => {
    for (const o of find.find(text)) {
      const found = text.slice(o.start, o.end);
      const key = `${part}\u0000${view}\u0000${found.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      leaks.push({
        part,
        text: found,
        view,
        context: text.slice(Math.max(0, o.start - 30), o.end + 30).replace(/\s+/g, ' '),
      });
    }
  };
  return { leaks, search };
}

function searchXml(part: string, xml: string, search: Search): void {
  let tokens: XmlToken[];
  try {
    tokens = tokenize(xml);
  } catch {
    // A part the tokenizer refuses is still searched as plain text.
    search(part, 'text', decodeXml(xml.replace(/<[^<>]*>/g, '')));
    return;
  }
  const content = tokens.map((t) =>
    t.kind === 'text' ? decodeXml(t.raw) : t.kind === 'cdata' ? cdataText(t.raw) : undefined,
  );
  // Tags taken out (runs join up) and tags turned into spaces (paragraphs stay apart): each finds what the other may not.
  search(part, 'text', content.map((c) => c ?? '').join(''));
  search(part, 'text', content.map((c) => c ?? ' ').join(''));
  for (const paragraph of paragraphTexts(tokens)) search(part, 'paragraph', paragraph);
  for (const t of tokens)
    if (t.kind === 'open') for (const a of attributesOf(t.raw)) search(part, 'attribute', a.value);
}

/** Parts no text search can reach, for the user to check by eye. */
export const unverifiableParts = (names: readonly string[]): string[] => names.filter((n) => OPAQUE.test(n));
