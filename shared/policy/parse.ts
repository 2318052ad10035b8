// Turns untrusted JSON into a Policy, or into messages that name the field at fault.
import { policySchema, type Policy } from './schema.ts';
import { DETECTOR_IDS } from '../detectors/index.ts';

export type PolicyResult = { ok: true; policy: Policy } | { ok: false; errors: string[] };

export const DEFAULT_POLICY: Policy = policySchema.parse({});

export function parsePolicy(input: unknown, origin = 'policy'): PolicyResult {
  const parsed = policySchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        const field = issue.path.length ? issue.path.join('.') : '(top level)';
        return `${origin}: ${field}: ${issue.message}`;
      }),
    };
  }
  const policy = parsed.data;
  const errors = [
    ...Object.keys(policy.severityOverrides).map((id) => [`severityOverrides.${id}`, id] as const),
    ...policy.disabledDetectors.map((id, i) => [`disabledDetectors.${i}`, id] as const),
  ]
    .filter(([, id]) => !DETECTOR_IDS.includes(id))
    .map(([field, id]) => `${origin}: ${field}: no detector "${id}" (known: ${DETECTOR_IDS.join(', ')})`);
  return errors.length ? { ok: false, errors } : { ok: true, policy };
}

/** Parses JSON text; a syntax error is reported against the origin like any other. */
export function parsePolicyJson(json: string, origin = 'policy'): PolicyResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, errors: [`${origin}: not valid JSON (${(error as Error).message})`] };
  }
  return parsePolicy(value, origin);
}
