// Every word list in shared/lexicons/ is data with a source: checked here for shape (zod), lower case,
// no duplicates, no stray spaces, and no word in two lists that say opposite things about it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const DIR = join(import.meta.dirname, '../../shared/lexicons');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

/** A lexicon: a note of where its words come from, then any JSON data. */
const Lexicon = z
  .looseObject({ source: z.string().trim().min(1, 'a lexicon says where its words come from') })
  .catchall(z.json());

/** Lists whose capitals are part of what they match, and why. Everything else is matched in lower case. */
const CASE_KEPT: Record<string, { lists: string[]; why: string }> = {
  'street-words.json': {
    lists: ['english', 'welsh', 'houseWords'],
    why: 'built into a case-sensitive address pattern: "Close" after a name is a street, "close" in prose is not',
  },
  'uk-areas.json': { lists: ['areas'], why: 'proper names compared as written, so "Bath" the city is not "bath"' },
  'rtf-destinations.json': {
    lists: ['hiddenDestinations'],
    why: 'RTF control words are case-sensitive: \\mmathPr is a destination, \\mmathpr is no control word at all',
  },
  'welsh-places.json': {
    lists: ['postcodeAreas'],
    why: 'postcode areas are matched in capitals, as Royal Mail writes them: "CF10 1AA", not the letters "cf" in a word',
  },
};

/** Pairs of lists that say opposite things about a word: a word in both would be decided by whichever is read first. */
const CONTRADICTIONS: { a: string; b: string; why: string }[] = [
  ...['publicLabels', 'jobWords', 'publicTitles', 'publicSuffixes'].flatMap((list) =>
    ['child', 'parent', 'relative', 'carer', 'resident'].map((role) => ({
      a: `person-cues.json#${list}`,
      b: `person-evidence.json#relationships.${role}`,
      why: 'a cue to a public role and a relationship that marks a private individual',
    })),
  ),
  {
    a: 'person-evidence.json#attendanceLabels',
    b: 'person-evidence.json#residentLabels',
    why: 'a list of officials and a list of residents',
  },
  { a: 'age-words.json#personNouns', b: 'age-words.json#thingNouns', why: 'an age of a person and the age of a thing' },
  {
    a: 'age-words.json#groupNouns',
    b: 'age-words.json#thingNouns',
    why: 'an age band of people and the age of a thing',
  },
  {
    a: 'cohort-words.json#groups',
    b: 'cohort-words.json#rolesNotCohorts',
    why: 'a group of service users and a role on a committee',
  },
  ...pairsOf(['skipped', 'hiddenInSource', 'blocks']).map(([a, b]) => ({
    a: `html-elements.json#${a}`,
    b: `html-elements.json#${b}`,
    why: 'one element is either never read, kept as hidden text, or read as a block',
  })),
  ...pairsOf(['minutes', 'agenda', 'decisionNotice', 'report']).map(([a, b]) => ({
    a: `document-kinds.json#${a}`,
    b: `document-kinds.json#${b}`,
    why: 'a title cue names one kind of paper',
  })),
];

function pairsOf<T>(items: T[]): [T, T][] {
  return items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as [T, T]));
}

const read = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;

/** Every list of strings in a lexicon, by its path ("privateTitles", "soft[0]"); every map of words to values, too. */
function listsIn(value: unknown, path = ''): { path: string; words: string[] }[] {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((v) => typeof v === 'string')) return [{ path, words: value as string[] }];
    return value.flatMap((v, i) => listsIn(v, `${path}[${i}]`));
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([k]) => !(path === '' && k === 'source'));
    const isWordMap = entries.length > 0 && entries.every(([, v]) => typeof v === 'number');
    const here = isWordMap ? [{ path: `${path} (keys)`, words: entries.map(([k]) => k) }] : [];
    return [...here, ...entries.flatMap(([k, v]) => listsIn(v, path ? `${path}.${k}` : k))];
  }
  return [];
}

/** Lists named publicX and privateX in the person-cue lexicons (English and Welsh), across files too. */
function publicPrivatePairs(): { a: string; b: string; why: string }[] {
  const personFiles = ['person-cues.json', 'welsh-person-cues.json'].filter((f) => existsSync(join(DIR, f)));
  const named = personFiles.flatMap((file) => Object.keys(read(file)).map((key) => ({ file, key })));
  const stem = (key: string, side: string): string | undefined =>
    new RegExp(side, 'i').test(key) ? key.replace(new RegExp(side, 'i'), '').toLowerCase() : undefined;
  return named.flatMap((p) =>
    named
      .filter((q) => stem(p.key, 'public') !== undefined && stem(p.key, 'public') === stem(q.key, 'private'))
      .map((q) => ({ a: `${p.file}#${p.key}`, b: `${q.file}#${q.key}`, why: 'a public person and a private one' })),
  );
}

function listAt(ref: string): string[] {
  const [file, path] = ref.split('#') as [string, string];
  expect(existsSync(join(DIR, file)), `${ref}: no such lexicon`).toBe(true);
  // "months (keys)" is the keys of a word → number map, as listsIn names them.
  const key = path.replace(/ \(keys\)$/, '');
  const value = key
    .split('.')
    .reduce<unknown>(
      (at, part) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined),
      read(file),
    );
  const list = path === key ? value : value && typeof value === 'object' ? Object.keys(value) : undefined;
  expect(Array.isArray(list) && list.every((w) => typeof w === 'string'), `${ref}: no such list of words`).toBe(true);
  return list as string[];
}

describe('lexicons', () => {
  it('there are lexicons to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s has a source note and holds only JSON data', (file) => {
    const parsed = Lexicon.safeParse(read(file));
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it.each(files)(
    '%s: every list is trimmed, free of duplicates, and lower case unless its case is kept on purpose',
    (file) => {
      const problems: string[] = [];
      for (const { path, words } of listsIn(read(file))) {
        const caseKept = CASE_KEPT[file]?.lists.includes(path) ?? false;
        const seen = new Set<string>();
        for (const word of words) {
          if (word !== word.trim() || /\s{2}/.test(word)) problems.push(`${path}: stray space in "${word}"`);
          // In a rule table's pair an empty string is data (Welsh soft mutation drops g: "gardd" → "ardd").
          if (word.trim() === '' && !path.endsWith(']')) problems.push(`${path}: an empty entry`);
          if (!caseKept && word !== word.toLowerCase()) problems.push(`${path}: "${word}" is not lower case`);
          const key = word.toLowerCase();
          if (seen.has(key)) problems.push(`${path}: "${word}" appears twice`);
          seen.add(key);
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it('lists whose case is kept exist, and say why', () => {
    for (const [file, { lists, why }] of Object.entries(CASE_KEPT)) {
      expect(why.length).toBeGreaterThan(10);
      for (const list of lists) listAt(`${file}#${list}`);
    }
  });

  it('finds the public and private person-cue lists to compare', () => {
    expect(publicPrivatePairs().map((p) => `${p.a} / ${p.b}`)).toContain(
      'person-cues.json#publicTitles / person-cues.json#privateTitles',
    );
  });

  it.each([...publicPrivatePairs(), ...CONTRADICTIONS].map((p) => [`${p.a} / ${p.b}`, p] as const))(
    '%s share no word',
    (_name, { a, b, why }) => {
      const other = new Set(listAt(b).map((w) => w.toLowerCase()));
      expect(
        listAt(a).filter((w) => other.has(w.toLowerCase())),
        `in both lists, though they say ${why}`,
      ).toEqual([]);
    },
  );
});
