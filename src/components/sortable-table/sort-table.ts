// Client sorting for tables marked `data-sortable`: header cells with `data-sort` become buttons; rows carry
// `data-sort-<key>` values. Without JavaScript the table keeps its default order and plain headers. The order is
// kept in the address (`?sort=name-desc`, src/lib/share/sort-state.ts), so a shared link opens sorted the same way.
import { readSort, writeSort, type SortState } from '../../lib/share/sort-state.ts';

const collator = new Intl.Collator('zh-CN', { numeric: true });

function enhance(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  if (!body) return;
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')];
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('aria-live', 'polite');
  table.parentElement?.after(status);

  const sort = (th: HTMLTableCellElement, { key, direction }: SortState, announce: boolean) => {
    const descending = direction === 'desc';
    for (const other of headers) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    for (const other of headers) {
      const icon = other.querySelector('.sort-icon');
      if (icon) icon.textContent = other === th ? (descending ? '↓' : '↑') : '↕';
    }
    const attr = `sort${key[0]!.toUpperCase()}${key.slice(1)}`;
    const rows = [...body.rows];
    rows.sort((a, b) => {
      const c = collator.compare(a.dataset[attr] ?? '', b.dataset[attr] ?? '');
      return descending ? -c : c;
    });
    body.append(...rows);
    if (announce)
      status.textContent = `已按“${th.textContent?.replace(/[↕↑↓]/g, '')}”${descending ? '降序' : '升序'}排列`;
  };

  for (const th of headers) {
    const key = th.dataset.sort!;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.innerHTML = `${th.innerHTML}<span class="sort-icon" aria-hidden="true">↕</span>`;
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const state: SortState = { key, direction: th.getAttribute('aria-sort') === 'ascending' ? 'desc' : 'asc' };
      sort(th, state, true);
      history.replaceState(
        history.state,
        '',
        `${location.pathname}${writeSort(location.search, state)}${location.hash}`,
      );
    });
  }

  // The order a shared link names; an unknown column is ignored (the table keeps its own order).
  const wanted = readSort(location.search);
  const th = wanted && headers.find((h) => h.dataset.sort === wanted.key);
  if (wanted && th) sort(th, wanted, false);
}

document.querySelectorAll<HTMLTableElement>('table[data-sortable]').forEach(enhance);
