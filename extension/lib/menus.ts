// The context menu: scan the page, or scan the PDF a link points to.
import { browser, type Browser } from 'wxt/browser';
import type { ScanTarget } from './scan-request.ts';

export const MENU_SCAN_PAGE = 'clearance-scan-page';
export const MENU_SCAN_LINK = 'clearance-scan-link';

export function createMenus(): void {
  browser.contextMenus.create({
    id: MENU_SCAN_PAGE,
    title: 'Scan this page with Clearance',
    contexts: ['page', 'selection'],
  });
  browser.contextMenus.create({
    id: MENU_SCAN_LINK,
    title: 'Scan this paper with Clearance',
    contexts: ['link'],
    targetUrlPatterns: ['*://*/*.pdf', '*://*/*.PDF', '*://*/*.pdf?*'],
  });
}

/** The scan a menu choice asks for, or undefined for a menu item that is not ours. */
export function targetForMenu(
  info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'linkUrl'>,
): ScanTarget | undefined {
  if (info.menuItemId === MENU_SCAN_LINK && info.linkUrl) return { kind: 'paper', url: info.linkUrl };
  if (info.menuItemId === MENU_SCAN_PAGE) return { kind: 'page' };
  return undefined;
}
