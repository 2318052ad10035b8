// Redacts a whole Office package (.docx, .xlsx): every XML part, whatever it is (body, headers, footers,
// notes, comments, properties, relationships, charts, custom XML, add-in settings, sheets, shared
// strings, pivot caches), every text part (HTML, RTF and text chunks), and every embedded workbook or
// document in turn, then zips it again. Parts that cannot be rewritten safely are removed and the log
// says so: the page-one thumbnail (a picture of the unredacted text) and embedded objects of other kinds.
import { zipSync, type Zippable } from 'fflate';
import { unzipSafely } from '../readers/zip.ts';
import { ReadError } from '../readers/read-error.ts';
import { OFFICE_PACKAGE, resolvePath, TEXT_PART } from '../readers/ooxml.ts';
import { dateStyles, serialDate, XLSX_NAMESPACES } from '../readers/xlsx.ts';
import { parseXml } from '../readers/xml.ts';
import type { OccurrenceFinder } from './occurrences.ts';
import { occurrenceFinder } from './occurrences.ts';
import type { PlannedTarget, RedactionPlan } from './plan.ts';
import { decodePart, encodePart, isXmlPart } from './part-encoding.ts';
import { redactXmlPart, type RedactionAction } from './redact-xml-part.ts';
import { RedactionError } from './redaction-error.ts';
import { attributeValue, encodeXmlText, tokenize } from './xml-tokens.ts';
import { unverifiableParts } from './verify-package.ts';

export interface RedactionLogEntry {
  /** The text taken out. */
  text: string;
  placeholder: string;
  /** The package part it was taken from (word/document.xml, word/header1.xml, docProps/core.xml ...). */
  part: string;
  action: RedactionAction;
  count: number;
  type: PlannedTarget['type'];
  severity: PlannedTarget['severity'];
  rules: string[];
  exemptParagraphs: number[];
}

export interface RedactedPackage {
  bytes: Uint8Array;
  log: RedactionLogEntry[];
  /** What a person should still look at: pictures and embedded files no text check can read. */
  warnings: string[];
}

const THUMBNAIL = /(?:^|\/)thumbnail\.[a-z]+$/i;
const EMBEDDED = /^(?:word|xl|ppt)\/embeddings\//i;
/** How deep packages inside packages are redacted, as deep as the readers open them. */
const MAX_DEPTH = 2;

export function redactPackage(bytes: Uint8Array, plan: RedactionPlan, depth = 0): RedactedPackage {
  const entries = unzipSafely(bytes);
  const finder = occurrenceFinder(plan.targets);
  const log: RedactionLogEntry[] = [];
  const warnings: string[] = [];
  const out: Zippable = {};
  const removable = (name: string): boolean =>
    THUMBNAIL.test(name) || (EMBEDDED.test(name) && !(OFFICE_PACKAGE.test(name) && depth < MAX_DEPTH));
  const dropped = [...entries.keys()].filter(removable);
  const entry = (
    e: { target: PlannedTarget; action: RedactionAction; count: number },
    part: string,
  ): RedactionLogEntry => ({
    text: e.target.needle,
    placeholder: e.target.placeholder,
    part,
    action: e.action,
    count: e.count,
    type: e.target.type,
    severity: e.target.severity,
    rules: e.target.rules,
    exemptParagraphs: e.target.exemptParagraphs,
  });
  const dates = entries.has('xl/workbook.xml') ? workbookDateStyles(entries.get('xl/styles.xml')) : new Set<number>();
  for (const [name, data] of entries) {
    if (dropped.includes(name)) continue;
    if (EMBEDDED.test(name) && OFFICE_PACKAGE.test(name)) {
      let inner: RedactedPackage;
      try {
        inner = redactPackage(data, plan, depth + 1);
      } catch (error) {
        if (error instanceof RedactionError || error instanceof ReadError)
          throw new RedactionError(`the embedded file "${name}": ${error.message}`);
        throw error;
      }
      out[name] = inner.bytes;
      for (const e of inner.log) log.push({ ...e, part: `${name}/${e.part}` });
      warnings.push(...inner.warnings.map((w) => `${name}/${w}`));
      continue;
    }
    if (TEXT_PART.test(name)) {
      const { text, encoding } = decodePart(data);
      const counts = new Map<PlannedTarget, number>();
      let redacted = '';
      let cursor = 0;
      for (const o of finder.find(text)) {
        redacted += text.slice(cursor, o.start) + o.target.placeholder;
        cursor = o.end;
        counts.set(o.target, (counts.get(o.target) ?? 0) + 1);
      }
      out[name] = counts.size ? encodePart(redacted + text.slice(cursor), encoding) : data;
      for (const [target, count] of counts) log.push(entry({ target, action: 'replaced', count }, name));
      continue;
    }
    if (!isXmlPart(name)) {
      out[name] = data;
      continue;
    }
    const { text, encoding } = decodePart(data);
    let xml: string;
    try {
      const sheet =
        dates.size && /^xl\/worksheets\/[^/]+\.xml$/i.test(name)
          ? redactDateCells(text, dates, finder, (e) => log.push(entry(e, name)))
          : text;
      const redacted = redactXmlPart(dropParts(sheet, name, dropped), finder);
      xml = redacted.xml;
      for (const e of redacted.events) log.push(entry(e, name));
    } catch (error) {
      if (error instanceof RedactionError) throw new RedactionError(`the part "${name}": ${error.message}`);
      throw error;
    }
    out[name] = encodePart(xml, encoding);
  }
  for (const name of dropped) {
    const why = THUMBNAIL.test(name)
      ? 'a picture of page one as it was before redaction'
      : 'an embedded object Clearance cannot read or rewrite';
    log.push({
      text: '',
      placeholder: '',
      part: name,
      action: 'removed-part',
      count: 1,
      type: 'failed-redaction',
      severity: 'info',
      rules: [],
      exemptParagraphs: [],
    });
    warnings.push(`${name}: removed (${why})`);
  }
  warnings.push(
    ...unverifiableParts([...entries.keys()].filter((n) => !dropped.includes(n) && !EMBEDDED.test(n))).map(
      (name) => `${name}: a picture that text redaction cannot reach; check it by eye`,
    ),
  );
  return { bytes: zipSync(out), log, warnings };
}

function workbookDateStyles(styles: Uint8Array | undefined): Set<number> {
  if (!styles) return new Set();
  try {
    return dateStyles(parseXml(styles, 'xl/styles.xml', XLSX_NAMESPACES));
  } catch (error) {
    if (error instanceof ReadError) throw new RedactionError(`the part "xl/styles.xml": ${error.message}`);
    throw error;
  }
}

/**
 * A date in a workbook is a number shown through a date format: the reader reads 03/04/2012 where the
 * sheet holds 40997. A date cell whose shown date is redacted becomes a text cell holding the placeholder.
 */
function redactDateCells(
  xml: string,
  dates: Set<number>,
  finder: OccurrenceFinder<PlannedTarget>,
  log: (e: { target: PlannedTarget; action: RedactionAction; count: number }) => void,
): string {
  return xml.replace(/<c\b([^>]{0,400})>\s*<v>([^<]{1,32})<\/v>\s*<\/c>/g, (cell, attrs: string, value: string) => {
    if (
      /\bt="(?!n")/.test(attrs) ||
      !dates.has(Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0)) ||
      !/^\d+(?:\.\d+)?$/.test(value.trim())
    )
      return cell;
    const shown = serialDate(Number(value));
    const found = finder.find(shown);
    if (!found.length) return cell;
    let text = '';
    let cursor = 0;
    for (const o of found) {
      text += shown.slice(cursor, o.start) + o.target.placeholder;
      cursor = o.end;
      log({ target: o.target, action: 'replaced', count: 1 });
    }
    text += shown.slice(cursor);
    return `<c${attrs.replace(/ t="n"/, '')} t="inlineStr"><is><t>${encodeXmlText(text)}</t></is></c>`;
  });
}

/** Takes the dropped parts out of the package's relationships and content types. */
function dropParts(xml: string, part: string, dropped: string[]): string {
  if (!dropped.length || (!part.endsWith('.rels') && part !== '[Content_Types].xml')) return xml;
  const base = part === '[Content_Types].xml' || part === '_rels/.rels' ? '' : part.replace(/_rels\/[^/]+\.rels$/i, '');
  const names = new Set(dropped.map((name) => `/${name}`.toLowerCase()));
  const resolve = (target: string): string =>
    (target.startsWith('/') ? target : `/${resolvePath(base, target)}`).toLowerCase();
  let droppedOpen = '';
  return tokenize(xml)
    .filter((t) => {
      if (t.kind === 'close' && t.name === droppedOpen) {
        droppedOpen = '';
        return false;
      }
      if (t.kind !== 'open' || (t.name !== 'Relationship' && t.name !== 'Override')) return true;
      const target = attributeValue(t.raw, 'Target') ?? attributeValue(t.raw, 'PartName') ?? '';
      if (attributeValue(t.raw, 'TargetMode') === 'External' || !names.has(resolve(target))) return true;
      if (!t.selfClosing) droppedOpen = t.name;
      return false;
    })
    .map((t) => t.raw)
    .join('');
}
