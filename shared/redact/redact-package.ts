// Redacts a whole Office package (.docx): every XML part, whatever it is (body, headers, footers,
// notes, comments, properties, relationships, charts), then zips it again. The page-one thumbnail
// Word saves is dropped, since it is a picture of the unredacted text.
import { zipSync, type Zippable } from 'fflate';
import { unzipSafely } from '../readers/zip.ts';
import { occurrenceFinder } from './occurrences.ts';
import type { PlannedTarget, RedactionPlan } from './plan.ts';
import { decodePart, encodePart, isXmlPart } from './part-encoding.ts';
import { redactXmlPart, type RedactionAction } from './redact-xml-part.ts';
import { RedactionError } from './redaction-error.ts';
import { attributeValue, tokenize } from './xml-tokens.ts';
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

const THUMBNAIL = /^docProps\/thumbnail\.[a-z]+$/i;

export function redactPackage(bytes: Uint8Array, plan: RedactionPlan): RedactedPackage {
  const entries = unzipSafely(bytes);
  const finder = occurrenceFinder(plan.targets);
  const log: RedactionLogEntry[] = [];
  const out: Zippable = {};
  const dropped = [...entries.keys()].filter((name) => THUMBNAIL.test(name));
  for (const [name, data] of entries) {
    if (dropped.includes(name)) continue;
    if (!isXmlPart(name)) {
      out[name] = data;
      continue;
    }
    const { text, encoding } = decodePart(data);
    let xml: string;
    try {
      const redacted = redactXmlPart(dropParts(text, name, dropped), finder);
      xml = redacted.xml;
      for (const e of redacted.events) log.push({ text: e.target.needle, placeholder: e.target.placeholder, part: name, action: e.action, count: e.count, type: e.target.type, severity: e.target.severity, rules: e.target.rules, exemptParagraphs: e.target.exemptParagraphs });
    } catch (error) {
      if (error instanceof RedactionError) throw new RedactionError(`the part "${name}": ${error.message}`);
      throw error;
    }
    out[name] = encodePart(xml, encoding);
  }
  const warnings = [
    ...dropped.map((name) => `${name}: removed (a picture of page one as it was before redaction)`),
    ...unverifiableParts([...entries.keys()]).map((name) => `${name}: a picture or embedded file that text redaction cannot reach; check it by eye`),
  ];
  return { bytes: zipSync(out), log, warnings };
}

/** Takes the dropped parts out of the package's relationships and content types. */
function dropParts(xml: string, part: string, dropped: string[]): string {
  if (!dropped.length || (part !== '_rels/.rels' && part !== '[Content_Types].xml')) return xml;
  const names = new Set(dropped.map((name) => `/${name}`.toLowerCase()));
  let droppedOpen = '';
  return tokenize(xml)
    .filter((t) => {
      if (t.kind === 'close' && t.name === droppedOpen) {
        droppedOpen = '';
        return false;
      }
      if (t.kind !== 'open' || (t.name !== 'Relationship' && t.name !== 'Override')) return true;
      const target = attributeValue(t.raw, 'Target') ?? attributeValue(t.raw, 'PartName') ?? '';
      if (!names.has(`/${target.replace(/^\//, '')}`.toLowerCase())) return true;
      if (!t.selfClosing) droppedOpen = t.name;
      return false;
    })
    .map((t) => t.raw)
    .join('');
}
