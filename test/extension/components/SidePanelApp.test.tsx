// @vitest-environment jsdom
// The side panel with fake browser services and the real engine: what it lists, what it asks the page to paint,
// and that page text is only ever shown as text.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';

// Waits are for a state, never a time; the limit only has to outlast a scan on a loaded two-core machine.
configure({ asyncUtilTimeout: 15_000 });
import { SidePanelApp } from '../../../extension/components/SidePanelApp.tsx';
import type { PanelServices } from '../../../extension/lib/panel-services.ts';
import type { PageSnapshot } from '../../../extension/lib/protocol.ts';
import * as engine from '../../../shared/index.ts';
import { bytesToBase64 } from '../../../extension/lib/base64.ts';
import { appendixPdf, HIDDEN_NAME, reportPdf } from '../../e2e/extension-fixtures.ts';

vi.mock('wxt/browser', () => ({ browser: {} }));

const HOSTILE = '<img src=x onerror=alert(1)>';

function snapshot(texts: string[]): PageSnapshot {
  return {
    url: 'https://democracy.marshfield.gov.uk/ieListDocuments.aspx?MId=1',
    title: 'Agenda for Cabinet',
    contentType: 'text/html',
    parts: texts.map((text, paragraph) => ({ kind: 'paragraph', text, origin: { part: 'body', paragraph } })),
    page: { kind: 'agenda', papers: [], citations: [] },
  };
}

function servicesFor(page: PageSnapshot, policy = engine.DEFAULT_POLICY) {
  const asked: { type: string; request: unknown }[] = [];
  const services: PanelServices = {
    readRequest: async () => ({ tabId: 5, target: { kind: 'page' }, at: 1 }),
    onRequest: () => () => undefined,
    askTab: (async (_tabId: number, type: string, request: unknown) => {
      asked.push({ type, request });
      if (type === 'clearance:extract') return page;
      if (type === 'clearance:highlight')
        return { painted: (request as { marks: unknown[] }).marks.length, method: 'highlight-api' };
      return { found: true };
    }) as PanelServices['askTab'],
    loadEngine: async () => engine,
    loadPolicy: async () => ({ policy, errors: [] }),
    openViewer: vi.fn(),
    download: vi.fn(),
  };
  return { services, asked };
}

afterEach(cleanup);

describe('SidePanelApp', () => {
  it("lists the findings in the engine's groups, paints them in the page and scrolls to the one selected", async () => {
    const { services, asked } = servicesFor(
      snapshot([
        'The foster carer, Mrs Rose Okafor, of 14 Elm Road, Marshfield, can be reached on 07700 900123.',
        'Presented by Cllr Priya Shah, Cabinet Member for Children.',
      ]),
    );
    render(<SidePanelApp services={services} />);
    const findings = await screen.findByRole('region', { name: 'Findings' });
    const toDeal = within(findings).getByRole('region', { name: engine.DISPOSITION_LABELS.flag.heading });
    expect(
      within(toDeal)
        .getAllByRole('button')
        .map((b) => b.querySelector('.finding-text')?.textContent),
    ).toEqual(['Mrs Rose Okafor', '14 Elm Road, Marshfield', '07700 900123']);
    // Types in words, never codes.
    expect(
      within(toDeal)
        .getAllByRole('button')
        .map((b) => b.querySelector('.finding-meta')?.textContent?.split(' · ')[0]),
    ).toEqual([
      engine.FINDING_TYPE_WORDS.person.label,
      engine.FINDING_TYPE_WORDS.address.label,
      engine.FINDING_TYPE_WORDS.phone.label,
    ]);
    // The councillor is left alone, in a group that starts collapsed.
    const leftAlone = within(findings).getByRole('region', { name: engine.DISPOSITION_LABELS.public.heading });
    expect(leftAlone.textContent).toContain('Priya Shah');
    expect(leftAlone.querySelector('details')?.open).toBe(false);
    const highlight = asked.find((a) => a.type === 'clearance:highlight')?.request as {
      marks: { block: number; disposition: string }[];
    };
    expect(highlight.marks.filter((m) => m.disposition === 'flag').map((m) => m.block)).toEqual([0, 0, 0]);
    expect(highlight.marks.filter((m) => m.disposition === 'public').map((m) => m.block)).toEqual([1]);

    // The legend tells the groups apart by an underline style as well as by colour, and says so in words.
    const legend = findings.querySelector('.legend')!;
    const samples = [...legend.querySelectorAll<HTMLElement>('.legend-sample')].slice(0, 3);
    expect(new Set(samples.map((el) => el.style.textDecoration.split(' ')[1])).size).toBe(3);
    for (const d of engine.DISPOSITIONS) expect(legend.textContent).toContain(engine.DISPOSITION_LABELS[d].heading);
    expect(legend.textContent).toMatch(/solid underline.*dashed underline.*dotted underline/s);

    fireEvent.click(within(toDeal).getByRole('button', { name: /07700 900123/ }));
    await waitFor(() => expect(asked.at(-1)).toEqual({ type: 'clearance:scroll-to', request: { id: 'f2' } }));
    // A web page carries no implications sections, so none is reported missing.
    const sections = screen.getByRole('region', { name: 'Required sections' });
    expect(sections.textContent).toMatch(/Sections do not apply to (a web page|an agenda)\./);
    expect(sections.querySelector('.section-missing')).toBeNull();
  });

  it("checks the implications sections of a report, in the vocabulary's words", async () => {
    const { services } = servicesFor({
      ...snapshot([]),
      parts: [
        {
          kind: 'heading',
          text: "Report of the Director of Children's Services",
          origin: { part: 'body', paragraph: 0 },
          headingLevel: 1,
        },
        { kind: 'heading', text: 'Legal implications', origin: { part: 'body', paragraph: 1 }, headingLevel: 2 },
        {
          kind: 'paragraph',
          text: 'The council has the power to set these allowances under the Children Act 1989.',
          origin: { part: 'body', paragraph: 2 },
        },
        { kind: 'heading', text: 'Financial implications', origin: { part: 'body', paragraph: 3 }, headingLevel: 2 },
        { kind: 'paragraph', text: 'TBC', origin: { part: 'body', paragraph: 4 } },
      ],
    });
    render(<SidePanelApp services={services} />);
    const sections = await screen.findByRole('region', { name: 'Required sections' });
    expect(sections.textContent).toContain(`${engine.SECTION_LABELS.equality}: missing`);
    expect(sections.textContent).toContain(`${engine.SECTION_LABELS.legal}: present`);
    expect(sections.textContent).toContain(`${engine.SECTION_LABELS.financial}: placeholder only`);
  });

  it('shows a hostile name and page title as text, never as markup', async () => {
    const page = { ...snapshot([`The child, ${HOSTILE}, moved placement in May.`]), title: HOSTILE };
    const { services } = servicesFor(page);
    // The detectors do not take markup for a name, so the engine's answer is given one: the panel must cope with any text.
    services.loadEngine = async () => ({
      ...engine,
      scan: (doc, policy) => {
        const report = engine.scan(doc, policy);
        const start = doc.text.indexOf(HOSTILE);
        const block = doc.blocks[0]!;
        return {
          ...report,
          findings: [
            {
              start,
              end: start + HOSTILE.length,
              text: HOSTILE,
              type: 'person',
              severity: 'high',
              rule: 'person-name',
              message: 'A private individual named in the paper.',
              disposition: 'flag' as const,
              trace: [],
              exemptParagraphs: [1, 2],
              location: {
                blockId: block.id,
                kind: block.kind,
                blockStart: start - block.start,
                blockEnd: start - block.start + HOSTILE.length,
                part: 'body',
              },
            },
          ],
        };
      },
    });
    const { container } = render(<SidePanelApp services={services} />);
    const findings = await screen.findByRole('region', { name: 'Findings' });
    expect(within(findings).getByText(HOSTILE)).toBeTruthy();
    expect(screen.getByRole('heading', { name: HOSTILE })).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(container.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('says in plain words when the tab could not be read', async () => {
    const { services } = servicesFor(snapshot([]));
    services.readRequest = async () => ({
      tabId: 5,
      target: { kind: 'page' },
      at: 1,
      error: 'Clearance cannot read this tab (chrome:// page).',
    });
    render(<SidePanelApp services={services} />);
    expect((await screen.findByRole('alert')).textContent).toBe('Clearance cannot read this tab (chrome:// page).');
  });

  it('counts a paper that failed as failed, never as scanned, and checks a citation against the paper it restricts only', async () => {
    const base = 'https://democracy.marshfield.gov.uk/documents';
    const papers = [
      { title: 'Fostering allowances report', url: `${base}/s101/Report.pdf` },
      { title: 'Appendix A case summary', url: `${base}/s102/Appendix%20A.pdf` },
      { title: 'Appendix B costs', url: `${base}/s103/Appendix%20B.pdf` },
      { title: 'Appendix C map', url: `${base}/s104/Appendix%20C.pdf` },
    ];
    const citation = {
      paragraphs: [2],
      part: 1 as const,
      quote: 'by virtue of paragraph 2 of Part 1 of Schedule 12A',
      papers: [papers[1]!.url],
      matchedBy: 'named' as const,
    };
    const page = {
      ...snapshot(['Agenda', 'Appendix A is restricted by virtue of paragraph 2 of Part 1 of Schedule 12A.']),
      page: { kind: 'agenda' as const, papers, citations: [citation] },
    };
    const { services } = servicesFor(page);
    const pdfs: Record<string, Uint8Array> = {
      [papers[0]!.url]: await reportPdf(),
      [papers[1]!.url]: await appendixPdf(),
    };
    const answer = services.askTab;
    services.askTab = (async (tabId: number, type: string, request: { url?: string }) => {
      if (type !== 'clearance:fetch')
        return answer(tabId, type as 'clearance:extract', request as Record<string, never>);
      if (request.url === papers[2]!.url) return { ok: false, error: `${request.url} could not be fetched (HTTP 404)` };
      if (request.url === papers[3]!.url)
        return {
          ok: true,
          base64: bytesToBase64(new TextEncoder().encode('<html>Sign in</html>')),
          contentType: 'text/html; charset=utf-8',
        };
      return { ok: true, base64: bytesToBase64(pdfs[request.url!]!), contentType: 'application/pdf' };
    }) as PanelServices['askTab'];
    render(<SidePanelApp services={services} />);
    const region = await screen.findByRole('region', { name: 'Papers on this page' });
    fireEvent.click(within(region).getByRole('button', { name: 'Scan all papers' }));
    const progress = region.querySelector('.progress-text')!;
    await waitFor(() => expect(progress.textContent).toMatch(/^2 of 4 scanned, 2 failed/));
    const item = (url: string) => region.querySelector(`li[data-paper-url="${url}"]`)!;
    expect(item(papers[2]!.url).textContent).toContain('Not scanned:');
    expect(item(papers[2]!.url).textContent).toContain('HTTP 404');
    expect(item(papers[3]!.url).textContent).toContain('is not a PDF (the site sent text/html)');
    // The citation names Appendix A: the report beside it is not checked against it.
    expect(item(papers[0]!.url).querySelector('.citation-check')).toBeNull();
    expect(item(papers[1]!.url).querySelector('.citation-check')).not.toBeNull();
    expect(item(papers[1]!.url).textContent).toContain(
      `1 ${engine.FINDING_TYPE_WORDS['failed-redaction'].label.toLowerCase()}`,
    );
    expect(within(region).getByText(/It restricts Appendix A case summary \(named in the sentence\)/)).toBeTruthy();

    // The failed redaction, with the text recovered from under the box shown in the panel.
    fireEvent.click(within(item(papers[1]!.url) as HTMLElement).getByRole('button', { name: 'Show findings' }));
    const redaction = (await screen.findByRole('region', { name: 'Findings' })).querySelector(
      '[data-finding-type="failed-redaction"]',
    )!;
    expect(redaction.querySelector('.recovered')?.textContent).toContain(HIDDEN_NAME);
    expect(screen.getByRole('region', { name: 'Citation check' }).textContent).toContain(
      "This paper, against the page's citation for it",
    );
  });
});
