// Keyboard helpers for browser tests: press Tab until a wanted element has focus, checking at every stop that the
// focus is visible, on screen, and not covered by anything (a sticky header, a banner).
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/** Where focus is and how it looks. */
export interface FocusStop {
  /** A short description for messages: tag, text or label, href. */
  label: string;
  /** The element shows a focus indicator (a non-transparent outline or a box shadow). */
  visible: boolean;
  /** Part of the element is inside the viewport. */
  onScreen: boolean;
  /** What covers the element's centre, when it is not the element itself. */
  coveredBy: string | null;
  /** The element matches the selector asked for (and the href pattern, when given). */
  matches: boolean;
}

/** Describes the focused element; `selector` and `hrefPattern` say what is wanted. */
export async function focusStop(page: Page, selector = '', hrefPattern = ''): Promise<FocusStop | null> {
  return page.evaluate(
    ({ selector, hrefPattern }) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outline =
        style.outlineStyle !== 'none' &&
        parseFloat(style.outlineWidth) > 0 &&
        !/rgba\(.*,\s*0\)$|transparent/.test(style.outlineColor);
      const shadow = style.boxShadow !== 'none';
      const r = el.getBoundingClientRect();
      const onScreen =
        r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth && r.width > 0 && r.height > 0;
      let coveredBy: string | null = null;
      if (onScreen) {
        // A link that wraps onto a second line has a bounding box wider than either line: probe the middle of its
        // first line box, where its own text is, not the middle of the box, which may be another link's text.
        const box = el.getClientRects()[0] ?? r;
        const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
        const y = Math.min(Math.max(box.top + Math.min(box.height / 2, 10), 0), innerHeight - 1);
        const hit = document.elementFromPoint(x, y);
        const label = el.closest('label');
        if (hit && hit !== el && !el.contains(hit) && !hit.contains(el) && !(label && label.contains(hit))) {
          coveredBy = `<${hit.tagName.toLowerCase()} class="${hit.className}">`;
        }
      }
      const href = el.getAttribute('href') ?? '';
      const text = (el.getAttribute('aria-label') || el.textContent || (el as HTMLInputElement).value || '')
        .trim()
        .replace(/\s+/g, ' ')
        .slice(0, 30);
      const matches = (!selector || el.matches(selector)) && (!hrefPattern || new RegExp(hrefPattern).test(href));
      return {
        label: `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> “${text}”${href ? ` ${href}` : ''}`,
        visible: outline || shadow,
        onScreen,
        coveredBy,
        matches,
      };
    },
    { selector, hrefPattern },
  );
}

/** Asserts that the current focus can be seen. */
export function assertVisible(stop: FocusStop | null, where: string): void {
  if (!stop) return;
  assert.ok(stop.visible, `${where}: focus on ${stop.label} has no visible indicator`);
  assert.ok(stop.onScreen, `${where}: focus on ${stop.label} is off screen`);
  assert.equal(stop.coveredBy, null, `${where}: focus on ${stop.label} is covered by ${stop.coveredBy}`);
}

/**
 * Presses Tab (Shift+Tab with `back`) until the focused element matches `selector` (and `hrefPattern`), checking
 * every stop on the way. Fails after `max` presses, listing the stops.
 */
export async function tabTo(
  page: Page,
  selector: string,
  options: { hrefPattern?: string; max?: number; back?: boolean } = {},
): Promise<FocusStop> {
  const { hrefPattern = '', max = 120, back = false } = options;
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const stop = await focusStop(page, selector, hrefPattern);
    assertVisible(stop, page.url());
    if (stop?.matches) return stop;
    seen.push(stop?.label ?? '(nothing)');
  }
  assert.fail(
    `${page.url()}: no focusable ${selector}${hrefPattern ? ` with href ${hrefPattern}` : ''} after ${max} Tab presses; passed:\n  ${seen.slice(-15).join('\n  ')}`,
  );
}

/** Presses Enter on the focused link and waits for the page it opens. */
export async function follow(page: Page, urlPattern: RegExp): Promise<void> {
  await Promise.all([page.waitForURL(urlPattern), page.keyboard.press('Enter')]);
  await page.waitForLoadState('load');
}
