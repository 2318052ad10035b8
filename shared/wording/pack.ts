// A council's own clause pack: its clauses, or its approved Welsh translations, as one versioned JSON file named
// in the policy. Checked field by field like the policy; a bad field is named, e.g. `clauses[2].language`.
import { z } from 'zod';
import { clauseSchema, type Clause } from './schema.ts';

export const clausePackSchema = z
  .object({
    /** The pack's own version, raised by the council whenever it changes a clause. */
    packVersion: z
      .number({ error: 'expected a whole number (1, 2, 3...)' })
      .int('expected a whole number (1, 2, 3...)')
      .min(1, 'expected a whole number (1, 2, 3...)'),
    /** Whose pack this is, as shown beside its clauses. */
    council: z.string().min(1).optional(),
    clauses: z.array(clauseSchema).min(1, 'a pack needs at least one clause'),
  })
  .strict()
  .superRefine((pack, ctx) => {
    const seen = new Set<string>();
    pack.clauses.forEach((c, i) => {
      const key = `${c.id}:${c.language}`;
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['clauses', i, 'id'],
          message: `"${c.id}" in ${c.language} is in the pack twice`,
        });
      seen.add(key);
    });
  });

export interface ClausePack {
  packVersion: number;
  council?: string;
  clauses: Clause[];
  /** Where the pack came from (a file path), for messages. */
  origin: string;
}

export type ClausePackResult = { ok: true; pack: ClausePack } | { ok: false; errors: string[] };

/** `clauses[2].language`: the field a message is about, written as a reader would find it in the file. */
export function fieldPath(path: readonly PropertyKey[]): string {
  if (!path.length) return '(top level)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

/** Turns untrusted pack data (parsed JSON or JSON text) into a pack, or into messages naming each bad field. */
export function parseClausePack(input: unknown, origin = 'clause pack'): ClausePackResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return { ok: false, errors: [`${origin}: not valid JSON (${(error as Error).message})`] };
    }
  }
  const parsed = clausePackSchema.safeParse(value);
  if (!parsed.success)
    return { ok: false, errors: parsed.error.issues.map((i) => `${origin}: ${fieldPath(i.path)}: ${i.message}`) };
  return { ok: true, pack: { ...parsed.data, origin } };
}
