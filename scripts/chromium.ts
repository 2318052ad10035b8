// How every browser test and script starts Debian's Chromium: never a downloaded browser, and with the
// flags that keep it from reaching the network by itself (background updates, sync, component checks).
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
