// How Word lays text out in a part: per paragraph, the run text as one string made of segments
// (one per text node), so a name split over runs ("Tyl" + "er") is seen whole. The redactor
// rewrites the segments; the verifier reads the same joined text to prove nothing survived.
import { attributeValue, decodeXml, type XmlToken } from './xml-tokens.ts';

const PARAGRAPHS = new Set(['w:p', 'a:p']);
const RUNS = new Set(['w:r', 'a:r', 'm:r']);
/** Elements whose content Word shows as deleted text: removing them removes the deletion. */
const DELETIONS = new Set(['w:del', 'w:moveFrom']);
const STREAM_OF: Record<string, Stream> = {
  'w:t': 'visible',
  'a:t': 'visible',
  'm:t': 'visible',
  'w:delText': 'deleted',
  'w:instrText': 'instruction',
  'w:delInstrText': 'instruction',
};
const SEPARATORS: Record<string, string> = { 'w:tab': '\t', 'w:br': '\n', 'w:cr': '\n' };

/** Run text, deleted text and field instructions are read as three texts: each matched on its own. */
export type Stream = 'visible' | 'deleted' | 'instruction';

export interface Segment {
  /** Index of the text token, or -1 for a tab or break. */
  token: number;
  text: string;
  run: number;
  deletion: number;
  hidden: boolean;
}

export interface Paragraph {
  streams: Record<Stream, Segment[]>;
}

/** Paragraph streams of text segments, and where each element we may remove ends. */
export function readWordStructure(tokens: XmlToken[]): { paragraphs: Paragraph[]; ends: Map<number, number> } {
  const paragraphs: Paragraph[] = [];
  const ends = new Map<number, number>();
  const stack: { name: string; index: number }[] = [];
  const open: Paragraph[] = [];
  const hiddenRuns = new Set<number>();
  const nearest = (names: Set<string>): number => {
    for (let i = stack.length - 1; i >= 0; i--) if (names.has(stack[i]!.name)) return stack[i]!.index;
    return -1;
  };
  const addSegment = (stream: Stream, token: number, text: string): void => {
    const paragraph = open.at(-1);
    if (!paragraph) return;
    const run = nearest(RUNS);
    const deletion = nearest(DELETIONS);
    paragraph.streams[deletion >= 0 && stream === 'visible' ? 'deleted' : stream].push({
      token,
      text,
      run,
      deletion,
      hidden: hiddenRuns.has(run),
    });
  };
  tokens.forEach((token, index) => {
    const parent = stack.at(-1);
    if (token.kind === 'open') {
      if (
        token.name === 'w:vanish' &&
        parent?.name === 'w:rPr' &&
        RUNS.has(stack.at(-2)?.name ?? '') &&
        !/^(?:0|false|off)$/.test(attributeValue(token.raw, 'w:val') ?? '')
      ) {
        hiddenRuns.add(stack.at(-2)!.index);
      }
      const separator = SEPARATORS[token.name];
      if (separator && parent && RUNS.has(parent.name))
        addSegment(nearest(DELETIONS) >= 0 ? 'deleted' : 'visible', -1, separator);
      if (token.selfClosing) return;
      stack.push({ name: token.name, index });
      if (PARAGRAPHS.has(token.name)) {
        const paragraph: Paragraph = { streams: { visible: [], deleted: [], instruction: [] } };
        paragraphs.push(paragraph);
        open.push(paragraph);
      }
    } else if (token.kind === 'close') {
      const at = stack.map((s) => s.name).lastIndexOf(token.name);
      if (at < 0) return;
      for (const entry of stack.splice(at)) {
        ends.set(entry.index, index);
        if (PARAGRAPHS.has(entry.name)) open.pop();
      }
    } else if (token.kind === 'text' && parent && STREAM_OF[parent.name]) {
      addSegment(STREAM_OF[parent.name]!, index, decodeXml(token.raw));
    }
  });
  return { paragraphs, ends };
}

/** Each paragraph's streams as joined strings: what the verifier searches. */
export function paragraphTexts(tokens: XmlToken[]): string[] {
  return readWordStructure(tokens).paragraphs.flatMap((p) =>
    Object.values(p.streams)
      .map((segments) => segments.map((s) => s.text).join(''))
      .filter(Boolean),
  );
}
