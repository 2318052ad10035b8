// Document properties (File > Info in Word): title, subject, keywords, author, comments, company and any
// custom property. They travel with the file and are a classic place for a name to survive.
import { childElements, textOf, type XmlElement } from './xml.ts';
import type { BlockDraft } from './text.ts';

// Core properties under the names Word shows them by.
const CORE: Record<string, string> = {
  'dc:title': 'title',
  'dc:subject': 'subject',
  'cp:keywords': 'keywords',
  'dc:creator': 'author',
  'dc:description': 'comments',
  'cp:lastModifiedBy': 'last modified by',
  'cp:category': 'category',
  'cp:contentStatus': 'status',
};
const APP: Record<string, string> = { 'ep:Company': 'company', 'ep:Manager': 'manager' };

export function readProperties(
  core: XmlElement | undefined,
  app: XmlElement | undefined,
  custom: XmlElement | undefined,
): BlockDraft[] {
  const blocks: BlockDraft[] = [];
  const push = (property: string, text: string): void => {
    if (text.trim()) blocks.push({ kind: 'property', text: text.trim(), origin: { part: 'properties', property } });
  };
  for (const el of core ? childElements(core) : []) if (CORE[el.name]) push(CORE[el.name]!, textOf(el));
  for (const el of app ? childElements(app) : []) if (APP[el.name]) push(APP[el.name]!, textOf(el));
  for (const el of custom ? childElements(custom, 'op:property') : []) {
    const value = childElements(el).find(
      (v) => v.name === 'vt:lpwstr' || v.name === 'vt:lpstr' || v.name === 'vt:bstr',
    );
    if (value) push(el.attrs.name ?? 'custom property', textOf(value));
  }
  return blocks;
}
