// The one vocabulary every face renders from: what each finding type, disposition, section, part and
// kind of text is called, and what stands in for a redacted detail. Written once, here.
import type { BlockKind, DocumentPart } from './model/document.ts';
import type { Disposition, FindingType, PersonRole } from './model/finding.ts';
import type { DocumentKind, SectionKey, SectionStatusValue } from './model/report.ts';

export interface FindingTypeWords {
  /** "Date of birth": a heading or a table cell. */
  label: string;
  /** "dates of birth": counts in a sentence. */
  plural: string;
  /** The word inside a redaction placeholder: [Postcode 2]. */
  placeholder: string;
  /** Where a count must say what the type covers ("1 school, home or place"), its words for one and for many. */
  counted?: { one: string; many: string };
}

export const FINDING_TYPE_WORDS: Record<FindingType, FindingTypeWords> = {
  person: { label: 'Name', plural: 'names', placeholder: 'Person' },
  address: { label: 'Address', plural: 'addresses', placeholder: 'Address' },
  postcode: { label: 'Postcode', plural: 'postcodes', placeholder: 'Postcode' },
  phone: { label: 'Phone number', plural: 'phone numbers', placeholder: 'Phone' },
  email: { label: 'Email address', plural: 'email addresses', placeholder: 'Email' },
  'date-of-birth': { label: 'Date of birth', plural: 'dates of birth', placeholder: 'Date of birth' },
  age: { label: 'Age', plural: 'ages', placeholder: 'Age' },
  identifier: { label: 'Identifier', plural: 'identifiers', placeholder: 'Identifier' },
  'small-cohort': { label: 'Small number', plural: 'small numbers', placeholder: 'Number' },
  place: {
    label: 'Place',
    plural: 'places',
    placeholder: 'Place',
    counted: { one: 'school, home or place', many: 'schools, homes or places' },
  },
  'failed-redaction': { label: 'Failed redaction', plural: 'failed redactions', placeholder: 'Redacted' },
};

/** The word a name's placeholder uses, from who the person is: [Child 1], [Parent 2]. */
export const ROLE_PLACEHOLDER: Record<PersonRole, string> = {
  child: 'Child',
  parent: 'Parent',
  carer: 'Carer',
  relative: 'Relative',
  resident: 'Resident',
  professional: 'Person',
  official: 'Person',
  unknown: 'Person',
};

export const ROLE_LABELS: Record<PersonRole, string> = {
  child: 'a child or young person',
  parent: 'a parent',
  carer: 'a carer',
  relative: 'a relative',
  resident: 'a resident or member of the public',
  professional: 'a professional acting in that capacity',
  official: 'a councillor or officer acting in role',
  unknown: 'a person whose role the paper does not give',
};

/** The three groups a reviewer works through, in this order. */
export const DISPOSITION_LABELS: Record<Disposition, { heading: string; description: string }> = {
  flag: {
    heading: 'To deal with',
    description: 'Identifies a private individual: redact it or move it to an exempt appendix.',
  },
  review: { heading: 'For your decision', description: 'Clearance cannot tell: a reviewer decides.' },
  public: { heading: 'Left alone', description: 'Public, or not identifying, with the reason.' },
};

export const SECTION_LABELS: Record<SectionKey, string> = {
  'corporate-parenting': 'Corporate parenting',
  equality: 'Equality (s.149)',
  legal: 'Legal',
  financial: 'Financial',
};

/** A required section's state, as a reviewer reads it: "Legal: placeholder only". */
export const SECTION_STATUS_LABELS: Record<SectionStatusValue, string> = {
  present: 'present',
  placeholder: 'placeholder only',
  missing: 'missing',
};

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  report: 'a report',
  minutes: 'minutes',
  agenda: 'an agenda',
  'decision-notice': 'a decision notice',
  'web-page': 'a web page',
  other: 'a paper of another kind',
};

/** What kind of text a block is, as a reviewer says it: "in a tracked deletion". */
export const BLOCK_KIND_LABELS: Record<BlockKind, string> = {
  heading: 'a heading',
  paragraph: 'a paragraph',
  'list-item': 'a list item',
  'table-cell': 'a table cell',
  header: 'a header',
  footer: 'a footer',
  footnote: 'a footnote',
  endnote: 'an endnote',
  comment: 'a comment',
  'tracked-insertion': 'a tracked insertion',
  'tracked-deletion': 'a tracked deletion',
  'hidden-text': 'hidden text',
  property: "the file's properties",
};

/** Text a reader of the page does not see but the file still carries. */
export const HIDDEN_BLOCK_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>([
  'comment',
  'tracked-deletion',
  'tracked-insertion',
  'hidden-text',
  'property',
  'footnote',
  'endnote',
  'header',
  'footer',
]);

export const PART_LABELS: Record<DocumentPart, string> = {
  body: 'the body',
  header: 'a header',
  footer: 'a footer',
  footnotes: 'the footnotes',
  endnotes: 'the endnotes',
  comments: 'the comments',
  'tracked-changes': 'the tracked changes',
  properties: "the file's properties",
  'text-boxes': 'a text box',
  'alt-text': 'alt text of an image or shape',
  links: 'a link target',
  fields: 'a field code',
  glossary: 'the glossary (building blocks)',
  settings: "the document's settings",
  'custom-xml': 'a custom XML part',
  charts: 'a chart',
  embedded: 'an embedded file',
  sheet: 'a worksheet',
  'pivot-cache': 'a pivot table cache',
  'defined-names': 'a defined name',
  annotations: 'an annotation',
  'form-fields': 'a form field',
  bookmarks: 'the bookmarks',
  attachments: 'an attached file',
  'earlier-revision': 'an earlier revision of the file',
  metadata: "the file's metadata",
};

/** A CSV cell a spreadsheet will not run as a formula (OWASP CSV injection), quoted where it must be. */
export function csvCell(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  const guarded = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
