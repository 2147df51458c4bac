// 阅读辅助线: a horizontal line across the window under the line being read. It follows the mouse pointer, and the
// keyboard focus when the reader uses Tab, so it works without a mouse too. Shown only while <html> has
// data-guide="on" (settings.css); the element exists on every page so that switching it on needs no reload.

/** Space between the pointer (or the focused element's bottom edge) and the line, in CSS px. */
const GAP = 6;

/** Adds the guide line to the page and moves it with the pointer and the focus. Returns the line element. */
export function initReadingGuide(doc: Document = document): HTMLElement {
  const line = doc.createElement('div');
  line.className = 'reading-guide';
  // Decoration only: the focus and the text are already announced; nothing here for assistive technology.
  line.setAttribute('aria-hidden', 'true');
  line.dataset.pagefindIgnore = '';
  doc.body.append(line);
  const moveTo = (y: number) => {
    // CSSOM, not a style attribute: the CSP allows no inline style.
    line.style.transform = `translateY(${Math.round(Math.max(0, y))}px)`;
  };
  const active = () => doc.documentElement.dataset.guide === 'on';
  // Which one the line follows now: the last of pointer and focus to move.
  let focused: HTMLElement | null = null;
  const underFocus = () => {
    if (focused) moveTo(focused.getBoundingClientRect().bottom + GAP);
  };
  doc.addEventListener(
    'pointermove',
    (event) => {
      if (!active() || event.pointerType === 'touch') return;
      focused = null;
      moveTo(event.clientY + GAP);
    },
    { passive: true },
  );
  doc.addEventListener('focusin', (event) => {
    const el = event.target;
    if (!active() || !(el instanceof HTMLElement) || el === doc.body) return;
    focused = el;
    underFocus();
  });
  // The page scrolls under a focused link (Space, Page Down, or the scroll into view after Tab): stay with it.
  addEventListener('scroll', () => active() && underFocus(), { passive: true });
  return line;
}
