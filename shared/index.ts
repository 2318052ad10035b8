// The engine's public surface: the CLI, the Word add-in and the browser extension import from here only.
export type {
  Block,
  BlockKind,
  BlockOrigin,
  Coverage,
  DocumentModel,
  DocumentPart,
  SourceFormat,
  UnreadPart,
} from './model/document.ts';
export { DOCUMENT_PARTS } from './model/document.ts';
export type {
  Disposition,
  Finding,
  FindingLocation,
  FindingType,
  Jurisdiction,
  PersonRole,
  Severity,
  TraceStep,
} from './model/finding.ts';
export { DISPOSITIONS, FINDING_TYPES, PERSON_ROLES, SEVERITIES, isFlag, severityRank } from './model/finding.ts';
export type {
  DocumentKind,
  ExemptAdvice,
  ExemptIssue,
  ExemptParagraphAdvice,
  ScanReport,
  SectionKey,
  SectionLanguage,
  SectionStatus,
  SectionStatusValue,
} from './model/report.ts';
export { DOCUMENT_KINDS, SECTION_KEYS } from './model/report.ts';
export * from './vocabulary.ts';
export { sentenceAround, sentenceWithPrevious, withinOneSentence, type Span } from './engine/sentences.ts';
export type { Policy, PolicyInput } from './policy/schema.ts';
export { DEFAULT_POLICY, parsePolicy, parsePolicyJson, type PolicyResult } from './policy/parse.ts';
export { DETECTORS, DETECTOR_IDS } from './detectors/index.ts';
export type { Detector } from './engine/define-detector.ts';
export { scan } from './engine/scan.ts';
export { readText, readMarkdown, assembleDocument } from './readers/text.ts';
export { readDocument, extensionOf } from './readers/index.ts';
export { SUPPORTED_EXTENSIONS } from './readers/index.ts';
export { LIMITS, ReadError } from './readers/read-error.ts';
export {
  listClauses,
  listClauseVersions,
  languagesOf,
  languagesFor,
  publishesInWelsh,
  getClause,
  renderClause,
  renderInLanguages,
  parseClausePack,
  formatParagraphList,
  formatParagraphListCy,
  WordingError,
  CLAUSE_CATEGORIES,
  CLAUSE_LANGUAGES,
  CLAUSE_STATUSES,
  type ClauseView,
  type ClauseCategory,
  type ClauseLanguage,
  type ClauseStatus,
  type ClauseVariable,
  type RenderOptions,
  type BilingualOptions,
  type RenderedLanguage,
  type ClausePack,
  type ClausePackResult,
  type LibraryOptions,
  type LanguageChoice,
} from './wording/index.ts';
export { planRedaction, placeholderWord, type RedactionPlan, type PlannedTarget } from './redact/plan.ts';
export { redactDocument, type RedactedDocument, type TextReplacement } from './redact/redact-text.ts';
export { occurrenceFinder, normalizedKey, type RedactionTarget, type Occurrence } from './redact/occurrences.ts';
export { redactPackage, type RedactedPackage, type RedactionLogEntry } from './redact/redact-package.ts';
export { verifyPackage, verifyXml, type Leak, type Verification } from './redact/verify-package.ts';
export { formatRedactionLog, type LogFormat } from './redact/redaction-log.ts';
export { RedactionError } from './redact/redaction-error.ts';
