// The namespaces of a Word package and the small facts about its XML that several docx modules read.
import { firstChild, parseXml, type XmlElement } from './xml.ts';

const W = 'w';
/** Transitional and Strict OOXML both read as `w:`, whatever prefix the file chose. */
export const DOCX_NAMESPACES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': W,
  'http://purl.oclc.org/ooxml/wordprocessingml/main': W,
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/package/2006/metadata/core-properties': 'cp',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties': 'ep',
  'http://purl.oclc.org/ooxml/officeDocument/extendedProperties': 'ep',
  'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties': 'op',
  'http://purl.oclc.org/ooxml/officeDocument/customProperties': 'op',
  'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes': 'vt',
  'http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes': 'vt',
};

export const parseDocxXml = (bytes: Uint8Array, partName: string): XmlElement =>
  parseXml(bytes, partName, DOCX_NAMESPACES);

/** An on/off property (`<w:b/>`, `<w:vanish w:val="0"/>`): present and not switched off. */
export function isOn(props: XmlElement | undefined, name: string): boolean {
  const el = props && firstChild(props, name);
  if (!el) return false;
  const val = el.attrs['w:val'];
  return val === undefined || !['0', 'false', 'off'].includes(val.toLowerCase());
}

export const valOf = (parent: XmlElement | undefined, name: string): string | undefined =>
  parent ? firstChild(parent, name)?.attrs['w:val'] : undefined;
