// 复制 buttons (CopyButton.astro): each copies the text of the element its `data-copy` names and says 已复制 in
// its status line, a polite live region. The buttons are hidden in the HTML and shown here, so with JavaScript off
// there is no button that does nothing, and the text itself stays selectable.

/** Copies with the clipboard API, or, where it is missing or refused (plain http, old browsers), by selection. */
async function copyText(source: HTMLElement): Promise<boolean> {
  const text = source.textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(source);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    // Deprecated but the only fallback without the clipboard API; the text stays selected when it fails.
    return document.execCommand('copy');
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const source = document.getElementById(button.dataset.copy ?? '');
  const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
  if (!source) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const ok = await copyText(source);
    if (!status) return;
    // Emptied first, so saying the same words again is announced again.
    status.textContent = '';
    status.textContent = ok ? '已复制' : '没能复制：文字已选中，请手动复制。';
  });
}
