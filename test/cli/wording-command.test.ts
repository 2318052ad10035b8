// `clearance wording`: list, show and render from a terminal; mistakes are usage errors (exit status 2).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordingCommand } from '../../cli/wording-command.ts';
import { UsageError } from '../../cli/usage-error.ts';
import { listClauses, listClauseVersions } from '../../shared/wording/index.ts';
import { main } from '../../cli/main.ts';

async function run(...argv: string[]): Promise<{ status: number; lines: string[] }> {
  const lines: string[] = [];
  const status = await wordingCommand(argv, (l) => lines.push(l));
  return { status, lines };
}

async function usageError(...argv: string[]): Promise<string> {
  const error = await wordingCommand(argv, () => undefined).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UsageError);
  return (error as UsageError).message;
}

describe('clearance wording', () => {
  it('list prints one line per clause and language with id@version, nation, language, status and title', async () => {
    const { status, lines } = await run('list');
    expect(status).toBe(0);
    expect(lines).toHaveLength(listClauses().length + listClauses({ language: 'cy' }).length);
    expect(lines.find((l) => l.startsWith('exempt-notice-wales@1 ') && / en /.test(l))).toMatch(
      / wales +en approved +Exempt information notice \(Wales/,
    );
    expect(lines.find((l) => l.startsWith('exempt-notice-wales@1 ') && / cy /.test(l))).toMatch(
      / wales +cy draft +Hysbysiad gwybodaeth eithriedig/,
    );
  });

  it('list --json prints one object per clause version with the fields the pane and scripts read', async () => {
    const { lines } = await run('list', '--json');
    const rows = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(listClauseVersions().length);
    for (const row of rows)
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining(['id', 'version', 'category', 'jurisdiction', 'language', 'status', 'title']),
      );
    expect(rows).toContainEqual(
      expect.objectContaining({
        id: 'exempt-notice-wales',
        version: 1,
        category: 'exempt',
        jurisdiction: 'wales',
        language: 'cy',
        status: 'draft',
        pairing: 'exempt-notice-wales',
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ id: 'exempt-notice-wales', language: 'en', status: 'approved' }),
    );
  });

  it('show prints the variables with their kinds and the text with its placeholders', async () => {
    const { status, lines } = await run('show', 'exempt-notice-england');
    expect(status).toBe(0);
    expect(lines).toContain('  id: exempt-notice-england@1 (effective 2025-01-01; versions 1)');
    expect(lines).toContain(
      '    paragraphs (paragraph-list: 1, 2, 3, 4, 5, 6, 7) — Schedule 12A Part 1 paragraphs that apply (1 to 7)',
    );
    expect(lines).toContain('    {{paragraphs.descriptions}}');
  });

  it('render fills the values given with repeated --set flags, one paragraph per block', async () => {
    const { status, lines } = await run(
      'render',
      'corporate-parenting-none-england',
      '--set',
      'reason=it concerns highway resurfacing only',
    );
    expect(status).toBe(0);
    expect(lines[0]!.split('\n\n')[0]).toBe(
      'There are no corporate parenting implications arising from this report because it concerns highway resurfacing only.',
    );
  });

  it('render --json prints the paragraphs as a JSON array', async () => {
    const { lines } = await run(
      'render',
      'exclusion-resolution-wales',
      '--set',
      'item=item 7',
      '--set=paragraphs=12,13',
      '--json',
    );
    const paragraphs = JSON.parse(lines[0]!) as string[];
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]).toContain('as defined in paragraphs 12 and 13 of Part 4 of Schedule 12A');
  });

  it('render keeps "=" inside a value', async () => {
    const { lines } = await run('render', 'corporate-parenting-none-england', '--set', 'reason=a=b');
    expect(lines[0]).toContain('because a=b.');
  });

  it('refuses a render with missing variables, naming them', async () => {
    expect(await usageError('render', 'exempt-notice-england', '--set', 'document=Appendix 2')).toBe(
      'clause exempt-notice-england needs a value for paragraphs, publicInterest',
    );
  });

  it.each([
    [['render', 'corporate-parenting-none-england', '--set', 'reason'], '--set needs name=value (got "reason")'],
    [
      ['render', 'corporate-parenting-none-england', '--set', 'reason=a', '--set', 'reason=b'],
      '--set reason given twice',
    ],
    [['show', 'no-such-clause'], 'no clause "no-such-clause"'],
    [['show'], '"show" needs a clause id'],
    [['show', 'exempt-notice-england', '--version', 'two'], '--version must be a whole number'],
    [['frobnicate'], 'unknown action "frobnicate"'],
    [[], 'no action given'],
    [['list', '--colour'], 'unknown option --colour'],
  ])('refuses %j', async (argv, message) => {
    expect(await usageError(...argv)).toContain(message);
  });

  it('show --language cy prints the Welsh version with its status and what the council must confirm', async () => {
    const { lines } = await run('show', 'exempt-notice-wales', '--language', 'cy');
    expect(lines).toContain('  language: cy   status: draft   pairing: exempt-notice-wales   from: built-in library');
    expect(lines.find((l) => l.startsWith('  note: '))).toMatch(/Welsh language officer to confirm/);
  });

  it('--help lists the options and the exit codes, and exits 0', async () => {
    const { status, lines } = await run('--help');
    expect(status).toBe(0);
    const help = lines.join('\n');
    for (const option of ['--set', '--set-cy', '--language cy|en|both', '--version', '--json', '--policy', '--pack'])
      expect(help).toContain(option);
    expect(help).toMatch(/exit status: 0 done; 2 usage error/);
  });

  it('exits 2 through the CLI on a bad --language', async () => {
    const errors: string[] = [];
    expect(
      await main(
        ['wording', 'render', 'exempt-notice-wales', '--language', 'fr'],
        () => undefined,
        (l) => errors.push(l),
      ),
    ).toBe(2);
    expect(errors.join('\n')).toContain('--language must be cy, en or both (got "fr")');
  });
});

const NOTICE = [
  '--set',
  'document=Appendix 2',
  '--set',
  'paragraphs=12, 13',
  '--set',
  'publicInterest=disclosure would identify a child',
];

describe('clearance wording render --language', () => {
  it('renders English with --language en', async () => {
    const { lines } = await run('render', 'exempt-notice-wales', ...NOTICE, '--language', 'en', '--json');
    const paragraphs = JSON.parse(lines[0]!) as string[];
    expect(paragraphs[0]).toBe('NOT FOR PUBLICATION');
    expect(paragraphs[1]).toBe(
      'Appendix 2 is not for publication by virtue of paragraphs 12 and 13 of Part 4 of Schedule 12A to the Local Government Act 1972.',
    );
  });

  it('renders Welsh with --language cy, with Welsh-only values from --set-cy, marked as a draft', async () => {
    const { lines } = await run(
      'render',
      'exempt-notice-wales',
      ...NOTICE,
      '--set-cy',
      'document=Atodiad 2',
      '--set-cy',
      'publicInterest=byddai datgelu yn adnabod plentyn',
      '--language',
      'cy',
    );
    const text = lines.join('\n');
    expect(text).toMatch(
      /^--- Cymraeg \(cy, DRAFT translation: for the council's Welsh language officer to confirm\) ---/,
    );
    expect(text).toContain("NID I'W GYHOEDDI");
    expect(text).toContain(
      "Nid yw Atodiad 2 i'w gyhoeddi yn rhinwedd paragraffau 12 a 13 Rhan 4, Atodlen 12A Deddf Llywodraeth Leol 1972.",
    );
    expect(text).toContain('oherwydd byddai datgelu yn adnabod plentyn.');
    expect(text).not.toContain('NOT FOR PUBLICATION');
  });

  it('renders both, Welsh first unless the policy orders them otherwise', async () => {
    const json = async (...extra: string[]) =>
      JSON.parse(
        (
          await run(
            'render',
            'exclusion-resolution-wales',
            '--set',
            'item=item 7',
            '--set',
            'paragraphs=14',
            '--language',
            'both',
            '--json',
            ...extra,
          )
        ).lines[0]!,
      ) as { language: string; status: string; paragraphs: string[] }[];
    const both = await json();
    expect(both.map((r) => [r.language, r.status])).toEqual([
      ['cy', 'draft'],
      ['en', 'approved'],
    ]);
    expect(both[0]!.paragraphs[0]).toContain('(paragraff 14)');
    expect(both[1]!.paragraphs[0]).toContain('paragraph 14 of Part 4');
    const dir = mkdtempSync(join(tmpdir(), 'clearance-wording-'));
    writeFileSync(join(dir, 'policy.json'), JSON.stringify({ jurisdiction: 'wales', languages: ['en', 'cy'] }));
    expect((await json('--policy', join(dir, 'policy.json'))).map((r) => r.language)).toEqual(['en', 'cy']);
  });

  it('renders in the policy’s languages by default, and refuses a language the clause does not have', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearance-wording-'));
    writeFileSync(join(dir, 'policy.json'), JSON.stringify({ languages: ['cy', 'en'] }));
    const { lines } = await run(
      'render',
      'corporate-parenting-none-wales',
      '--set',
      'reason=it concerns street lighting only',
      '--policy',
      join(dir, 'policy.json'),
    );
    expect(lines[0]).toMatch(/^--- Cymraeg/);
    expect(lines.join('\n')).toMatch(/--- English \(en\) ---/);
    expect(
      await usageError('render', 'corporate-parenting-none-england', '--set', 'reason=x', '--language', 'cy'),
    ).toContain('has no Welsh (cy) version');
  });
});

describe('council clause packs', () => {
  const approved = {
    packVersion: 3,
    council: 'Cyngor Sir Dyffryn',
    clauses: [
      {
        id: 'corporate-parenting-none-wales',
        language: 'cy',
        status: 'approved',
        title: 'Goblygiadau rhianta corfforaethol: dim',
        category: 'corporate-parenting',
        jurisdiction: 'wales',
        source: [{ citation: 'Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014, Rhan 6' }],
        versions: [
          {
            version: 1,
            effective: '2026-01-01',
            variables: [{ name: 'reason', kind: 'text', label: 'Pam' }],
            body: ['Nid oes goblygiadau rhianta corfforaethol oherwydd {{reason}}.'],
          },
        ],
      },
    ],
  };
  const write = (pack: unknown, policy: object = {}) => {
    const dir = mkdtempSync(join(tmpdir(), 'clearance-pack-'));
    writeFileSync(join(dir, 'pack.json'), JSON.stringify(pack));
    writeFileSync(join(dir, 'policy.json'), JSON.stringify({ clausePack: 'pack.json', ...policy }));
    return join(dir, 'policy.json');
  };

  it('takes the council’s approved wording over the built-in draft for the same id and language', async () => {
    const policy = write(approved);
    const { lines } = await run(
      'render',
      'corporate-parenting-none-wales',
      '--set',
      'reason=mae’n ymwneud â goleuadau stryd yn unig',
      '--language',
      'cy',
      '--policy',
      policy,
    );
    expect(lines).toEqual([
      'Nid oes goblygiadau rhianta corfforaethol oherwydd mae’n ymwneud â goleuadau stryd yn unig.',
    ]);
    const rows = (await run('list', '--json', '--policy', policy)).lines.map(
      (l) => JSON.parse(l) as Record<string, unknown>,
    );
    expect(rows).toContainEqual(
      expect.objectContaining({
        id: 'corporate-parenting-none-wales',
        language: 'cy',
        status: 'approved',
        origin: 'pack',
        packVersion: 3,
      }),
    );
    // The English built-in is untouched.
    expect(rows).toContainEqual(
      expect.objectContaining({ id: 'corporate-parenting-none-wales', language: 'en', origin: 'built-in' }),
    );
  });

  it('refuses a bad pack with the field named, as a usage error', async () => {
    const bad = { ...approved, clauses: [{ ...approved.clauses[0], language: 'cymraeg' }] };
    const message = await usageError('list', '--policy', write(bad));
    expect(message).toMatch(/pack\.json: clauses\[0\]\.language: expected "cy" or "en"/);
  });

  it('says which file is missing when the policy names a pack that is not there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearance-pack-'));
    writeFileSync(join(dir, 'policy.json'), JSON.stringify({ clausePack: 'nowhere.json' }));
    expect(await usageError('list', '--policy', join(dir, 'policy.json'))).toMatch(
      /nowhere\.json: cannot read the clause pack \(named by clausePack in .*policy\.json\) \(no such file\)/,
    );
  });
});
