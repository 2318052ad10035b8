// The council's policy: one typed, validated configuration shared by the CLI, the add-in and the extension.
import { z } from 'zod';
import { SECTION_KEYS } from '../model/report.ts';

const severity = z.enum(['info', 'low', 'medium', 'high']);
const domain = z
  .string()
  .regex(
    /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i,
    'must be a domain such as marshfield.gov.uk',
  );

export const policySchema = z
  .object({
    /** The council's name as it appears on its papers. */
    councilName: z.string().min(1).optional(),
    /** Email domains whose addresses are officers' work contacts (public-role details). */
    councilDomains: z.array(domain).default([]),
    /** The council's website, where its papers are published (the extension may be granted it). */
    webDomain: domain.optional(),
    /** england or wales; absent means detect it from the paper. */
    jurisdiction: z.enum(['england', 'wales']).optional(),
    /** Names that are never flagged (councillors, officers, the council's own partners). */
    allowNames: z.array(z.string().min(2)).default([]),
    /** Names that are always flagged wherever they appear (a child known to be in the report). */
    denyNames: z.array(z.string().min(2)).default([]),
    /** Counts of people below this number in a narrowly described group are small cohorts. */
    smallCohortThreshold: z.number().int().min(2).max(100).default(10),
    /** The wording suggested in place of a small count; {threshold} is replaced by the threshold. */
    suppressedForm: z.string().min(1).default('fewer than {threshold}'),
    /** Per-detector severity, by detector id. */
    severityOverrides: z.record(z.string(), severity).default({}),
    /** Detectors switched off, by id. */
    disabledDetectors: z.array(z.string()).default([]),
    /** Extra heading wordings per required section, added to the built-in ones. */
    headingSynonyms: z.partialRecord(z.enum(SECTION_KEYS), z.array(z.string().min(3))).default({}),
    /** The languages the council publishes in, in its order (e.g. ["cy", "en"]: Welsh first); wording renders in these. */
    languages: z
      .array(z.enum(['cy', 'en'], { error: 'expected "cy" or "en"' }))
      .min(1, 'name at least one language, "cy" or "en"')
      .max(2)
      .refine((l) => new Set(l).size === l.length, 'a language is listed twice')
      .optional(),
    /** A council clause pack (JSON, see parseClausePack): a path, relative to the policy file, whose clauses replace the built-in ones. */
    clausePack: z.string().min(1).optional(),
  })
  .strict();

export type Policy = z.infer<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;
