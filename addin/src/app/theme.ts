// Follows Office's theme: a dark Office (Black or Dark Grey) gets Fluent's dark theme, anything else the light one.
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** Relative luminance of a #rrggbb colour, 0 (black) to 1 (white). */
function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return 1;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function themeFor(officeBackground: string | undefined): Theme {
  return officeBackground && luminance(officeBackground) < 0.4 ? webDarkTheme : webLightTheme;
}
