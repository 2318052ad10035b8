// Reads the words around one name mention the way a legal reviewer does: a councillor's style, an
// officer's sign-off or job title make it public; a relationship, an age or a case story make it private.
import { findPhrases, hasCue, phraseSet } from '../engine/match.ts';
import type { NameMention } from './mentions.ts';
import { isForename, JOB_WORDS, PRIVATE_CUES, PRIVATE_TITLES, PSEUDONYM_CUES, PUBLIC_LABELS, PUBLIC_SUFFIXES, PUBLIC_TITLES, ROLE_BEFORE_NAME } from './lexicon.ts';

export type Verdict = 'public' | 'private' | 'pseudonym' | 'unknown';

export interface Judgement {
  verdict: Verdict;
  /** Plain-English reason: "named as the child's grandmother", "Councillor". */
  reason: string;
}

const MAX_BEFORE = 60;
// What follows a name used as the subject of a sentence about someone's life.
const PERSON_CONTINUATION = /^(?:['’]s\b|,|\s+\(|\s+(?:told|said|says|is|was|has|had|have|lives|lived|wrote|writes|designed|attends|attended|explained|asked|wants|wanted|felt|feels|moved|left|works|worked|joined|received|achieved|started|took|became|spoke|described|will|would|and\s+\p{Lu}))/u;

/** `inContactDetails` is asked only when nothing nearer decides, since working it out reads the blocks around. */
export function judgeMention(text: string, mention: NameMention, inContactDetails: () => boolean): Judgement {
  const before = text.slice(Math.max(0, mention.start - MAX_BEFORE), mention.start);
  const after = text.slice(mention.end, mention.end + 80);
  const sentence = sentenceAround(text, mention.start, mention.end);

  if (mention.words.length === 1 && /^\p{Lu}$/u.test(mention.words[0]!)) return { verdict: 'pseudonym', reason: 'a pseudonym' };
  if (hasCue(after.slice(0, 40), PSEUDONYM_CUES)) return { verdict: 'pseudonym', reason: 'marked in the text as not the real name' };

  const role = publicRole(before, after, mention);
  if (role) return { verdict: 'public', reason: role };
  const cue = privateCue(sentence);
  if (cue) return { verdict: 'private', reason: cue };
  if ((mention.form === 'full' || mention.form === 'single') && inContactDetails()) return { verdict: 'public', reason: "named in an officer's contact or sign-off details" };
  // Papers name officials in full; a forename alone is how they speak of a child or young person.
  if (mention.form === 'single' && isForename(mention.words[0]!) && PERSON_CONTINUATION.test(after)) {
    return { verdict: 'private', reason: 'referred to by first name only, as papers do for children and young people' };
  }
  if (mention.form === 'initials') return { verdict: 'private', reason: 'initials used in place of a name' };
  if (mention.form === 'nickname') return { verdict: 'private', reason: 'a nickname given for a young person' };
  if (mention.form === 'couple' || (mention.title && PRIVATE_TITLES.has(mention.title.toLowerCase()))) return { verdict: 'private', reason: 'a member of the public named by title, with no public role given' };
  return { verdict: 'unknown', reason: 'no role or relationship given' };
}

/** The public role that the words right around a name give it, if any. */
function publicRole(before: string, after: string, mention: NameMention): string | undefined {
  const title = mention.title?.toLowerCase();
  if (title === 'dr') return 'a professional (Dr)';
  const lineBefore = before.slice(before.lastIndexOf('\n') + 1);
  const titleBefore = trailingPhrase(lineBefore, PUBLIC_TITLES);
  if (titleBefore) return capitalise(titleBefore);
  const suffix = /^\s+([A-Z]{2,3})\b/.exec(after)?.[1];
  if (suffix && PUBLIC_SUFFIXES.has(suffix.toLowerCase()) && suffix !== 'MR') return `${suffix} (an elected or appointed office holder)`;
  // "Report author: Leon Barrett", "Councillors Alan Dobson, Mohammed Iqbal and ..."
  const label = /[:(]/.test(lineBefore) ? /([\p{L} '’-]{2,40}?)\s*[:(]\s*(?:[^:;.()]*?,\s*|[^:;.()]*?\sand\s)?$/u.exec(lineBefore)?.[1] : undefined;
  if (label && (hasCue(label, PUBLIC_LABELS) || startsWithCue(label.trim(), JOB_WORDS)) && !/[.;]/.test(lineBefore.slice(lineBefore.lastIndexOf(':') + 1))) return `named under "${label.trim()}"`;
  if (inCouncillorList(lineBefore)) return 'Councillor';
  const job = /^\s*(?:['’]s\s+)?(?:,|\(|–|—|-)\s*(?:the\s+|our\s+|a\s+|an\s+)?([\p{L} '’&-]{2,60})/u.exec(after)?.[1];
  if (job && startsWithCue(job, JOB_WORDS)) return `given a job title (${job.split(/[,;)]/)[0]!.trim()})`;
  if (/^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}&' -]*(?:Ltd|Limited|LLP|plc|Associates|Solicitors|Chambers|Council|Trust|Board|Partnership|University|College)\b/u.test(after)) return 'speaking for an organisation';
  const roleBefore = trailingPhrase(lineBefore.replace(/[,:]\s*$/, ' '), ROLE_BEFORE_NAME);
  if (roleBefore) return `described as ${roleBefore}`;
  if (/^\s*\(\d{4}[a-z]?\)|^\s+et al\b|^\s*,\s*\d{4}\)/.test(after)) return 'the author of a cited publication';
  return undefined;
}

const PRIVATE_CUE_SET = phraseSet(PRIVATE_CUES);

/** "Councillors Alan Dobson, Mohammed Iqbal and " — the text before a name continues a list of councillors' names. */
function inCouncillorList(lineBefore: string): boolean {
  const lead = Math.max(lineBefore.lastIndexOf('Councillors '), lineBefore.lastIndexOf('Cllrs '));
  if (lead < 0) return false;
  const list = lineBefore.slice(lineBefore.indexOf(' ', lead) + 1);
  if (!/(?:,|\sand)\s*$/.test(list)) return false;
  const names = list.split(/,\s*|\sand\s/).map((n) => n.trim()).filter(Boolean);
  return names.length > 0 && names.every((n) => n.split(' ').length <= 3 && /^[\p{L}'’. -]+$/u.test(n));
}

/** The private-individual cue nearest the name, so the reason fits this person ("grandmother", not the "carer" of another). */
function privateCue(sentence: { text: string; at: number }): string | undefined {
  let best: { phrase: string; distance: number } | undefined;
  for (const f of cuesIn(sentence.text)) {
    const distance = Math.abs(f.index - sentence.at);
    if (!best || distance < best.distance || (distance === best.distance && f.phrase.length > best.phrase.length)) best = { phrase: f.phrase, distance };
  }
  return best && `named in a passage about a private individual ("${best.phrase}")`;
}

// Names in one sentence share its window: look its cues up once.
const cueCache = new Map<string, { phrase: string; index: number }[]>();
const CUE_CACHE_LIMIT = 1000;

function cuesIn(window: string): { phrase: string; index: number }[] {
  const cached = cueCache.get(window);
  if (cached) return cached;
  const found = findPhrases(window, PRIVATE_CUE_SET);
  // "16-year-old" is one word to the tokenizer; the age is a cue all the same.
  const age = /\d+-year-old|year[- ]old/i.exec(window);
  if (age) found.push({ phrase: 'year-old', index: age.index });
  if (cueCache.size >= CUE_CACHE_LIMIT) cueCache.clear();
  cueCache.set(window, found);
  return found;
}

/** The cue the text ends with, whole words, if any: "... the allocated social worker, " → "allocated social worker". */
function trailingPhrase(text: string, cues: readonly string[]): string | undefined {
  const t = text.toLowerCase().replace(/\s+$/, '');
  let best: string | undefined;
  for (const cue of cues) {
    if (t.endsWith(cue) && !/[\p{L}\p{N}]/u.test(t[t.length - cue.length - 1] ?? ' ') && (!best || cue.length > best.length)) best = cue;
  }
  return best;
}

function startsWithCue(text: string, cues: readonly string[]): boolean {
  const t = text.toLowerCase();
  return cues.some((c) => t.startsWith(c) && !/[\p{L}]/u.test(t[c.length] ?? ' ')) || hasCue(t.split(/[,;]/)[0]!.slice(0, 50), ['officer', 'director', 'manager', 'head of', 'councillor', 'lawyer', 'solicitor', 'accountant', 'adviser', 'inspector']);
}

/** How far either side of a name its context may reach, whatever the sentence length: a run-on line is not one sentence. */
const CONTEXT_REACH = 300;

/** The sentence holding the mention and the one before it, within CONTEXT_REACH; `at` is where the name starts. */
function sentenceAround(text: string, start: number, end: number): { text: string; at: number } {
  const floor = Math.max(0, start - CONTEXT_REACH);
  const previousStop = text.lastIndexOf('. ', start);
  const from = Math.max(text.lastIndexOf('. ', Math.max(0, previousStop - 1)) + 1, text.lastIndexOf('\n', start) + 1, floor);
  const ceiling = Math.min(text.length, end + CONTEXT_REACH);
  const stops = ['. ', '\n'].map((s) => text.indexOf(s, end)).filter((i) => i >= 0 && i < ceiling);
  const to = stops.length ? Math.min(...stops) + 1 : ceiling;
  return { text: text.slice(from, to), at: start - from };
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
