// The icon sizes the manifest lists: the toolbar (16, 32), the extensions page (48) and the store (128).
export const ICON_SIZES = [16, 32, 48, 128] as const;

/** size → the icon's path in the built extension (WXT copies public/ to the root). */
export const ICONS: Record<string, string> = Object.fromEntries(
  ICON_SIZES.map((size) => [String(size), `/icon/${size}.png`]),
);
