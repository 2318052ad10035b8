// The pipeline: detectors over the blocks, one decision per span, then sections and exempt advice.
import type { Block, DocumentModel } from '../model/document.ts';
import type { Finding, Jurisdiction } from '../model/finding.ts';
import type { ScanReport } from '../model/report.ts';
import type { Policy } from '../policy/schema.ts';
import { DEFAULT_POLICY } from '../policy/parse.ts';
import { DETECTORS } from '../detectors/index.ts';
import { createContext, type ScanContext } from './context.ts';
import type { Candidate, Detector } from './define-detector.ts';
import { resolveOverlaps } from './resolve-overlaps.ts';
import { boundBlocks, type BoundedDocument } from './bound-blocks.ts';
import { checkSections } from '../sections/required-sections.ts';
import { adviseExempt, detectJurisdiction } from '../exempt/advise.ts';
import { classifyDocument } from '../sections/document-kind.ts';

export function scan(original: DocumentModel, policy: Policy = DEFAULT_POLICY): ScanReport {
  const bounded = boundBlocks(original);
  const { doc } = bounded;
  const detected = detectJurisdiction(doc);
  const jurisdiction: Jurisdiction = policy.jurisdiction ?? detected.jurisdiction;
  const findings = detectBounded(
    DETECTORS.filter((d) => !policy.disabledDetectors.includes(d.id)),
    bounded,
    policy,
    jurisdiction,
  );
  const sections = checkSections(doc, policy.headingSynonyms);
  const exempt = adviseExempt(doc, findings, {
    jurisdiction,
    jurisdictionReason: policy.jurisdiction ? 'Set by the council policy.' : detected.reason,
  });
  return {
    findings,
    documentKind: classifyDocument(original),
    coverage: original.coverage ?? {
      read: [...new Set(original.blocks.map((b) => b.origin.path ?? b.origin.part))],
      notRead: [],
    },
    sections,
    exemptParagraphs: exempt.suggested.map((s) => s.paragraph),
    exempt,
    warnings: doc.warnings ?? [],
  };
}

/** Runs the given detectors and settles overlaps: the scan's first stage, and what detector tests call. */
export function detectWith(
  detectors: readonly Detector[],
  doc: DocumentModel,
  policy: Policy = DEFAULT_POLICY,
  jurisdiction: Jurisdiction = 'england',
): Finding[] {
  return detectBounded(detectors, boundBlocks(doc), policy, jurisdiction);
}

function detectBounded(
  detectors: readonly Detector[],
  { doc, sourceOf }: BoundedDocument,
  policy: Policy,
  jurisdiction: Jurisdiction,
): Finding[] {
  const context = createContext(doc, policy, jurisdiction);
  return resolveOverlaps(
    detectors.flatMap((d) => runDetector(d, context, sourceOf)).filter((f) => !isOnlyPlaceholders(f.text)),
  );
}

function runDetector(detector: Detector, context: ScanContext, sourceOf: Block[]): Finding[] {
  if (detector.scope === 'document')
    return detector.detect(context).map((c) => toFinding(detector, context, c, sourceOf[blockAt(context, c.start)]!));
  // A plain loop: most of a paper's thousand blocks give a detector nothing, and flatMap's arrays add up.
  const out: Finding[] = [];
  const blocks = context.doc.blocks;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    for (const c of detector.detect(block, context))
      out.push(
        toFinding(
          detector,
          context,
          { ...c, start: c.start + block.start, end: c.end + block.start },
          sourceOf[index]!,
        ),
      );
  }
  return out;
}

// "[Address 1], [Postcode 1]": what a redaction left in place identifies no one, whatever column it sits in.
const ONLY_PLACEHOLDERS = /^[\s,;.]*(?:\[[\p{L} ]{1,30}(?: \d{1,4})?\][\s,;.]*)+$/u;
const isOnlyPlaceholders = (text: string): boolean => ONLY_PLACEHOLDERS.test(text);

/** The block holding a document offset (blocks are in text order). */
function blockAt({ doc }: ScanContext, offset: number): number {
  let lo = 0;
  let hi = doc.blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.blocks[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** `block` is the block of the user's document, so locations name what the user has, not the engine's pieces. */
function toFinding(detector: Detector, context: ScanContext, c: Candidate, block: Block): Finding {
  const { part, page, paragraph, line, property } = block.origin;
  const severity =
    c.severity === 'info' ? 'info' : (context.policy.severityOverrides[detector.id] ?? c.severity ?? detector.severity);
  return {
    start: c.start,
    end: c.end,
    text: context.doc.text.slice(c.start, c.end),
    type: c.type ?? detector.type,
    severity,
    rule: detector.id,
    message: c.message ?? detector.explanation,
    location: {
      blockId: block.id,
      kind: block.kind,
      blockStart: c.start - block.start,
      blockEnd: c.end - block.start,
      part,
      ...(page !== undefined && { page }),
      ...(paragraph !== undefined && { paragraph }),
      ...(line !== undefined && { line }),
      ...(property !== undefined && { property }),
    },
    exemptParagraphs: detector.exemptParagraphs[context.jurisdiction],
    ...(c.suggestion !== undefined && { suggestion: c.suggestion }),
    disposition: c.disposition ?? (severity === 'info' ? 'public' : 'flag'),
    ...(c.question !== undefined && { question: c.question }),
    ...(c.personId !== undefined && { personId: c.personId }),
    ...(c.role !== undefined && { role: c.role }),
    trace: [{ rule: detector.id }, ...(c.trace ?? [])],
  };
}
