// The viewer's outlines against the glyphs they mark: a PDF made here with pdf-lib in Helvetica at a size we set, so the
// box each finding's characters occupy is known from the font's own metrics; the drawn outline must match it within a
// pixel or two, covering the finding's characters and none of their neighbours.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import { launchExtension, type ExtensionBrowser } from './extension-harness.ts';

const PAGE_PATH = '/ieListDocuments.aspx?MId=77';
const PDF_PATH = '/documents/s700/Placement%20update.pdf';
const SIZE = 18;
const LEFT = 50;
const SCALE = 1.5; // the viewer's
const PAGE_HEIGHT = 842;
const TOLERANCE = 2;
/** Wide and narrow letters before each finding, so an average character width would miss by several characters. */
const LINES = [
  'Placement update for the panel',
  'WWW MMM iii lll: the foster carer, Mrs Rose Okafor, lives nearby.',
  'Will Williams will call; the carer is on 07700 900123 by day.',
];

let browser: ExtensionBrowser;
let font: PDFFont;

async function placementPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, PAGE_HEIGHT]);
  LINES.forEach((line, i) => page.drawText(line, { x: LEFT, y: baseline(i), size: SIZE, font }));
  return pdf.save();
}

const baseline = (line: number): number => 760 - line * 40;

/**
 * The advance of `text` as drawText sets it: glyph by glyph, without kerning (pdf-lib's widthOfTextAtSize of a whole
 * string applies the font's kerning pairs, which drawText does not).
 */
const advance = (text: string): number => [...text].reduce((sum, ch) => sum + font.widthOfTextAtSize(ch, SIZE), 0);

/** Where `text` in line `line` is drawn, in viewer pixels from the canvas's top left, from Helvetica's advance widths. */
function expectedBox(line: number, text: string) {
  const at = LINES[line]!.indexOf(text);
  const left = (LEFT + advance(LINES[line]!.slice(0, at))) * SCALE;
  const width = advance(text) * SCALE;
  return {
    left,
    right: left + width,
    baseline: (PAGE_HEIGHT - baseline(line)) * SCALE,
    capTop: (PAGE_HEIGHT - baseline(line) - 0.718 * SIZE) * SCALE,
  };
}

beforeAll(async () => {
  const body = await placementPdf();
  browser = await launchExtension(
    new Map([
      [
        PAGE_PATH,
        {
          type: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="en"><title>Panel</title><body><h1>Panel</h1><a href="${PDF_PATH}">Placement update</a></body></html>`,
        },
      ],
      [PDF_PATH, { type: 'application/pdf', body }],
    ]),
  );
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('the PDF viewer', () => {
  it('outlines exactly the characters of each finding', async () => {
    const { context, origin, extensionId } = browser;
    const page = await context.newPage();
    await page.goto(origin + PAGE_PATH);
    // The click injects the content script, through which the viewer fetches the paper.
    const { tabId } = await browser.clickToolbarButton(page);
    await browser.sidePanel();
    const viewer = await context.newPage();
    await viewer.goto(
      `chrome-extension://${extensionId}/viewer.html?${new URLSearchParams({ tab: String(tabId), url: origin + PDF_PATH })}`,
    );
    const marks = viewer.locator('.pdf-mark');
    await expect.poll(() => marks.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);

    const drawn = await viewer.evaluate(() => {
      const canvas = document.querySelector('canvas')!.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>('.pdf-mark')].map((mark) => {
        const box = mark.getBoundingClientRect();
        return {
          type: mark.dataset.findingType,
          left: box.left - canvas.left,
          right: box.right - canvas.left,
          top: box.top - canvas.top,
          bottom: box.bottom - canvas.top,
        };
      });
    });
    const cases = [
      { type: 'person', line: 1, text: 'Rose Okafor' },
      { type: 'phone', line: 2, text: '07700 900123' },
    ];
    for (const { type, line, text } of cases) {
      const want = expectedBox(line, text);
      const got = drawn.filter((d) => d.type === type);
      // A name may be found with its title ("Mrs Rose Okafor"): the box then starts at the title, and must still end with the name.
      const box = got.find((d) => Math.abs(d.right - want.right) <= TOLERANCE);
      expect(box, `${type} outline ${JSON.stringify(got)} should end at ${want.right.toFixed(1)}`).toBeDefined();
      const starts = [want.left, expectedBox(line, `Mrs ${text}`).left];
      expect(
        starts.some((left) => Math.abs(box!.left - left) <= TOLERANCE),
        `${type} starts at ${box!.left.toFixed(1)}, wanted ${starts.map((s) => s.toFixed(1))}`,
      ).toBe(true);
      // Top above the capitals, bottom on or below the baseline, and inside the line's own band.
      expect(box!.top).toBeLessThanOrEqual(want.capTop + TOLERANCE);
      expect(box!.bottom).toBeGreaterThanOrEqual(want.baseline - TOLERANCE);
      expect(box!.bottom - box!.top).toBeLessThan(40 * SCALE);
    }
    expect(browser.offMachine()).toEqual([]);
  }, 90_000);
});
