// `clearance wording`: list, show and render from a terminal; mistakes are usage errors (exit status 2).
import { describe, expect, it } from 'vitest';
import { wordingCommand } from '../../cli/wording-command.ts';
import { UsageError } from '../../cli/usage-error.ts';
import { listClauses } from '../../shared/wording/index.ts';

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
  it('list prints one line per clause with id@version, nation and title', async () => {
    const { status, lines } = await run('list');
    expect(status).toBe(0);
    expect(lines).toHaveLength(listClauses().length);
    expect(lines.find((l) => l.startsWith('exempt-notice-wales@1 '))).toMatch(/ wales +Exempt information notice \(Wales/);
  });

  it('show prints the variables with their kinds and the text with its placeholders', async () => {
    const { status, lines } = await run('show', 'exempt-notice-england');
    expect(status).toBe(0);
    expect(lines).toContain('  id: exempt-notice-england@1 (effective 2025-01-01; versions 1)');
    expect(lines).toContain('    paragraphs (paragraph-list: 1, 2, 3, 4, 5, 6, 7) — Schedule 12A Part 1 paragraphs that apply (1 to 7)');
    expect(lines).toContain('    {{paragraphs.descriptions}}');
  });

  it('render fills the values given with repeated --set flags, one paragraph per block', async () => {
    const { status, lines } = await run('render', 'corporate-parenting-none-england', '--set', 'reason=it concerns highway resurfacing only');
    expect(status).toBe(0);
    expect(lines[0]!.split('\n\n')[0]).toBe('There are no corporate parenting implications arising from this report because it concerns highway resurfacing only.');
  });

  it('render --json prints the paragraphs as a JSON array', async () => {
    const { lines } = await run('render', 'exclusion-resolution-wales', '--set', 'item=item 7', '--set=paragraphs=12,13', '--json');
    const paragraphs = JSON.parse(lines[0]!) as string[];
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]).toContain('as defined in paragraphs 12 and 13 of Part 4 of Schedule 12A');
  });

  it('render keeps "=" inside a value', async () => {
    const { lines } = await run('render', 'corporate-parenting-none-england', '--set', 'reason=a=b');
    expect(lines[0]).toContain('because a=b.');
  });

  it('refuses a render with missing variables, naming them', async () => {
    expect(await usageError('render', 'exempt-notice-england', '--set', 'document=Appendix 2')).toBe('clause exempt-notice-england needs a value for paragraphs, publicInterest');
  });

  it.each([
    [['render', 'corporate-parenting-none-england', '--set', 'reason'], '--set needs name=value (got "reason")'],
    [['render', 'corporate-parenting-none-england', '--set', 'reason=a', '--set', 'reason=b'], '--set reason given twice'],
    [['show', 'no-such-clause'], 'no clause "no-such-clause"'],
    [['show'], '"show" needs a clause id'],
    [['show', 'exempt-notice-england', '--version', 'two'], '--version must be a whole number'],
    [['frobnicate'], 'unknown action "frobnicate"'],
    [[], 'no action given'],
    [['list', '--colour'], 'unknown option --colour'],
  ])('refuses %j', async (argv, message) => {
    expect(await usageError(...argv)).toContain(message);
  });
});
