// Redacts one XML part of an Office package. In Word's paragraphs the text is matched across runs
// ("Tyl" + "er" in two <w:t>), then the runs are rewritten; a tracked deletion or a hidden run
// holding a redacted string is removed whole. Every other text node and every attribute value
// (hyperlink targets, alt text, comment authors, properties) is redacted on its own.
import type { OccurrenceFinder } from './occurrences.ts';
import type { PlannedTarget } from './plan.ts';
import {
  attributesOf,
  attributeValue,
  cdataText,
  decodeXml,
  encodeXmlAttribute,
  encodeXmlText,
  tokenize,
  type XmlToken,
} from './xml-tokens.ts';
import { readWordStructure, type Segment } from './word-structure.ts';

export type RedactionAction = 'replaced' | 'removed-tracked-deletion' | 'removed-hidden-text' | 'removed-part';

export interface PartEvent {
  target: PlannedTarget;
  action: RedactionAction;
  count: number;
}

export interface PartRedaction {
  xml: string;
  events: PartEvent[];
}

interface LocalEdit {
  from: number;
  to: number;
  insert: string;
}

export function redactXmlPart(xml: string, finder: OccurrenceFinder<PlannedTarget>): PartRedaction {
  const tokens = tokenize(xml);
  const counts = new Map<string, PartEvent>();
  const count = (target: PlannedTarget, action: RedactionAction): void => {
    const key = `${action}\u0000${target.placeholder}`;
    const event = counts.get(key) ?? { target, action, count: 0 };
    event.count++;
    counts.set(key, event);
  };
  const { paragraphs, ends } = readWordStructure(tokens);
  const edits = new Map<number, LocalEdit[]>();
  const removed = new Map<number, number>();
  for (const paragraph of paragraphs) {
    for (const segments of Object.values(paragraph.streams))
      redactStream(
        segments,
        finder,
        edits,
        (range, target, action) => {
          const end = ends.get(range);
          if (end === undefined) return;
          if (removed.get(range) === undefined) count(target, action);
          removed.set(range, end);
        },
        count,
      );
  }
  for (const [index, list] of edits) applyTextEdits(tokens, index, list);
  const kept = keptTokens(tokens.length, removed);
  redactEverythingElse(tokens, kept, finder, count);
  return {
    xml: tokens
      .filter((_, i) => kept[i])
      .map((t) => t.raw)
      .join(''),
    events: [...counts.values()],
  };
}

/** Matches the stream's joined text; each match's placeholder goes where it begins, preferring text that stays. */
function redactStream(
  segments: Segment[],
  finder: OccurrenceFinder<PlannedTarget>,
  edits: Map<number, LocalEdit[]>,
  remove: (range: number, target: PlannedTarget, action: RedactionAction) => void,
  count: (target: PlannedTarget, action: RedactionAction) => void,
): void {
  if (!segments.some((s) => s.token >= 0)) return;
  const starts: number[] = [];
  let joined = '';
  for (const s of segments) {
    starts.push(joined.length);
    joined += s.text;
  }
  for (const o of finder.find(joined)) {
    const touched = segments
      .map((segment, i) => ({
        segment,
        from: Math.max(o.start, starts[i]!) - starts[i]!,
        to: Math.min(o.end, starts[i]! + segment.text.length) - starts[i]!,
      }))
      .filter(({ segment, from, to }) => segment.token >= 0 && from < to);
    if (!touched.length) continue;
    const kept = touched.find(({ segment }) => !segment.hidden && segment.deletion < 0) ?? touched[0]!;
    for (const t of touched) {
      const list = edits.get(t.segment.token) ?? [];
      list.push({ from: t.from, to: t.to, insert: t === kept ? o.target.placeholder : '' });
      edits.set(t.segment.token, list);
      if (t.segment.deletion >= 0) remove(t.segment.deletion, o.target, 'removed-tracked-deletion');
      else if (t.segment.hidden) remove(t.segment.run, o.target, 'removed-hidden-text');
    }
    count(o.target, 'replaced');
  }
}

function applyTextEdits(tokens: XmlToken[], index: number, list: LocalEdit[]): void {
  let text = decodeXml(tokens[index]!.raw);
  for (const e of [...list].sort((a, b) => b.from - a.from)) text = text.slice(0, e.from) + e.insert + text.slice(e.to);
  tokens[index] = { kind: 'text', raw: encodeXmlText(text) };
  preserveSpaces(tokens, index, text);
}

/** Word drops leading and trailing spaces of a <w:t> unless it says xml:space="preserve". */
function preserveSpaces(tokens: XmlToken[], textIndex: number, text: string): void {
  const tag = tokens[textIndex - 1];
  if (tag?.kind !== 'open' || !/\s$|^\s/.test(text) || attributeValue(tag.raw, 'xml:space') === 'preserve') return;
  const raw = tag.raw.replace(/^(<[^\s/>]+)/, '$1 xml:space="preserve"');
  tokens[textIndex - 1] = { ...tag, raw };
}

/** Every text node, CDATA section and attribute value, one at a time. */
function redactEverythingElse(
  tokens: XmlToken[],
  kept: boolean[],
  finder: OccurrenceFinder<PlannedTarget>,
  count: (target: PlannedTarget, action: RedactionAction) => void,
): void {
  const replaceIn = (text: string): string | undefined => {
    const found = finder.find(text);
    if (!found.length) return undefined;
    let out = '';
    let cursor = 0;
    for (const o of found) {
      out += text.slice(cursor, o.start) + o.target.placeholder;
      cursor = o.end;
      count(o.target, 'replaced');
    }
    return out + text.slice(cursor);
  };
  tokens.forEach((token, index) => {
    if (!kept[index]) return;
    if (token.kind === 'text') {
      const replaced = replaceIn(decodeXml(token.raw));
      if (replaced !== undefined) tokens[index] = { kind: 'text', raw: encodeXmlText(replaced) };
    } else if (token.kind === 'cdata') {
      const replaced = replaceIn(cdataText(token.raw));
      if (replaced !== undefined)
        tokens[index] = { kind: 'cdata', raw: `<![CDATA[${replaced.replace(/]]>/g, ']]]]><![CDATA[>')}]]>` };
    } else if (token.kind === 'open') {
      let raw = token.raw;
      for (const a of attributesOf(token.raw).reverse()) {
        // A link target may spell its spaces and signs as %20 and the like; it is matched as the reader reads it.
        const decoded = a.value.includes('%') ? percentDecoded(a.value) : undefined;
        let value = replaceIn(a.value);
        if (value === undefined && decoded !== undefined) {
          const replaced = replaceIn(decoded);
          if (replaced !== undefined) value = encodeURI(replaced);
        }
        if (value !== undefined) raw = raw.slice(0, a.valueStart) + encodeXmlAttribute(value) + raw.slice(a.valueEnd);
      }
      if (raw !== token.raw) tokens[index] = { ...token, raw };
    }
  });
}

/** Which tokens stay: all but those of each removed element (open index to close index, inclusive). */
function keptTokens(length: number, removed: Map<number, number>): boolean[] {
  const kept = new Array<boolean>(length).fill(true);
  for (const [from, to] of removed) kept.fill(false, from, to + 1);
  return kept;
}

function percentDecoded(value: string): string | undefined {
  try {
    const decoded = decodeURIComponent(value);
    return decoded === value ? undefined : decoded;
  } catch {
    return undefined;
  }
}
