// @vitest-environment jsdom
// The side panel with fake browser services and the real engine: what it lists, what it asks the page to paint,
// and that page text is only ever shown as text.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { SidePanelApp } from '../../../extension/components/SidePanelApp.tsx';
import type { PanelServices } from '../../../extension/lib/panel-services.ts';
import type { PageSnapshot } from '../../../extension/lib/protocol.ts';
import * as engine from '../../../shared/index.ts';

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
      if (type === 'clearance:highlight') return { painted: (request as { marks: unknown[] }).marks.length, method: 'highlight-api' };
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
  it('lists the findings by severity, paints them in the page and scrolls to the one selected', async () => {
    const { services, asked } = servicesFor(snapshot([
      'The foster carer, Mrs Rose Okafor, of 14 Elm Road, Marshfield, can be reached on 07700 900123.',
      'Presented by Cllr Priya Shah, Cabinet Member for Children.',
    ]));
    render(<SidePanelApp services={services} />);
    const findings = await screen.findByRole('region', { name: 'Findings' });
    const high = within(findings).getByRole('region', { name: 'High findings' });
    expect(within(high).getAllByRole('button').map((b) => b.querySelector('.finding-text')?.textContent)).toEqual(['Mrs Rose Okafor', '14 Elm Road, Marshfield', '07700 900123']);
    expect(within(findings).getByRole('region', { name: 'For information (public roles) findings' }).textContent).toContain('Priya Shah');
    const highlight = asked.find((a) => a.type === 'clearance:highlight')?.request as { marks: { block: number; severity: string }[] };
    expect(highlight.marks.filter((m) => m.severity === 'high').map((m) => m.block)).toEqual([0, 0, 0]);

    fireEvent.click(within(high).getByRole('button', { name: /07700 900123/ }));
    await waitFor(() => expect(asked.at(-1)).toEqual({ type: 'clearance:scroll-to', request: { id: 'f2' } }));
    // A web page carries no implications sections, so none is reported missing.
    const sections = screen.getByRole('region', { name: 'Required sections' });
    expect(sections.textContent).toMatch(/Sections do not apply to (a web page|an agenda)\./);
    expect(sections.querySelector('.section-missing')).toBeNull();
  });

  it('checks the implications sections of a report, in the vocabulary\'s words', async () => {
    const { services } = servicesFor({ ...snapshot([]), parts: [
      { kind: 'heading', text: 'Report of the Director of Children\'s Services', origin: { part: 'body', paragraph: 0 }, headingLevel: 1 },
      { kind: 'heading', text: 'Legal implications', origin: { part: 'body', paragraph: 1 }, headingLevel: 2 },
      { kind: 'paragraph', text: 'The council has the power to set these allowances under the Children Act 1989.', origin: { part: 'body', paragraph: 2 } },
      { kind: 'heading', text: 'Financial implications', origin: { part: 'body', paragraph: 3 }, headingLevel: 2 },
      { kind: 'paragraph', text: 'TBC', origin: { part: 'body', paragraph: 4 } },
    ] });
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
          findings: [{
            start, end: start + HOSTILE.length, text: HOSTILE, type: 'person', severity: 'high', rule: 'person-name',
            message: 'A private individual named in the paper.', disposition: 'flag' as const, trace: [], exemptParagraphs: [1, 2],
            location: { blockId: block.id, kind: block.kind, blockStart: start - block.start, blockEnd: start - block.start + HOSTILE.length, part: 'body' },
          }],
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
    services.readRequest = async () => ({ tabId: 5, target: { kind: 'page' }, at: 1, error: 'Clearance cannot read this tab (chrome:// page).' });
    render(<SidePanelApp services={services} />);
    expect((await screen.findByRole('alert')).textContent).toBe('Clearance cannot read this tab (chrome:// page).');
  });
});
