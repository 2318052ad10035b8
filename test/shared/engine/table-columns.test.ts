import { describe, expect, it } from 'vitest';
import { columnHeaderOf, columnTypeOf, headerType } from '../../../shared/engine/table-columns.ts';
import { createContext } from '../../../shared/engine/context.ts';
import { DEFAULT_POLICY } from '../../../shared/policy/parse.ts';
import { readText } from '../../../shared/readers/text.ts';

const contextOf = (text: string) => {
  const doc = readText(text);
  return { doc, context: createContext(doc, DEFAULT_POLICY, 'england') };
};

describe('table columns', () => {
  it('gives each cell the heading of its column in the first row of its table', () => {
    const { doc, context } = contextOf('Child\tDOB\tCase ref\nA. Bell\t03.05.2011\tXY-1\n\nWard\tCount\nNorth\t4');
    const cell = (text: string) => doc.blocks.find((b) => b.text === text)!;
    expect(columnHeaderOf(context, cell('03.05.2011'))?.text).toBe('DOB');
    expect(columnTypeOf(context, cell('A. Bell'))).toBe('person');
    expect(columnTypeOf(context, cell('XY-1'))).toBe('identifier');
    // A second table has its own header row.
    expect(columnHeaderOf(context, cell('4'))?.text).toBe('Count');
    // Header cells and paragraphs have no column header.
    expect(columnHeaderOf(context, cell('Child'))).toBeUndefined();
  });

  it.each([
    ['Date of birth', 'date-of-birth'],
    ['D.O.B.', 'date-of-birth'],
    ['Dyddiad geni', 'date-of-birth'],
    ['Young person', 'person'],
    ['Pupil', 'person'],
    ['Name', 'person'],
    ['Placement address', 'address'],
    ['Postcode', 'postcode'],
    ['Age', 'age'],
    ['Age (years)', 'age'],
    ['NHS number', 'identifier'],
    ['Case ref', 'identifier'],
    ['UPN', 'identifier'],
    ['Email address', undefined],
    ['Age band', undefined],
    ['School name', undefined],
    ['Ward', undefined],
  ])('reads the heading "%s" as %s', (heading, type) => {
    expect(headerType(heading)).toBe(type);
  });
});
