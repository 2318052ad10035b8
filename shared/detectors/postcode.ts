// UK postcodes. A full postcode narrows an address to a handful of homes; an outward code alone
// ("KD7") is flagged only where the text is giving an address.
import { defineDetector, PERSONAL_PARAGRAPHS } from '../engine/define-detector.ts';
import { around, hasCue, matchAll } from '../engine/match.ts';
import { isOfficialLine, isOrganisationAddress } from '../engine/organisation-address.ts';
import streetWords from '../lexicons/street-words.json' with { type: 'json' };

// Royal Mail format rules (../shared/docs/domain.md §6): letters barred from each position.
const FULL =
  /\b(?:GIR ?0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})\b/g;
const OUTWARD =
  /\b(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])\b/g;
const ADDRESS_CUES: readonly string[] = streetWords.postcodeAddressCues;

const HOME_CUES: readonly string[] = streetWords.postcodeHomeCues;

export default defineDetector({
  id: 'postcode',
  type: 'postcode',
  severity: 'high',
  scope: 'block',
  explanation: 'A postcode narrows an address to a few homes, so it can identify where a private individual lives.',
  exemptParagraphs: PERSONAL_PARAGRAPHS,
  source: 'Royal Mail postcode format; ../shared/docs/domain.md §6',
  detect(block, context) {
    const full = matchAll(block.text, FULL);
    const outward = matchAll(block.text, OUTWARD).filter((m) => {
      if (full.some((f) => f.start <= m.start && f.end >= m.end)) return false;
      const { before } = around(block.text, m.start, m.end, 40);
      if (/,\s*$/.test(before) && hasCue(before, ADDRESS_CUES)) return true;
      // "lives in a flat in HY4", "his address was in the WQ11 area": a district given as where a person lives.
      const after = block.text.slice(m.end, m.end + 6);
      return (
        m.text.length >= 3 &&
        /\b(?:in|at)\s+(?:the\s+)?$/.test(before) &&
        (/^\s+area\b/.test(after) || hasCue(before, HOME_CUES))
      );
    });
    return [
      ...full.map((m) => ({ start: m.start, end: m.end, suggestion: '[Postcode]' })),
      ...outward.map((m) => ({
        start: m.start,
        end: m.end,
        message: 'The start of a postcode given as part of an address; with the street it can locate a home.',
        suggestion: '[Postcode]',
      })),
    ].map((c) =>
      isOrganisationAddress(block, context, c.start) || isOfficialLine(block, context)
        ? {
            ...c,
            severity: 'info' as const,
            disposition: 'public' as const,
            message:
              "Postcode of an organisation's address (offices, a council, a charity, a meeting's venue): public.",
            trace: [{ rule: 'organisation-postcode', leaning: 'public' as const }],
          }
        : c,
    );
  },
});
