// @vitest-environment jsdom
// The options page over the engine's own policy validator: bad values are refused with the field named.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, fireEvent, render, screen } from '@testing-library/react';

// Waits are for a state, never a time; the limit only has to outlast a scan on a loaded two-core machine.
configure({ asyncUtilTimeout: 15_000 });
import { OptionsApp, type OptionsServices } from '../../../extension/components/OptionsApp.tsx';
import { DEFAULT_POLICY, parsePolicy, parsePolicyJson, type Policy } from '../../../shared/index.ts';

afterEach(cleanup);

function services(stored: Policy = DEFAULT_POLICY) {
  const saved: Policy[] = [];
  const fake: OptionsServices = {
    load: async () => ({ policy: stored, errors: [] }),
    save: async (input) => {
      const result = parsePolicy(input, 'policy');
      if (result.ok) saved.push(result.policy);
      return result;
    },
    parseJson: (json) => parsePolicyJson(json, 'imported policy'),
    grantSite: vi.fn(async () => true),
    download: vi.fn(),
  };
  return { fake, saved };
}

describe('OptionsApp', () => {
  it('saves the form as a policy, keeping fields the form does not show', async () => {
    const { fake, saved } = services({ ...DEFAULT_POLICY, disabledDetectors: ['place'] });
    render(<OptionsApp services={fake} />);
    fireEvent.change(await screen.findByLabelText(/Council email domains/), {
      target: { value: 'marshfield.gov.uk\nmarshfield-cc.org.uk' },
    });
    fireEvent.change(screen.getByLabelText(/Small cohort threshold/), { target: { value: '5' } });
    fireEvent.change(screen.getByLabelText(/Jurisdiction/), { target: { value: 'wales' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    // The status is set after the save resolves: wait for it, not for the save alone.
    expect((await screen.findByRole('status')).textContent).toBe('Saved.');
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      councilDomains: ['marshfield.gov.uk', 'marshfield-cc.org.uk'],
      smallCohortThreshold: 5,
      jurisdiction: 'wales',
      disabledDetectors: ['place'],
    });
  });

  it('refuses a bad value with the field named, and saves nothing', async () => {
    const { fake, saved } = services();
    render(<OptionsApp services={fake} />);
    fireEvent.change(await screen.findByLabelText(/Council web domain/), { target: { value: 'not a domain' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^policy: webDomain: must be a domain/);
    expect(saved).toEqual([]);
  });

  it('exports the policy as JSON and asks for the council site as an optional permission', async () => {
    const { fake } = services({ ...DEFAULT_POLICY, webDomain: 'democracy.marshfield.gov.uk' });
    render(<OptionsApp services={fake} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export JSON' }));
    const [fileName, json] = vi.mocked(fake.download).mock.calls[0]!;
    expect(fileName).toBe('clearance-policy.json');
    expect(parsePolicyJson(json)).toMatchObject({ ok: true, policy: { webDomain: 'democracy.marshfield.gov.uk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Allow Clearance on this site' }));
    expect((await screen.findByRole('status')).textContent).toMatch(
      /may now read pages on democracy\.marshfield\.gov\.uk/,
    );
    expect(fake.grantSite).toHaveBeenCalledWith('democracy.marshfield.gov.uk');
  });

  it('explains each setting beside it, read out with its control', async () => {
    const { fake } = services();
    render(<OptionsApp services={fake} />);
    await screen.findByLabelText(/Council email domains/);
    for (const label of [
      /Council email domains/,
      /Council web domain/,
      /Names never flagged/,
      /Small cohort threshold/,
      /Jurisdiction/,
    ]) {
      const control = screen.getByLabelText(label);
      const help = document.getElementById(control.getAttribute('aria-describedby') ?? '');
      expect(help?.textContent?.length, String(label)).toBeGreaterThan(40);
    }
  });
});
