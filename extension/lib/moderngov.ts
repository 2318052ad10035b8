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
    const title =
      (anchor.textContent ?? '').replace(/\s+/g, ' ').trim() || decodeURIComponent(url.pathname.split('/').pop() ?? '');
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

const PARAGRAPH_LIST = String.raw`(\d+(?:\s*(?:,|and|&|a|ac)\s*\d+)*)`;
/** English: "by virtue of paragraph(s) 1, 2 of Part 1 of Schedule 12A"; Welsh: "yn rhinwedd paragraff(au) 14 o Ran 4 o Atodlen 12A". */
const CITATIONS = [
  new RegExp(
    String.raw`by virtue of paragraphs?(?:\(s\))?\s+${PARAGRAPH_LIST}\s+of\s+part\s+(1|4|I|IV)\s+of\s+schedule\s+12\s*A`,
    'gi',
  ),
  new RegExp(
    String.raw`yn rhinwedd paragraff(?:au)?\s+${PARAGRAPH_LIST}\s+o\s+r(?:h)?an\s+(1|4|I|IV)\s+o\s+atodlen\s+12\s*A`,
    'gi',
  ),
];

type ParsedCitation = Omit<RestrictionCitation, 'papers' | 'matchedBy'>;

/** Every Schedule 12A citation in a piece of text, English or Welsh, in text order. */
export function parseRestrictionCitations(text: string): ParsedCitation[] {
  const flat = text.replace(/\s+/g, ' ');
  return CITATIONS.flatMap((pattern) => [...flat.matchAll(pattern)])
    .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
    .map((m) => ({
      paragraphs: [...new Set((m[1] ?? '').match(/\d+/g)?.map(Number) ?? [])].sort((a, b) => a - b),
      part: m[2] === '4' || m[2]?.toUpperCase() === 'IV' ? 4 : 1,
      quote: m[0],
    }));
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD']);
const HEADING = /^H[1-6]$/;
/** How a page names one paper of several: "Appendix A", "Annex 2", "Atodiad B", "Enclosure 3". */
const DESIGNATION = /\b(appendix|appendices|annex|annexe|atodiad|enclosure|exhibit)\s+([a-z]|\d+)\b/gi;
/** Rows and blocks ModernGov (and similar systems) give each agenda item. */
const ITEM_CONTAINER = 'tr, [class*="mgItem" i], [class*="mgAi" i], section, article';

const flatText = (node: Node): string => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

function designations(text: string): Set<string> {
  return new Set(
    [...text.matchAll(DESIGNATION)].map(
      (m) =>
        `${m[1]!
          .toLowerCase()
          .replace(/^appendices$/, 'appendix')
          .replace(/^annexe$/, 'annex')} ${m[2]!.toLowerCase()}`,
    ),
  );
}

/** The deepest elements whose text holds a citation: a citation split by <strong> or <br> is still read whole. */
function citingElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const visit = (element: Element): boolean => {
    if (SKIPPED.has(element.tagName.toUpperCase())) return false;
    let inChild = false;
    for (const child of element.children) inChild = visit(child) || inChild;
    if (inChild) return true;
    if (!parseRestrictionCitations(element.textContent ?? '').length) return false;
    found.push(element);
    return true;
  };
  for (const child of root.children) visit(child);
  return found;
}

/** The nearest heading before a node in document order, or undefined: the agenda item it sits under. */
function headingBefore(node: Node, headings: Element[]): Element | undefined {
  let last: Element | undefined;
  for (const heading of headings) {
    if (heading === node || heading.compareDocumentPosition(node) & 4 /* FOLLOWING */) last = heading;
    else break;
  }
  return last;
}

/**
 * Which papers each citation restricts, in the order a reader of the page decides it: a paper named in the citation's
 * sentence ("Appendix A is restricted…"), else the one paper linked beside it, else the papers of its agenda item.
 */
export function readRestrictionCitations(root: ParentNode, baseUrl: string): RestrictionCitation[] {
  const anchors = [...root.querySelectorAll('a[href]')].flatMap((anchor) => {
    const url = resolve(anchor.getAttribute('href') ?? '', baseUrl);
    return url && PAPER_PATH.test(url.pathname) ? [{ anchor, url: url.href }] : [];
  });
  const papers = listLinkedPapers(root, baseUrl);
  const headings = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) =>
    HEADING.test(h.tagName.toUpperCase()),
  );
  const unique = (urls: string[]): string[] => papers.map((p) => p.url).filter((url) => urls.includes(url));

  return citingElements(root).flatMap((element) => {
    const block = element.closest('p, li, td, div, dd, section') ?? element;
    const itemContainer = element.closest(ITEM_CONTAINER);
    const itemHeading = headingBefore(element, headings);
    const inItem = anchors.filter(({ anchor }) =>
      itemContainer ? itemContainer.contains(anchor) : headingBefore(anchor, headings) === itemHeading,
    );
    const beside = anchors.filter(({ anchor }) => block.contains(anchor));
    const named = designations(flatText(block));
    const byName = anchors.filter(({ anchor, url }) => {
      const paper = papers.find((p) => p.url === url);
      const own = designations(`${flatText(anchor)} ${paper?.title ?? ''}`);
      return [...own].some((d) => named.has(d));
    });
    const nameInItem = byName.filter((a) => inItem.includes(a));
    const [papersOf, matchedBy]: [string[], RestrictionCitation['matchedBy']] = nameInItem.length
      ? [unique(nameInItem.map((a) => a.url)), 'named']
      : byName.length
        ? [unique(byName.map((a) => a.url)), 'named']
        : unique(beside.map((a) => a.url)).length === 1
          ? [unique(beside.map((a) => a.url)), 'link']
          : named.size === 0 && inItem.length
            ? [unique(inItem.map((a) => a.url)), 'agenda-item']
            : [[], 'none'];
    return parseRestrictionCitations(element.textContent ?? '').map((c) => ({ ...c, papers: papersOf, matchedBy }));
  });
}

export function describePage(root: ParentNode, url: string): PageInfo {
  return {
    kind: modernGovPageKind(url),
    papers: listLinkedPapers(root, url),
    citations: readRestrictionCitations(root, url),
  };
}
