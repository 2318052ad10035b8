// Schedule 12A to the Local Government Act 1972 as data: each nation's exempt paragraphs, their
// statutory descriptions and a plain-English gloss, checked once when loaded.
import { z } from 'zod';
import type { Jurisdiction } from '../model/finding.ts';
import data from './schedule-12a.json' with { type: 'json' };

export const EXEMPT_TOPICS = [
  'individuals',
  'identity',
  'financial',
  'labour-relations',
  'legal-privilege',
  'notices-orders',
  'crime',
] as const;
export type ExemptTopic = (typeof EXEMPT_TOPICS)[number];

const paragraphSchema = z.object({
  number: z.number().int(),
  topic: z.enum(EXEMPT_TOPICS),
  description: z.string().min(10),
  plain: z.string().min(10),
  publicInterestTest: z.boolean(),
  /** Wales only: a draft Welsh paraphrase of the description and the gloss (see welshNote in the data). */
  descriptionCy: z.string().min(10).optional(),
  plainCy: z.string().min(10).optional(),
});
const partSchema = z.object({
  part: z.number().int(),
  publicInterestTestParagraph: z.number().int(),
  paragraphs: z.array(paragraphSchema).length(EXEMPT_TOPICS.length),
});
const scheduleSchema = z.object({
  source: z.string(),
  updated: z.string(),
  welshNote: z.string(),
  england: partSchema,
  wales: partSchema,
});

export type ExemptParagraph = z.infer<typeof paragraphSchema>;
export type SchedulePart = z.infer<typeof partSchema>;

const parsed = scheduleSchema.safeParse(data);
if (!parsed.success)
  throw new Error(
    `shared/exempt/schedule-12a.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
  );
export const SCHEDULE_12A = parsed.data;

export const schedulePart = (jurisdiction: Jurisdiction): SchedulePart => SCHEDULE_12A[jurisdiction];

/** The paragraph a nation uses for a topic (individuals → 1 in England, 12 in Wales). */
export function paragraphFor(jurisdiction: Jurisdiction, topic: ExemptTopic): ExemptParagraph {
  return schedulePart(jurisdiction).paragraphs.find((p) => p.topic === topic)!;
}

/** The paragraph with this number in this nation's Part, if there is one. */
export function findParagraph(jurisdiction: Jurisdiction, number: number): ExemptParagraph | undefined {
  return schedulePart(jurisdiction).paragraphs.find((p) => p.number === number);
}

/** Which nation's Part a paragraph number belongs to (1–7 England, 12–18 Wales). */
export function jurisdictionOfParagraph(number: number): Jurisdiction | undefined {
  if (findParagraph('england', number)) return 'england';
  if (findParagraph('wales', number)) return 'wales';
  return undefined;
}

/** The same category in the other nation's numbering (3 ↔ 14). */
export function counterpart(number: number): number | undefined {
  const from = jurisdictionOfParagraph(number);
  if (!from) return undefined;
  const topic = findParagraph(from, number)!.topic;
  return paragraphFor(from === 'england' ? 'wales' : 'england', topic).number;
}

/** "paragraph 3", "paragraphs 1 and 2", "paragraphs 1, 2 and 3": how notices and resolutions cite them. */
export function formatParagraphList(numbers: readonly number[]): string {
  if (numbers.length === 1) return `paragraph ${numbers[0]}`;
  return `paragraphs ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}
