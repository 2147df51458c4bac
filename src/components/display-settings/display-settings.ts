// The 显示设置 panel: opens and closes, reflects the current settings, applies every change at once to <html>,
// saves it, and resets. The same settings are applied before first paint by public/settings-boot.js.
import {
  STORAGE_KEY,
  attributesFor,
  parseSettings,
  serializeSettings,
  type DisplaySettings,
} from '../../lib/layout/display-settings.ts';
import { NO_SPEECH_NOTE, speechSupport } from '../read-aloud/voices.ts';
import { initReadingGuide } from './reading-guide.ts';

const prefersMoreContrast = () => matchMedia('(prefers-contrast: more)').matches;
const prefersLessMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

function load(): DisplaySettings {
  try {
    return parseSettings(localStorage.getItem(STORAGE_KEY));
  } catch {
    return {};
  }
}

function save(settings: DisplaySettings): void {
  const text = serializeSettings(settings);
  try {
    if (text) localStorage.setItem(STORAGE_KEY, text);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage may be off (private mode, policy): the settings still apply to this page.
  }
}

function apply(settings: DisplaySettings): void {
  const html = document.documentElement;
  for (const [attr, value] of attributesFor(settings)) {
    if (value === null) html.removeAttribute(attr);
    else html.setAttribute(attr, value);
  }
}

/** 朗读 is hidden where it cannot work: the panel says why and what to do (issue 17). */
async function explainMissingSpeech(panel: HTMLElement): Promise<void> {
  const note = panel.querySelector<HTMLElement>('[data-speech-note]');
  if (!note) return;
  const { missing } = await speechSupport();
  if (!missing) return;
  note.textContent = NO_SPEECH_NOTE[missing];
  note.hidden = false;
}

/** Wires up the settings control inside `root` (the element with `data-display-settings`). */
export function initDisplaySettings(root: HTMLElement): void {
  const toggle = root.querySelector<HTMLButtonElement>('.a11y-toggle');
  const panel = root.querySelector<HTMLElement>('.a11y-panel');
  const status = root.querySelector<HTMLElement>('[data-settings-status]');
  if (!toggle || !panel || !status) return;
  let settings = load();

  const input = (name: string, value: string) =>
    panel.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);

  // The form shows what the reader sees: a system preference counts as on until the reader turns it off.
  const showInForm = () => {
    const text = input('text', settings.text ?? '100');
    if (text) text.checked = true;
    const spacing = input('spacing', settings.spacing ?? '');
    if (spacing) spacing.checked = true;
    const contrast = input('contrast', 'high');
    if (contrast) contrast.checked = settings.contrast === 'high' || (!settings.contrast && prefersMoreContrast());
    const elder = input('elder', 'on');
    if (elder) elder.checked = settings.elder === 'on';
    const motion = input('motion', 'reduce');
    if (motion) motion.checked = settings.motion === 'reduce' || prefersLessMotion();
    const cursor = input('cursor', 'large');
    if (cursor) cursor.checked = settings.cursor === 'large';
    const guide = input('guide', 'on');
    if (guide) guide.checked = settings.guide === 'on';
    const textonly = input('textonly', 'on');
    if (textonly) textonly.checked = settings.textonly === 'on';
  };

  const readForm = (): DisplaySettings => {
    const checked = (name: string) =>
      panel.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';
    const contrastOn = checked('contrast') === 'high';
    const next: Record<string, string> = {
      text: checked('text'),
      spacing: checked('spacing'),
      // Turning high contrast off while the system asks for more contrast must say so explicitly.
      contrast: contrastOn ? 'high' : prefersMoreContrast() ? 'normal' : '',
      elder: checked('elder'),
      motion: checked('motion'),
      cursor: checked('cursor'),
      guide: checked('guide'),
      textonly: checked('textonly'),
    };
    return parseSettings(JSON.stringify(next));
  };

  const setOpen = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
    if (open) showInForm();
  };

  showInForm();
  initReadingGuide();
  void explainMissingSpeech(panel);
  toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
  root.querySelector('[data-settings-close]')?.addEventListener('click', () => {
    setOpen(false);
    toggle.focus();
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    setOpen(false);
    toggle.focus();
  });
  panel.addEventListener('change', () => {
    settings = readForm();
    apply(settings);
    save(settings);
    status.textContent = '';
    // A larger text size moves everything: keep the control just used in view.
    (document.activeElement as HTMLElement | null)?.scrollIntoView?.({ block: 'nearest' });
  });
  root.querySelector('[data-settings-reset]')?.addEventListener('click', () => {
    settings = {};
    apply(settings);
    save(settings);
    showInForm();
    status.textContent = '已恢复默认设置。';
  });
  // Another tab changed the settings: follow it.
  addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    settings = load();
    apply(settings);
    showInForm();
  });
  // Back/forward cache may restore a page with older settings.
  addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    settings = load();
    apply(settings);
    showInForm();
  });
}
