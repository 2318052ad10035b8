// What a scan returns: findings, the state of the required sections and the exempt-information advice.
import type { Coverage } from './document.ts';
import type { Finding, Jurisdiction } from './finding.ts';

export const SECTION_KEYS = ['corporate-parenting', 'equality', 'legal', 'financial'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export type SectionStatusValue = 'present' | 'placeholder' | 'missing';

/** The language a section was found in: Welsh, English, or both (a bilingual heading or a section in each language). */
export type SectionLanguage = 'cy' | 'en' | 'both';

export interface SectionStatus {
  status: SectionStatusValue;
  /** The heading as found, when there is one. */
  heading?: string;
  headingBlockId?: string;
  /** Which language the section was found in, when it was found. */
  language?: SectionLanguage;
  /** Why this status, in plain English. */
  reason: string;
}

export interface ExemptParagraphAdvice {
  paragraph: number;
  description: string;
  reason: string;
}

export interface ExemptIssue {
  rule: string;
  message: string;
  severity: 'high' | 'medium' | 'low';
}

export interface ExemptAdvice {
  jurisdiction: Jurisdiction;
  jurisdictionReason: string;
  classification: 'public' | 'exempt' | 'unknown';
  declaredParagraphs: number[];
  suggested: ExemptParagraphAdvice[];
  issues: ExemptIssue[];
}

/** What a paper is: only a report carries implications sections, so only a report is checked for them. */
export const DOCUMENT_KINDS = ['report', 'minutes', 'agenda', 'decision-notice', 'web-page', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface ScanReport {
  findings: Finding[];
  documentKind: DocumentKind;
  /** What was read and what was not; `notRead` empty means every part of the file was read. */
  coverage: Coverage;
  sections: Record<SectionKey, SectionStatus>;
  exemptParagraphs: number[];
  exempt: ExemptAdvice;
  warnings: string[];
}
