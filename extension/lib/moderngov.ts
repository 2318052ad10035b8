// Recognises ModernGov pages (the committee system most English and Welsh councils publish with) and reads what they link to and cite.
import type { LinkedPaper, ModernGovPageKind, PageInfo, RestrictionCitation } from './page-types.ts';

const PAGE_KINDS: [RegExp, ModernGovPageKind][] = [
  [/\/ieListDocuments\.aspx$/i, 'agenda'],
  [/\/mgAi\.aspx$/i, 'agenda-item'],
  [/\/ieDecisionDetails\.aspx$/i, 'decision'],
  [/\/mgReasonsRestricted\.aspx$/i, 'reasons-restricted'],
];

export function modernGovPageKind(url: string): ModernGovPageKind {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return 'other';
  }
  return PAGE_KINDS.find(([pattern]) => pattern.test(path))?.[1] ?? 'other';
}

/** ModernGov keeps each report at documents/s<number>/<name>.pdf; agenda packs (b…) and front sheets (g…) repeat those reports. */
const PAPER_PATH = /\/documents\/s\d+\/[^/]+\.pdf$/i;

/** The reports a page links to, in page order, each once, with its link text as title. */
export function listLinkedPapers(root: ParentNode, baseUrl: string): LinkedPaper[] {
  const seen = new Set<string>();
  const papers: LinkedPaper[] = [];
  for (const anchor of root.querySelectorAll('a[href]')) {
    const url = resolve(anchor.getAttribute('href') ?? '', baseUrl);
    if (!url || !PAPER_PATH.test(url.pathname) || seen.has(url.href)) continue;
    seen.add(url.href);
    const title = (anchor.textContent ?? '').replace(/\s+/g, ' ').trim() || decodeURIComponent(url.pathname.split('/').pop() ?? '');
    papers.push({ title, url: url.href });
  }
  return papers;
}

function resolve(href: string, baseUrl: string): URL | undefined {
  try {
    const url = new URL(href, baseUrl);
    url.hash = '';
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

const CITATION = /by virtue of paragraphs?(?:\(s\))?\s+(\d+(?:\s*(?:,|and|&)\s*\d+)*)\s+of\s+part\s+(1|4|I|IV)\s+of\s+schedule\s+12\s*A/gi;

/** Every "By virtue of paragraph(s) N of Part 1|4 of Schedule 12A" in a page's text. */
export function parseRestrictionCitations(text: string): RestrictionCitation[] {
  return [...text.replace(/\s+/g, ' ').matchAll(CITATION)].map((m) => ({
    paragraphs: [...new Set((m[1] ?? '').match(/\d+/g)?.map(Number) ?? [])].sort((a, b) => a - b),
    part: m[2] === '4' || m[2]?.toUpperCase() === 'IV' ? 4 : 1,
    quote: m[0],
  }));
}

export function describePage(root: ParentNode, url: string, text: string): PageInfo {
  return { kind: modernGovPageKind(url), papers: listLinkedPapers(root, url), citations: parseRestrictionCitations(text) };
}
