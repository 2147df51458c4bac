// Finding a Chinese voice for 朗读. Shared by the read-aloud control (which stays hidden without one) and the 显示设置
// panel (which then says why 朗读 is missing and what to do).

/** The best Chinese voice: mainland Mandarin first, then any Chinese. */
export function chineseVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const norm = (v: SpeechSynthesisVoice) => v.lang.replace('_', '-').toLowerCase();
  return (
    voices.find((v) => norm(v) === 'zh-cn') ?? voices.find((v) => norm(v).startsWith('zh') || norm(v).startsWith('cmn'))
  );
}

/** Voices load late in some browsers: wait for them a short while. */
export function loadVoices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => resolve(synth.getVoices());
    synth.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 3000);
  });
}

/** Why 朗读 cannot work in this browser, or null when it can; the Chinese voice when it can. */
export async function speechSupport(): Promise<
  { voice: SpeechSynthesisVoice; missing: null } | { voice: null; missing: 'speech' | 'voice' }
> {
  const synth = window.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return { voice: null, missing: 'speech' };
  const voice = chineseVoice(await loadVoices(synth));
  return voice ? { voice, missing: null } : { voice: null, missing: 'voice' };
}

/** What the settings panel tells a reader whose browser cannot read aloud: why, and what to do. */
export const NO_SPEECH_NOTE = {
  speech:
    '朗读：这个浏览器不支持朗读，所以页面上没有“朗读全文”按钮。请换用新版的常用浏览器，或使用电脑、手机系统自带的读屏功能。',
  voice:
    '朗读：这台设备上没有中文语音，所以页面上没有“朗读全文”按钮。请在电脑或手机的系统设置中找到“语音”或“文字转语音”，添加中文（普通话）语音，然后重新打开本页；也可以使用系统自带的读屏功能。',
} as const;
