// Labelled references to a person's case: social care records ("LCS ID 1048823", "Mosaic ID"),
// police and crime references, complaint, Home Office, court-claim and Ombudsman references. Each
// points to one person's file. References to the council's own business (planning applications,
// decision records, forward plan entries) identify a decision, not a person, and are left alone.
import { defineDetector, PERSONAL_PARAGRAPHS, type Candidate } from '../engine/define-detector.ts';
import type { ScanContext } from '../engine/context.ts';
import { matchAll } from '../engine/match.ts';
import { rowLabel } from '../engine/row-label.ts';
import type { Block } from '../model/document.ts';
import { columnTypeOf } from '../engine/table-columns.ts';
import { hasCue } from '../engine/match.ts';
import { sentenceAround } from '../engine/sentences.ts';
import formats from '../lexicons/reference-formats.json' with { type: 'json' };

// A local file code: 2–5 capitals, a separator, an optional year and at least four digits ("ABC/2024/0017", "XYZ-1234567").
const { minLetters, maxLetters, separators, minDigits } = formats.localCode;
const SEPARATOR = `[${separators.replace(/[-/\\]/g, (c) => `\\${c}`)}]`;
const LOCAL_CODE = new RegExp(
  String.raw`(?<![\p{L}\p{N}/-])\p{Lu}{${minLetters},${maxLetters}}${SEPARATOR}(?:(?:19|20)\d{2}${SEPARATOR})?\d{${minDigits},}(?![\p{L}\p{N}]|[/-]\p{N})`,
  'gu',
);
// The code pattern starts with capitals, which V8 tries at every character; every code has a separator followed by
// its digits or by its year, so a block without that holds no code.
const SEPARATOR_THEN_DIGITS = new RegExp(String.raw`${SEPARATOR}\d{${Math.min(4, minDigits)}}`);

// A label word, then the reference: digit groups ("23 007 891") or one token of letters, digits, / . -
const LABELLED =
  /\b(?:reference|ref|number|no|id|identifier|urn)\b\.?(?:\s*(?:no\.?|number))?\s*[:#]?\s*\(?(\d{2,3}(?: \d{3}){2}(?![\d])|[A-Za-z0-9][A-Za-z0-9/.-]{2,30})/gi;
// "Her WCCIS identifier is 3318207": the label joined to the reference by a verb.
const LABEL_IS = /\b(?:reference|ref|number|id|identifier) (?:is|was) ([A-Za-z0-9][A-Za-z0-9/.-]{2,30})/gi;
const THREE_DIGITS = /\d\D*\d\D*\d/;
const LABEL_CELL = /\b(?:reference|ref|number|no|id|identifier)\b\.?\s*:?\s*$/;

// Whose record the label names.
const PERSONAL =
  /\b(?:case|client|child|person|pupil|student|patient|lcs|mosaic|wccis|liquidlogic|eclipse|controcc|carefirst|azeus|frameworki|social care|police|crime|incident|custody|complaint|complaints|home office|port|claim|court|tribunal|ombudsman|lgsco|psow|ico|cafcass|tenancy|tenant|housing|benefit|council tax|account|passport|customer|service user|family)\b/;
// A phone or contact number is the phone detector's to judge.
const CONTACT_NUMBER = /\b(?:phone|telephone|tel|mobile|fax|contact|text|whatsapp|helpline)\b/;
const PUBLIC_RECORD =
  /\b(?:plan|planning|application|decision|report|forward plan|key decision|agenda|item|minute|minutes|contract|tender|procurement|framework|budget|cost cent(?:re|er)|invoice|purchase order|foi|eir|committee|policy|project|scheme|grant|statutory instrument|company|companies house|charity|ofsted|urn|provider|licence|license|premises|consultation|meeting|motion|petition|audit|paper|appendix)\b/;

export default defineDetector({
  id: 'case-reference',
  type: 'identifier',
  severity: 'high',
  scope: 'block',
  explanation: 'A case, police, complaint or claim reference points to one person’s file.',
  exemptParagraphs: PERSONAL_PARAGRAPHS,
  source: 'ICO guidance: reference numbers are identifiers where they link to one person’s records',
  detect(block, context) {
    const found: Candidate[] = [];
    // A labelled reference is kept only with three digits or more (judge): a block with fewer holds none.
    const labelled = THREE_DIGITS.test(block.text);
    for (const m of labelled ? matchAll(block.text, LABELLED) : []) {
      const token = trimToken(m.groups[0]!);
      const start = m.start + m.text.lastIndexOf(m.groups[0]!);
      const qualifier =
        `${wordsBefore(block.text, m.start)} ${m.text.slice(0, m.text.length - m.groups[0]!.length)}`.toLowerCase();
      const judged = judge(token, qualifier, start);
      if (judged) found.push(judged);
    }
    if (labelled && / (?:is|was) /.test(block.text))
      for (const m of matchAll(block.text, LABEL_IS)) {
        const token = trimToken(m.groups[0]!);
        const start = m.end - m.groups[0]!.length;
        const judged = judge(
          token,
          `${wordsBefore(block.text, m.start)} ${m.text.slice(0, m.text.length - m.groups[0]!.length)}`.toLowerCase(),
          start,
        );
        if (judged && !found.some((f) => f.start < judged.end && judged.start < f.end)) found.push(judged);
      }
    const cell = labelledCell(block, context) ?? identifierColumnCell(block, context);
    if (cell) found.push(cell);
    for (const code of localCodes(block, context))
      if (!found.some((f) => f.start < code.end && code.start < f.end)) found.push(code);
    return found;
  },
});

/** "WCCIS ID | 7781204": a table cell whose row label names a reference. */
function labelledCell(block: Block, context: ScanContext): Candidate | undefined {
  const label = rowLabel(block, context);
  if (!label || !LABEL_CELL.test(label)) return undefined;
  const token = trimToken(block.text);
  if (/\s/.test(token.replace(/^\d{2,3}(?: \d{3}){2}$/, ''))) return undefined;
  return judge(token, label, 0);
}

/** A cell under an "ID", "Case ref" or "Reference" column heading: that row's person's file. */
function identifierColumnCell(block: Block, context: ScanContext): Candidate | undefined {
  if (columnTypeOf(context, block) !== 'identifier') return undefined;
  const token = trimToken(block.text);
  if (
    /\s/.test(token.replace(/^\d{2,3}(?: \d{3}){2}$/, '')) ||
    token.replace(/\D/g, '').length < 3 ||
    isDateOrYear(token)
  )
    return undefined;
  return {
    start: 0,
    end: token.length,
    suggestion: '[Reference]',
    trace: [{ rule: 'reference-in-identifier-column', cue: 'column heading', leaning: 'private' }],
  };
}

/** A local file code next to a person, a case or a file word, or in an identifier column; not a council record's code. */
function localCodes(block: Block, context: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  if (!/\d{4}/.test(block.text) || !SEPARATOR_THEN_DIGITS.test(block.text)) return out;
  for (const m of matchAll(block.text, LOCAL_CODE)) {
    const label = wordsBefore(block.text, m.start).toLowerCase();
    const sentence = block.text.slice(...spanOf(sentenceAround(block.text, m.start, m.end)));
    // "Planning application DC/2024/0123" is the council's business; "his application (HR/2023/0881)" is his file.
    const publicLabel = hasCue(label, formats.publicWords) && !hasCue(label, formats.possessives);
    const personal = !publicLabel && (hasCue(label, formats.personWords) || hasCue(sentence, formats.personWords));
    const column = columnTypeOf(context, block) === 'identifier';
    if (!personal && !column) continue;
    const cue = column
      ? 'column heading'
      : (formats.personWords.find((w) => hasCue(label, [w])) ?? formats.personWords.find((w) => hasCue(sentence, [w])));
    out.push({
      start: m.start,
      end: m.end,
      suggestion: '[Reference]',
      trace: [{ rule: 'local-file-code', ...(cue && { cue }), leaning: 'private' }],
    });
  }
  return out;
}

const spanOf = ({ start, end }: { start: number; end: number }): [number, number] => [start, end];

function judge(token: string, qualifier: string, start: number): Candidate | undefined {
  const digits = token.replace(/\D/g, '').length;
  if (digits < 3 || isDateOrYear(token)) return undefined;
  const end = start + token.length;
  if (CONTACT_NUMBER.test(qualifier)) return undefined;
  if (PERSONAL.test(qualifier)) return { start, end, suggestion: '[Reference]' };
  if (PUBLIC_RECORD.test(qualifier)) return undefined;
  if (digits >= 5 || /[A-Za-z]/.test(token)) {
    return {
      start,
      end,
      severity: 'medium',
      suggestion: '[Reference]',
      message: 'A reference number: if it points to a person’s file it identifies them.',
    };
  }
  return undefined;
}

/** The three words naming the reference ("Liquidlogic case", "internal complaint file ("), within its clause. */
function wordsBefore(text: string, at: number): string {
  const clause =
    text
      .slice(Math.max(0, at - 40), at)
      .split(/[,;:.!?]/)
      .at(-1) ?? '';
  return clause.replace(/[()]/g, ' ').trim().split(/\s+/).slice(-3).join(' ');
}

/** "NG/25/018833)." → "NG/25/018833". */
function trimToken(raw: string): string {
  return raw.trim().replace(/[./-]+$/, '');
}

function isDateOrYear(token: string): boolean {
  return (
    /^(?:19|20)\d{2}$/.test(token) ||
    /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(token) ||
    /^(?:19|20)\d{2}\/\d{2}$/.test(token)
  );
}
