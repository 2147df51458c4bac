// 朗读: speaks the page title and the target text utterance by utterance (reading-order.ts) with speechSynthesis and
// a Chinese voice, marking what is being read. One utterance at a time because some browsers stop long ones after
// a few seconds; pausing cancels the current one and resuming says it again from its start, because
// speechSynthesis.pause() is unreliable in several browsers. The speed is kept in this browser.
import { utterancesOf, type Utterance } from './reading-order.ts';
import { speechSupport } from './voices.ts';

/** The speeds offered (speechSynthesis rate); 标准 is a little slower than the default, for older listeners. */
export const RATES = { slow: 0.7, normal: 0.9, fast: 1.2 } as const;
const RATE_KEY = 'read-aloud-rate';

function savedRate(): keyof typeof RATES {
  try {
    const v = localStorage.getItem(RATE_KEY);
    return v === 'slow' || v === 'fast' ? v : 'normal';
  } catch {
    return 'normal';
  }
}

/** The page's h1 first (when outside the target), then the target's text. */
function script(target: Element): Utterance[] {
  const h1 = document.querySelector<HTMLElement>('main h1');
  const inner = utterancesOf(target).filter((u) => !h1 || u.el !== h1);
  return h1 ? [...utterancesOf(h1), ...inner] : inner;
}

/** Wires up one read-aloud control (`[data-read-aloud]`, whose value is the selector of the text to read). */
export async function initReadAloud(root: HTMLElement): Promise<void> {
  const button = root.querySelector<HTMLButtonElement>('[data-read-aloud-toggle]');
  const pause = root.querySelector<HTMLButtonElement>('[data-read-aloud-pause]');
  const speed = root.querySelector<HTMLSelectElement>('[data-read-aloud-rate]');
  const status = root.querySelector<HTMLElement>('[data-read-aloud-status]');
  const target = document.querySelector(root.dataset.readAloud || 'main');
  if (!button || !pause || !speed || !status || !target) return;
  const { voice } = await speechSupport();
  if (!voice) return; // The control stays hidden; the 显示设置 panel says why and what to do.
  const synth = window.speechSynthesis;
  root.hidden = false;
  speed.value = savedRate();

  let queue: Utterance[] = [];
  let current: Utterance | undefined;
  let state: 'off' | 'reading' | 'paused' = 'off';

  const mark = (u?: Utterance) => {
    current?.el.classList.remove('read-aloud-current');
    current = u;
    current?.el.classList.add('read-aloud-current');
  };
  const show = () => {
    button.setAttribute('aria-pressed', String(state !== 'off'));
    pause.hidden = state === 'off';
    pause.textContent = state === 'paused' ? '继续朗读' : '暂停朗读';
  };
  const stop = (message: string) => {
    state = 'off';
    queue = [];
    synth.cancel();
    mark();
    show();
    status.textContent = message;
  };
  const say = (u: Utterance) => {
    mark(u);
    u.el.scrollIntoView({ block: 'nearest' });
    const spoken = new SpeechSynthesisUtterance(u.text);
    spoken.voice = voice;
    spoken.lang = voice.lang;
    spoken.rate = RATES[speed.value as keyof typeof RATES] ?? RATES.normal;
    spoken.onend = () => {
      if (state === 'reading' && current === u) next();
    };
    spoken.onerror = (e) => {
      if (e.error !== 'interrupted' && e.error !== 'canceled') stop('朗读出错，已停止。');
    };
    synth.speak(spoken);
  };
  const next = () => {
    const u = queue.shift();
    if (u) say(u);
    else stop('已读完。');
  };

  button.addEventListener('click', () => {
    if (state !== 'off') return stop('已停止朗读。');
    synth.cancel();
    queue = script(target);
    state = 'reading';
    show();
    status.textContent = '正在朗读。按“暂停朗读”暂停，再按“朗读全文”停止。';
    next();
  });
  pause.addEventListener('click', () => {
    if (state === 'reading') {
      state = 'paused';
      synth.cancel();
      status.textContent = '已暂停。按“继续朗读”从这一段接着读。';
    } else if (state === 'paused' && current) {
      state = 'reading';
      status.textContent = '正在朗读。';
      say(current);
    }
    show();
  });
  speed.addEventListener('change', () => {
    try {
      localStorage.setItem(RATE_KEY, speed.value);
    } catch {
      // Storage may be off: the speed still applies on this page.
    }
    // A new speed is heard at once: say the current part again at that speed.
    if (state === 'reading' && current) {
      synth.cancel();
      say(current);
    }
  });
  // Leaving the page stops the voice.
  addEventListener('pagehide', () => stop(''));
}
