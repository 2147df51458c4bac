// Client sorting for tables marked `data-sortable`: header cells with `data-sort` become buttons; rows carry
// `data-sort-<key>` values. Without JavaScript the table keeps its default order and plain headers.
const collator = new Intl.Collator('zh-CN', { numeric: true });

function enhance(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  if (!body) return;
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')];
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('aria-live', 'polite');
  table.parentElement?.after(status);
  for (const th of headers) {
    const key = th.dataset.sort!;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.innerHTML = `${th.innerHTML}<span class="sort-icon" aria-hidden="true">↕</span>`;
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const descending = th.getAttribute('aria-sort') === 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      for (const other of headers) {
        const icon = other.querySelector('.sort-icon');
        if (icon) icon.textContent = other === th ? (descending ? '↓' : '↑') : '↕';
      }
      const rows = [...body.rows];
      rows.sort((a, b) => {
        const c = collator.compare(
          a.dataset[`sort${key[0]!.toUpperCase()}${key.slice(1)}`] ?? '',
          b.dataset[`sort${key[0]!.toUpperCase()}${key.slice(1)}`] ?? '',
        );
        return descending ? -c : c;
      });
      body.append(...rows);
      status.textContent = `已按“${button.textContent?.replace(/[↕↑↓]/g, '')}”${descending ? '降序' : '升序'}排列`;
    });
  }
}

document.querySelectorAll<HTMLTableElement>('table[data-sortable]').forEach(enhance);
