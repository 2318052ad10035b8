// Which findings one redaction covers, and what stands in for each: one finding, every mention of the
// same person (the engine numbers each person once, so "[Child 1]" is the same child everywhere), or
// every finding of a type.
import type { Finding, FindingType } from '../../../shared/index.ts';

export type RedactionScope = 'one' | 'person' | 'type';

const TYPE_LABEL: Record<FindingType, string> = {
  person: 'Name',
  address: 'Address',
  postcode: 'Postcode',
  phone: 'Phone number',
  email: 'Email address',
  'date-of-birth': 'Date of birth',
  age: 'Age',
  identifier: 'Reference',
  'small-cohort': 'Small number',
  place: 'Place',
  'failed-redaction': 'Redacted',
};

export const typeLabel = (type: FindingType): string => TYPE_LABEL[type];

/** The engine's suggestion where it made one ([Child 1], [Postcode]); otherwise the kind in brackets. */
export function placeholderFor(finding: Finding): string {
  return finding.suggestion?.trim() || `[${TYPE_LABEL[finding.type]}]`;
}

/** Mentions of one person share a numbered suggestion; other findings are the same when their text is. */
export function personKey(finding: Finding): string {
  if (finding.type === 'person' && finding.suggestion && /\d\]$/.test(finding.suggestion)) return `person:${finding.suggestion}`;
  return `${finding.type}:${finding.text.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

export function findingsInScope(scope: RedactionScope, chosen: Finding, all: readonly Finding[]): Finding[] {
  if (scope === 'one') return [chosen];
  if (scope === 'person') return all.filter((f) => personKey(f) === personKey(chosen));
  return all.filter((f) => f.type === chosen.type && f.severity !== 'info');
}
