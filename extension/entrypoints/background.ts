// Wiring only: the toolbar button, the keyboard shortcut and the context menu each start a scan of the tab.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { startScan } from '../lib/start-scan.ts';
import { createMenus, targetForMenu } from '../lib/menus.ts';

export const SCAN_COMMAND = 'scan-page';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(createMenus);
  // No openPanelOnActionClick: it would swallow the click, and with it the activeTab grant.
  browser.action.onClicked.addListener((tab) => void startScan(tab));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SCAN_COMMAND && tab) void startScan(tab);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const target = targetForMenu(info);
    if (target && tab) void startScan(tab, target);
  });
});
