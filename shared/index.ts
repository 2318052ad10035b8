// The engine's public surface: the CLI, the Word add-in and the browser extension import from here only.
export type { Block, BlockKind, BlockOrigin, DocumentModel, SourceFormat } from './model/document.ts';
export type { Finding, FindingLocation, FindingType, Jurisdiction, Severity } from './model/finding.ts';
export { FINDING_TYPES, SEVERITIES, isFlag, severityRank } from './model/finding.ts';
export type { ExemptAdvice, ExemptIssue, ExemptParagraphAdvice, ScanReport, SectionKey, SectionStatus, SectionStatusValue } from './model/report.ts';
export { SECTION_KEYS } from './model/report.ts';
export type { Policy, PolicyInput } from './policy/schema.ts';
export { DEFAULT_POLICY, parsePolicy, parsePolicyJson, type PolicyResult } from './policy/parse.ts';
export { DETECTORS, DETECTOR_IDS } from './detectors/index.ts';
export type { Detector } from './engine/define-detector.ts';
export { scan } from './engine/scan.ts';
export { readText, readMarkdown, assembleDocument } from './readers/text.ts';
export { readDocument, extensionOf } from './readers/index.ts';
export { ReadError } from './readers/read-error.ts';
export { listClauses, getClause, renderClause, formatParagraphList, WordingError, CLAUSE_CATEGORIES, type ClauseView, type ClauseCategory, type ClauseVariable, type RenderOptions } from './wording/index.ts';
