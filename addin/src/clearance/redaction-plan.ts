// The placeholders the pane redacts with come from the engine's planner, the one `clearance redact`
// uses, so a paper redacted in Word reads as one redacted by the CLI. Placeholders handed out earlier in
// the session are kept: after a redaction the rescan no longer sees the redacted name, and must not
// give its number to someone else.
import { normalizedKey, planRedaction, type Finding } from '../../../shared/index.ts';

export type Placeholders = ReadonlyMap<string, string>;

/** Placeholders by normalised text for every finding that may be redacted, extending those already given. */
export function planPlaceholders(
  redactable: readonly Finding[],
  earlier: Placeholders = new Map(),
): Map<string, string> {
  const next = new Map(earlier);
  // Whatever the reviewer may choose to redact gets a placeholder, review and public items included.
  for (const target of planRedaction(redactable.map((f) => ({ ...f, disposition: 'flag' as const }))).targets) {
    const key = normalizedKey(target.needle);
    if (next.has(key)) continue;
    next.set(key, target.placeholder);
  }
  return next;
}

export function placeholderOf(placeholders: Placeholders, f: Finding): string | undefined {
  return placeholders.get(normalizedKey(f.text));
}
