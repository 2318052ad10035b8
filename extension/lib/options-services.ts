// The options page's browser services: storage through the engine's validator, and the optional host permission.
import { browser } from 'wxt/browser';
import type { OptionsServices } from '../components/OptionsApp.tsx';
import { loadEngine } from './engine.ts';
import { loadPolicy, savePolicy } from './policy-store.ts';
import { browserPanelServices } from './panel-services.ts';

/** The origins an optional grant covers for a domain: the site itself over HTTPS and HTTP. */
export function originsFor(domain: string): string[] {
  return [`https://${domain}/*`, `http://${domain}/*`];
}

export async function browserOptionsServices(): Promise<OptionsServices> {
  const engine = await loadEngine();
  return {
    load: () => loadPolicy(engine),
    save: (input) => savePolicy(engine, input),
    parseJson: (json) => engine.parsePolicyJson(json, 'imported policy'),
    grantSite: (domain) => browser.permissions.request({ origins: originsFor(domain) }),
    download: browserPanelServices.download,
  };
}
