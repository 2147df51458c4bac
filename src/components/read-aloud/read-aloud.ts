// 朗读: speaks the page title and the target text block by block with speechSynthesis and a Chinese voice,
// marking the block being read. Block by block because some browsers stop long utterances after a few seconds.

/** Elements read as one utterance each; the innermost match wins, so a list item is not read twice. */
const BLOCKS = 'h1, h2, h3, h4, h5, p, li, dt, dd, th, td, caption, figcaption, blockquote, pre';

/** The best Chinese voice: mainland Mandarin first, then any Chinese. */
function chineseVoice(voices: SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const norm = (v: SpeechSynthesisVoice) => v.lang.replace('_', '-').toLowerCase();
  return (
    voices.find((v) => norm(v) === 'zh-cn') ?? voices.find((v) => norm(v).startsWith('zh') || norm(v).startsWith('cmn'))
  );
}

/** Voices load late in some browsers: wait for them a short while. */
function loadVoices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => resolve(synth.getVoices());
    synth.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 3000);
  });
}

function isShown(el: Element): boolean {
  return (
    el.getClientRects().length > 0 && !el.closest('[hidden], [aria-hidden="true"], .visually-hidden, [data-read-aloud]')
  );
}

/** The blocks to read, in order: the page's h1 first (when outside the target), then the target's text. */
function blocksOf(target: Element): HTMLElement[] {
  const h1 = document.querySelector<HTMLElement>('main h1');
  const inner = [...target.querySelectorAll<HTMLElement>(BLOCKS)].filter(
    (el) => !el.querySelector(BLOCKS) && isShown(el),
  );
  const all = h1 && !target.contains(h1) ? [h1, ...inner] : inner;
  return all.filter((el) => (el.textContent ?? '').trim().length > 0);
}

/** Wires up one read-aloud control (`[data-read-aloud]`, whose value is the selector of the text to read). */
export async function initReadAloud(root: HTMLElement): Promise<void> {
  const synth = window.speechSynthesis;
  const button = root.querySelector<HTMLButtonElement>('[data-read-aloud-toggle]');
  const status = root.querySelector<HTMLElement>('[data-read-aloud-status]');
  const target = document.querySelector(root.dataset.readAloud || 'main');
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined' || !button || !status || !target) return;
  const voice = chineseVoice(await loadVoices(synth));
  if (!voice) return; // No Chinese voice: the control stays hidden.
  root.hidden = false;

  let queue: HTMLElement[] = [];
  let current: HTMLElement | undefined;
  let reading = false;

  const mark = (el?: HTMLElement) => {
    current?.classList.remove('read-aloud-current');
    current = el;
    current?.classList.add('read-aloud-current');
  };
  const stop = (message: string) => {
    reading = false;
    queue = [];
    synth.cancel();
    mark();
    button.setAttribute('aria-pressed', 'false');
    status.textContent = message;
  };
  const next = () => {
    if (!reading) return;
    const el = queue.shift();
    if (!el) {
      stop('已读完。');
      return;
    }
    mark(el);
    el.scrollIntoView({ block: 'nearest' });
    const u = new SpeechSynthesisUtterance((el.textContent ?? '').replace(/\s+/g, ' ').trim());
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = 0.9; // A little slower than the default, for older listeners.
    u.onend = next;
    u.onerror = (e) => {
      if (e.error !== 'interrupted' && e.error !== 'canceled') stop('朗读出错，已停止。');
    };
    synth.speak(u);
  };

  button.addEventListener('click', () => {
    if (reading) {
      stop('已停止朗读。');
      return;
    }
    synth.cancel();
    queue = blocksOf(target);
    reading = true;
    button.setAttribute('aria-pressed', 'true');
    status.textContent = '正在朗读，再按一次按钮停止。';
    next();
  });
  // Leaving the page stops the voice.
  addEventListener('pagehide', () => stop(''));
}
