// The task pane's entry: waits for Office, checks what this Word can do, and renders the pane over a Word session.
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { themeFor } from './app/theme.ts';
import { documentClauseValuesStore } from './office/clause-values-store.ts';
import { documentDecisionStore } from './office/decision-store.ts';
import { detectCapabilities } from './word/capabilities.ts';
import { WordSession } from './word/word-session.ts';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

void Office.onReady(async (info) => {
  if (info.host !== Office.HostType.Word) {
    root.render(<p className="outside">Clearance runs inside Microsoft Word. Open it from the Home tab in Word.</p>);
    return;
  }
  const can = detectCapabilities((name, version) => Office.context.requirements.isSetSupported(name, version));
  const { settings } = Office.context.document;
  const session = new WordSession(can, documentDecisionStore(settings), documentClauseValuesStore(settings), settings);
  root.render(<App actions={session} theme={themeFor(Office.context.officeTheme?.bodyBackgroundColor)} />);
  // Without change events every rescan reads the document again, which is slower but still correct,
  // so a host refusing the registration costs speed, not results: the pane says so.
  await session
    .watchForEdits()
    .catch(() =>
      session.unsupported.push(
        'Word did not let Clearance listen for edits, so each rescan reads the whole document again.',
      ),
    );
});
