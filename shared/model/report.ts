// What a scan returns: findings, the state of the required sections and the exempt-information advice.
import type { Finding, Jurisdiction } from './finding.ts';

export const SECTION_KEYS = ['corporate-parenting', 'equality', 'legal', 'financial'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export type SectionStatusValue = 'present' | 'placeholder' | 'missing';

export interface SectionStatus {
  status: SectionStatusValue;
  /** The heading as found, when there is one. */
  heading?: string;
  headingBlockId?: string;
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

export interface ScanReport {
  findings: Finding[];
  sections: Record<SectionKey, SectionStatus>;
  exemptParagraphs: number[];
  exempt: ExemptAdvice;
  warnings: string[];
}
