// A reviewer's decisions on findings (redacted, kept as public, ignored, flagged), kept in the document's
// settings so a later session does not ask again. A decision holds a key, never the text it is about:
// the key is a SHA-256 of the document's own random salt and the normalised text, so the .docx carries
// no copy of a redacted child's name. What is read back from a file is checked, since anyone can edit a
// document's settings.
import { z } from 'zod';
import { normalizedKey, type Finding } from '../../../shared/index.ts';

export const DECISION_ACTIONS = ['redacted', 'kept-public', 'ignored', 'flagged'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

const HASH = /^[0-9a-f]{64}$/;

const decisionSchema = z.object({
  key: z.string().regex(HASH),
  action: z.enum(DECISION_ACTIONS),
  placeholder: z.string().optional(),
  by: z.string(),
  at: z.string(),
});
export type Decision = z.infer<typeof decisionSchema>;

/** Decisions written before keys were hashed: their key was `type:normalised text`, and they held the text. */
const legacySchema = z.object({
  key: z.string().min(1),
  action: z.enum(DECISION_ACTIONS),
  placeholder: z.string().optional(),
  by: z.string(),
  at: z.string(),
});

/** What a key is made from: the same string of the same type is one decision wherever it appears. */
export const keySource = (finding: Pick<Finding, 'type' | 'text'>): string =>
  `${finding.type}:${normalizedKey(finding.text)}`;

/** Turns a finding into its key for this document. */
export type Keyer = (finding: Pick<Finding, 'type' | 'text'>) => Promise<string>;

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const hashKey = (salt: string, source: string): Promise<string> => sha256Hex(`${salt}${source}`);
export const keyerFor =
  (salt: string): Keyer =>
  (finding) =>
    hashKey(salt, keySource(finding));

/** A fresh salt: 128 random bits as hex. */
export function newSalt(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function decide(key: string, action: DecisionAction, by: string, now: Date, placeholder?: string): Decision {
  return {
    key,
    action,
    by: by.trim() || 'Unnamed reviewer',
    at: now.toISOString(),
    ...(placeholder !== undefined && { placeholder }),
  };
}

export interface ParsedDecisions {
  decisions: Decision[];
  /** Decisions in the old form, which held the original text: re-keyed, so saving them removes the text. */
  migrated: number;
  warning?: string;
}

/** Decisions read back from a document: the valid ones (old ones re-keyed with the salt), and a warning when some were not. */
export async function parseDecisions(raw: unknown, salt: string): Promise<ParsedDecisions> {
  if (raw === null || raw === undefined) return { decisions: [], migrated: 0 };
  const list = Array.isArray(raw) ? raw : [];
  let migrated = 0;
  const decisions: Decision[] = [];
  for (const item of list) {
    const parsed = decisionSchema.safeParse(item);
    if (parsed.success && !('text' in (item as object))) {
      decisions.push(parsed.data);
      continue;
    }
    const legacy = legacySchema.safeParse(item);
    if (!legacy.success) continue;
    const { key, ...rest } = legacy.data;
    decisions.push({ ...rest, key: HASH.test(key) ? key : await hashKey(salt, key) });
    migrated++;
  }
  const dropped = Array.isArray(raw) ? list.length - decisions.length : 1;
  const warning = dropped
    ? `${dropped} stored clearance decision(s) in this document could not be read and were left out.`
    : undefined;
  return { decisions, migrated, ...(warning && { warning }) };
}

/** The last decision on each key: a later decision (or its undoing) replaces an earlier one. */
export function latestByKey(decisions: readonly Decision[]): Map<string, Decision> {
  return new Map(decisions.map((d) => [d.key, d]));
}
