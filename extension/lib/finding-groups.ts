// The panel's findings as a reviewer works through them: by the engine's disposition, most serious first, and every
// mention of one person (or of one detail) as one entry listing its places.
import {
  DISPOSITIONS,
  FINDING_TYPE_WORDS,
  normalizedKey,
  severityRank,
  type Disposition,
  type Finding,
  type FindingType,
} from '../../shared/index.ts';

export interface IndexedFinding {
  finding: Finding;
  /** Its index in report.findings: the id the page's marks and the viewer use. */
  index: number;
}

export interface FindingEntry {
  key: string;
  /** The first mention, the one shown; `mentions` holds every place in document order. */
  lead: Finding;
  mentions: IndexedFinding[];
}

export interface FindingGroup {
  disposition: Disposition;
  entries: FindingEntry[];
}

/** One person is one entry whatever the spelling (the engine's personId); any other detail, by its type and text. */
function entryKey(finding: Finding): string {
  return finding.personId
    ? `${finding.disposition}:person:${finding.personId}`
    : `${finding.disposition}:${finding.type}:${normalizedKey(finding.text)}`;
}

export function groupFindings(findings: Finding[]): FindingGroup[] {
  const entries = new Map<string, FindingEntry>();
  findings.forEach((finding, index) => {
    const key = entryKey(finding);
    const entry = entries.get(key);
    if (entry) entry.mentions.push({ finding, index });
    else entries.set(key, { key, lead: finding, mentions: [{ finding, index }] });
  });
  const all = [...entries.values()];
  for (const entry of all)
    entry.lead = entry.mentions.reduce((a, b) =>
      severityRank(b.finding.severity) > severityRank(a.finding.severity) ? b : a,
    ).finding;
  return DISPOSITIONS.map((disposition) => ({
    disposition,
    // Most serious first; among equals, in the order they come in the paper.
    entries: all
      .filter((e) => e.lead.disposition === disposition)
      .sort(
        (a, b) =>
          severityRank(b.lead.severity) - severityRank(a.lead.severity) || a.mentions[0]!.index - b.mentions[0]!.index,
      ),
  })).filter((group) => group.entries.length > 0);
}

/** "2 names, 1 phone number": counts by type in words, the largest first. */
export function countInWords(findings: Finding[]): string {
  const counts = new Map<FindingType, number>();
  for (const f of findings) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
  return [...counts]
    .sort(([a, m], [b, n]) => n - m || FINDING_TYPE_WORDS[a].label.localeCompare(FINDING_TYPE_WORDS[b].label))
    .map(
      ([type, n]) => `${n} ${n === 1 ? FINDING_TYPE_WORDS[type].label.toLowerCase() : FINDING_TYPE_WORDS[type].plural}`,
    )
    .join(', ');
}
