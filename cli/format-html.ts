// The HTML report: one self-contained page (inline CSS and SVG, nothing fetched) an officer opens in a
// browser after an archive scan. Every piece of text from a paper is escaped: it stays text.
import {
  DISPOSITIONS,
  DISPOSITION_LABELS,
  DOCUMENT_KIND_LABELS,
  FINDING_TYPES,
  FINDING_TYPE_WORDS,
  ROLE_LABELS,
} from '../shared/index.ts';
import type { Disposition, FindingType, ScanReport } from '../shared/index.ts';
import { SECTION_KEYS, SECTION_LABELS } from '../shared/index.ts';
import { headline } from './format-report.ts';
import { explanationOf, groupFindings, type FindingGroup } from './group-findings.ts';
import type { FileOutcome, Snippet } from './scan-file.ts';

export function formatHtml(outcomes: readonly FileOutcome[], generatedAt: Date): string {
  const scanned = outcomes.filter((o) => o.report);
  const typesFound = FINDING_TYPES.filter((t) =>
    scanned.some((o) => o.report!.findings.some((f) => f.type === t && f.disposition !== 'public')),
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Clearance report: ${outcomes.length} paper(s)</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Clearance report</h1>
<p>${outcomes.length} paper(s), ${scanned.length} scanned, ${outcomes.length - scanned.length} could not be scanned. Generated ${esc(generatedAt.toISOString().replace('T', ' ').slice(0, 16))} UTC.</p>
<section aria-labelledby="found">
<h2 id="found">What was found across the papers</h2>
${chart(scanned)}
</section>
<section aria-labelledby="papers">
<h2 id="papers">Papers</h2>
${papersTable(outcomes, typesFound)}
</section>
${outcomes.map((o, i) => paperSection(o, i)).join('\n')}
</main>
</body>
</html>
`;
}

function countBy(outcomes: readonly FileOutcome[], type: FindingType, disposition: Disposition): number {
  return outcomes.reduce(
    (n, o) => n + (o.report?.findings.filter((f) => f.type === type && f.disposition === disposition).length ?? 0),
    0,
  );
}

/** A bar per finding type: to deal with and for a decision, stacked. */
function chart(outcomes: readonly FileOutcome[]): string {
  const rows = FINDING_TYPES.map((t) => ({
    t,
    flag: countBy(outcomes, t, 'flag'),
    review: countBy(outcomes, t, 'review'),
  })).filter((r) => r.flag + r.review > 0);
  if (!rows.length) return '<p>Nothing to deal with or to decide in the papers scanned.</p>';
  const max = Math.max(...rows.map((r) => r.flag + r.review));
  const [labelWidth, barWidth, rowHeight] = [150, 420, 26];
  const height = rows.length * rowHeight + 34;
  const bars = rows
    .map((r, i) => {
      const y = i * rowHeight + 30;
      const wf = (r.flag / max) * barWidth;
      const wr = (r.review / max) * barWidth;
      return (
        `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${esc(FINDING_TYPE_WORDS[r.t].label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 2}" width="${wf.toFixed(1)}" height="18" class="flag"/>` +
        `<rect x="${(labelWidth + wf).toFixed(1)}" y="${y + 2}" width="${wr.toFixed(1)}" height="18" class="review"/>` +
        `<text x="${(labelWidth + wf + wr + 6).toFixed(1)}" y="${y + 15}">${r.flag} + ${r.review}</text>`
      );
    })
    .join('');
  const summary = rows
    .map(
      (r) =>
        `${FINDING_TYPE_WORDS[r.t].label}: ${r.flag} ${DISPOSITION_LABELS.flag.heading.toLowerCase()}, ${r.review} ${DISPOSITION_LABELS.review.heading.toLowerCase()}`,
    )
    .join('; ');
  return (
    `<svg role="img" aria-labelledby="chart-title" viewBox="0 0 ${labelWidth + barWidth + 90} ${height}" width="100%" style="max-width:${labelWidth + barWidth + 90}px">` +
    `<title id="chart-title">${esc(summary)}</title>` +
    `<rect x="${labelWidth}" y="6" width="14" height="14" class="flag"/><text x="${labelWidth + 20}" y="18">${DISPOSITION_LABELS.flag.heading}</text>` +
    `<rect x="${labelWidth + 140}" y="6" width="14" height="14" class="review"/><text x="${labelWidth + 160}" y="18">${DISPOSITION_LABELS.review.heading}</text>` +
    `${bars}</svg>`
  );
}

function papersTable(outcomes: readonly FileOutcome[], types: readonly FindingType[]): string {
  const head = [
    'Paper',
    'Kind',
    ...DISPOSITIONS.map((d) => DISPOSITION_LABELS[d].heading),
    ...types.map((t) => FINDING_TYPE_WORDS[t].label),
    'Sections',
    'Not read',
  ];
  const rows = outcomes.map((o, i) => {
    const link = `<a href="#paper-${i}">${esc(o.file)}</a>`;
    if (!o.report)
      return `<tr><th scope="row">${link}</th><td colspan="${head.length - 1}">Could not be scanned: ${esc(o.error ?? '')}</td></tr>`;
    const r = o.report;
    const cells = [
      ...DISPOSITIONS.map((d) => String(r.findings.filter((f) => f.disposition === d).length)),
      ...types.map((t) => String(r.findings.filter((f) => f.type === t && f.disposition !== 'public').length)),
      esc(sectionSummary(r)),
      String(r.coverage.notRead.length),
    ];
    return `<tr><th scope="row">${link}</th><td class="kind">${esc(DOCUMENT_KIND_LABELS[r.documentKind])}</td>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  });
  return `<div class="scroll" tabindex="0" role="region" aria-label="Papers table"><table><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function sectionSummary(r: ScanReport): string {
  if (r.documentKind !== 'report') return 'do not apply';
  const lacking = Object.entries(r.sections).filter(([, s]) => s.status !== 'present');
  return lacking.length ? `${lacking.length} to deal with` : 'all present';
}

function paperSection(o: FileOutcome, i: number): string {
  const title = `<h2 id="paper-${i}">${esc(o.file)}</h2>`;
  if (!o.report)
    return `<section class="paper" aria-labelledby="paper-${i}">${title}<p class="failed">Could not be scanned: ${esc(o.error ?? '')}</p></section>`;
  const r = o.report;
  const groups = groupFindings(r.findings);
  const findingLists = DISPOSITIONS.filter((d) => groups[d].length).map(
    (d) =>
      `<h3>${DISPOSITION_LABELS[d].heading} (${groups[d].length})</h3><p class="note">${esc(DISPOSITION_LABELS[d].description)}</p>` +
      `<ul class="${d}">${groups[d].map((g) => findingItem(g, o.snippets)).join('')}</ul>`,
  );
  const notRead = r.coverage.notRead.length
    ? `<h3>Not checked</h3><ul>${r.coverage.notRead.map((p) => `<li>${esc(p.part)}: ${esc(p.reason)}</li>`).join('')}</ul>`
    : '';
  const exempt = r.exempt;
  return `<section class="paper" aria-labelledby="paper-${i}">${title}
<p>Reads as ${esc(DOCUMENT_KIND_LABELS[r.documentKind])}. ${esc(headline(r))}</p>
${findingLists.join('\n')}
${notRead}
${sectionsHtml(r)}
<h3>Exempt information</h3>
<p>${esc(exempt.jurisdiction === 'wales' ? 'Wales, Schedule 12A Part 4' : 'England, Schedule 12A Part 1')}: ${esc(exempt.jurisdictionReason)}</p>
<ul>${exempt.suggested.map((s) => `<li>Paragraph ${s.paragraph}: ${esc(s.description)} ${esc(s.reason)}</li>`).join('') || '<li>No exempt paragraphs suggested.</li>'}${exempt.issues.map((x) => `<li><strong>${esc(x.severity)}</strong>: ${esc(x.message)}</li>`).join('')}</ul>
${r.warnings.length ? `<h3>Warnings</h3><ul>${r.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>` : ''}
</section>`;
}

function sectionsHtml(r: ScanReport): string {
  if (r.documentKind !== 'report') {
    return `<h3>Required sections</h3><p>Do not apply: this paper reads as ${esc(DOCUMENT_KIND_LABELS[r.documentKind])}, and only a report carries implications sections.</p>`;
  }
  const rows = SECTION_KEYS.map(
    (k) =>
      `<tr><th scope="row">${esc(SECTION_LABELS[k])}</th><td class="status-${r.sections[k].status}">${esc(r.sections[k].status)}</td><td>${esc(r.sections[k].reason)}</td></tr>`,
  );
  return `<h3>Required sections</h3><table class="sections"><thead><tr><th scope="col">Section</th><th scope="col">Status</th><th scope="col">Why</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function findingItem(g: FindingGroup, snippets: readonly Snippet[] | undefined): string {
  const f = g.first;
  const snippet = snippets?.[g.indexes[0]!];
  const who = f.role && f.type === 'person' ? ` (${esc(ROLE_LABELS[f.role])})` : '';
  const context = snippet
    ? `<blockquote>…${esc(snippet.before)}<mark>${esc(f.text)}</mark>${esc(snippet.after)}…</blockquote>`
    : '';
  const places = `${g.indexes.length > 1 ? `${g.indexes.length} mentions: ` : ''}${g.places.map(esc).join(', ')}`;
  return `<li><strong>${esc(FINDING_TYPE_WORDS[f.type].label)}</strong>: ${g.texts.map((t) => `“${esc(t)}”`).join(' / ')}${who}. <span class="where">${places}</span><br>${esc(explanationOf(g))}${context}</li>`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const STYLE = `
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1b;background:#fff;margin:0}
main{max-width:72rem;margin:0 auto;padding:1rem 1.5rem 3rem}
h1{font-size:1.8rem;margin:.5rem 0}h2{font-size:1.3rem;margin-top:2rem;border-bottom:2px solid #1b1b1b}h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
.scroll{overflow-x:auto}table{border-collapse:collapse;font-size:.9rem}th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:left;vertical-align:top}
thead th{background:#eee}td{text-align:right}td[colspan],td.kind,.sections td{text-align:left}
svg text{font-size:13px;fill:#1b1b1b}.flag{fill:#a4262c}.review{fill:#8a5a00}
ul.flag>li{border-left:4px solid #a4262c}ul.review>li{border-left:4px solid #8a5a00}ul.public>li{border-left:4px solid #767676}
ul.flag,ul.review,ul.public{list-style:none;padding-left:0}ul.flag>li,ul.review>li,ul.public>li{padding:.3rem .6rem;margin:.4rem 0;background:#fafafa}
.where{color:#4a4a4a}.note{color:#4a4a4a;margin:0}.failed{color:#a4262c;font-weight:600}
blockquote{margin:.3rem 0 0;padding:.2rem .6rem;border-left:2px solid #bbb;color:#1b1b1b;font-style:italic}
mark{background:#ffe066;color:#000;font-style:normal;font-weight:600}
a{color:#0b57a4}`;
