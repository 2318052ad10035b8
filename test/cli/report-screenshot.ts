// Takes docs/cli-report.png for the README: the HTML report of a small archive (the bundled sample report
// and two papers written here). Run with `npx tsx test/cli/report-screenshot.ts` after `npm run build:cli`.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openReport } from './html-report-browser.ts';
import { ROOT, run } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'clearance-shot-'));
const archive = join(dir, 'archive');
mkdirSync(join(archive, '2025'), { recursive: true });
mkdirSync(join(archive, '2026'), { recursive: true });
copyFileSync(join(ROOT, 'samples/draft-cabinet-report.md'), join(archive, '2026/cabinet-kinship-care.md'));
writeFileSync(
  join(archive, '2025/fostering-panel-minutes.txt'),
  'Minutes of the meeting of the Fostering Panel\n\nPresent: Councillor Ann Smith (Chair)\n\nThe foster carer, Jayden Cole, lives at 27 Larkspur Close, Coldbrook KD7 3RW.\n\nJayden Cole told the panel about the placement.\n\nMark Owers said the road was dangerous.\n',
);
writeFileSync(
  join(archive, '2025/highways-agenda.txt'),
  'Agenda\n\nHighways Committee, 3 March 2025\n\n1. Apologies\n\n2. Resurfacing programme\n',
);
const output = join(dir, 'clearance.html');
try {
  // Named from its own folder, as an officer would type it.
  process.chdir(dir);
  await run(['scan', '--format', 'html', '--output', output, '--jobs', '1', 'archive']);
  const opened = await openReport(output, { width: 1100, height: 1200 });
  await opened.page.screenshot({ path: join(ROOT, 'docs/cli-report.png') });
  await opened.browser.close();
  console.log(`wrote ${join(ROOT, 'docs/cli-report.png')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
