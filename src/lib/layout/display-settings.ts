// The display settings (显示设置) a reader can choose: what each one is called, the values it may take, and how
// it is stored and shown as attributes on <html>. public/settings-boot.js repeats the allowed values in a few
// bytes of plain JavaScript (it must run before first paint, outside the bundle); a unit test keeps the two equal.

/** The localStorage key the settings are saved under (also read by public/settings-boot.js). */
export const STORAGE_KEY = 'display-settings';

/**
 * Each setting: the `<html>` attribute it sets and the values a reader can choose besides the default. The default
 * is "no attribute", so that without a choice the site follows the browser's own preferences
 * (`prefers-contrast`, `prefers-reduced-motion`, `forced-colors`) through CSS media queries.
 */
export const SETTINGS = {
  /** Text size in per cent of the browser's own size. */
  text: { attr: 'data-text', values: ['125', '150', '175', '200'] },
  /** `high`: white text on black, yellow links; `normal`: the standard colours even when the system asks for more contrast. */
  contrast: { attr: 'data-contrast', values: ['high', 'normal'] },
  /** Wider line and paragraph spacing. */
  spacing: { attr: 'data-spacing', values: ['large'] },
  /** 长者模式: large text and targets, one column, no decoration. */
  elder: { attr: 'data-elder', values: ['on'] },
  /** No animation or smooth scrolling. */
  motion: { attr: 'data-motion', values: ['reduce'] },
  /** 大鼠标: a large mouse pointer (工信部适老化: 超大鼠标指针). */
  cursor: { attr: 'data-cursor', values: ['large'] },
  /** 阅读辅助线: a horizontal line that follows the pointer or the keyboard focus, to keep the reader's place. */
  guide: { attr: 'data-guide', values: ['on'] },
  /** 纯文本: a text-only reading view: no pictures, charts (their tables stay), colours or columns. */
  textonly: { attr: 'data-textonly', values: ['on'] },
} as const;

/** The name of one setting. */
export type SettingName = keyof typeof SETTINGS;

/** The reader's choices; a missing key means the default. */
export type DisplaySettings = { [K in SettingName]?: (typeof SETTINGS)[K]['values'][number] };

/** Text sizes offered, in per cent; 100 is the default (no attribute). */
export const TEXT_SIZES = ['100', ...SETTINGS.text.values] as const;

const NAMES = Object.keys(SETTINGS) as SettingName[];

/** True when `value` is one of the values `name` may take (other than its default). */
export function isAllowed(name: SettingName, value: unknown): boolean {
  return typeof value === 'string' && (SETTINGS[name].values as readonly string[]).includes(value);
}

/**
 * Reads saved settings. Anything unknown, malformed or out of range is dropped, so a damaged or hostile value in
 * storage can never reach the page.
 */
export function parseSettings(raw: string | null | undefined): DisplaySettings {
  if (!raw) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  const out: Record<string, string> = {};
  for (const name of NAMES) {
    const value = (data as Record<string, unknown>)[name];
    if (isAllowed(name, value)) out[name] = value as string;
  }
  return out as DisplaySettings;
}

/** The text to store, or null when everything is at its default (the key is then removed). */
export function serializeSettings(settings: DisplaySettings): string | null {
  const clean = parseSettings(JSON.stringify(settings));
  return Object.keys(clean).length ? JSON.stringify(clean) : null;
}

/** Every settings attribute with the value it should have; null means remove it. */
export function attributesFor(settings: DisplaySettings): [attr: string, value: string | null][] {
  return NAMES.map((name) => {
    const value = settings[name];
    return [SETTINGS[name].attr, isAllowed(name, value) ? (value as string) : null];
  });
}
