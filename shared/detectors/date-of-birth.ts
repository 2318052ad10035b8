// Dates of birth, in numeric, written and partial forms, where the words say it is a birth date:
// with a name or initials a date of birth singles out one child. Other dates (meetings, reports,
// "effective from 7 April 2025") are left alone.
import { defineDetector, PERSONAL_PARAGRAPHS } from '../engine/define-detector.ts';
import { matchAll } from '../engine/match.ts';
import { textBefore } from '../engine/row-label.ts';
import { columnTypeOf } from '../engine/table-columns.ts';
import dateCues from '../lexicons/birth-date-cues.json' with { type: 'json' };
import welsh from '../lexicons/welsh-months.json' with { type: 'json' };

const WELSH_MONTH = Object.keys(welsh.months).join('|');
const MONTH = String.raw`(?:${WELSH_MONTH}|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
// 03/05/2012, 4.7.09, 14-02-2009: one separator used throughout.
const NUMERIC = /(?<![\d/.-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)/g;
// 3rd May 2025, 1 January 2008, May 3rd 2012, March 2012.
const WRITTEN = new RegExp(
  String.raw`\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\.?,?\s+\d{4}|${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|${MONTH}\.?\s+\d{4})\b`,
  'gi',
);
// 2009-11-23: ISO order, year first.
const ISO = /(?<![\d/.-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\d/-])/g;
// "born in 2012": a year alone, only straight after "born".
const YEAR_AFTER_BORN = /\bborn\s+(?:in\s+)?((?:19|20)\d{2})\b/gi;

// A birth-date cue that governs a date within a few words ("date of birth of", "born on", "DOB:"),
// with no other number between them ("born in 2009 and moved on 4 May 2020").
// The last cue counts ("summer-born son (DOB 19/8/20)"); Welsh cues too ("dyddiad geni", "ganwyd ar").
const CUE = new RegExp(
  String.raw`^.*(\b(?:date of birth|dates of birth|birth date|dob|born|birthday|${welsh.birthCues.join('|')})\b|\bd\.o\.b\.?)([^.;!?\n\d]{0,32})$`,
  's',
);
// Welsh puts the verb first: "ganwyd Elis ar 9 Tachwedd 2016", the subject between the cue and the date.
const WELSH_SUBJECT_GAP = /^\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+ar\s*$/u;
// Words that may stand between the cue and the date; "birthday from 1 April 2025" is an effective date.
const LINKING: ReadonlySet<string> = new Set(dateCues.linkingWords);

export default defineDetector({
  id: 'date-of-birth',
  type: 'date-of-birth',
  severity: 'high',
  scope: 'block',
  explanation: 'A date of birth, with any other detail in the paper, singles out one individual.',
  exemptParagraphs: PERSONAL_PARAGRAPHS,
  source: 'ICO guidance on identifiability (date of birth as an identifier); ../shared/docs/domain.md §7',
  detect(block, context) {
    // Every date and year the patterns read has a digit: a block without one holds no date of birth.
    if (!/\d/.test(block.text)) return [];
    const dates = [
      ...matchAll(block.text, NUMERIC).filter((m) => isCalendarDate(m.groups)),
      ...matchAll(block.text, ISO).filter((m) => isCalendarDate([m.groups[2], '', m.groups[1]])),
      ...matchAll(block.text, WRITTEN),
    ];
    // Under a "DOB" column heading every date is a date of birth, whatever the cell says.
    const inBirthColumn = columnTypeOf(context, block) === 'date-of-birth';
    const years = matchAll(block.text, YEAR_AFTER_BORN).filter(
      (y) => !dates.some((d) => d.start <= y.start + y.text.length && y.start < d.end),
    );
    const found = dates
      .filter(
        (m) => !dates.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
      )
      .filter((m) => inBirthColumn || governedByCue(textBefore(block, context, m.start, 48)))
      .map((m) => ({
        start: m.start,
        end: m.end,
        suggestion: '[Date of birth]',
        trace: [
          inBirthColumn
            ? { rule: 'date-in-birth-column', cue: 'column heading', leaning: 'private' as const }
            : { rule: 'date-after-birth-cue', leaning: 'private' as const },
        ],
      }));
    const partial = years.map((y) => {
      const start = y.start + y.text.lastIndexOf(y.groups[0]!);
      return {
        start,
        end: start + 4,
        suggestion: '[Year of birth]',
        message: 'A year of birth: with an age, a school year or a name it can single out one child.',
      };
    });
    return [...found, ...partial];
  },
});

function governedByCue(before: string): boolean {
  const m = CUE.exec(before);
  const gap = m?.[2];
  if (gap !== undefined && /^(?:ganwyd|ganed|a anwyd)$/.test(m![1]!) && WELSH_SUBJECT_GAP.test(gap)) return true;
  return gap !== undefined && gap.split(/[\s:(),.–-]+/).every((word) => word === '' || LINKING.has(word));
}

/** Day 1–31 and month 1–12, in UK order. */
function isCalendarDate(groups: (string | undefined)[]): boolean {
  const day = Number(groups[0]);
  const month = Number(groups[2]);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}
