// 显示方式 of chart figures (ChartFigure.astro): 图和表 (both, as without JavaScript), 只看图 or 只看表. The choice
// is kept in the address (`?view=table`, src/lib/share/view-state.ts), so a shared link opens the same way; it
// applies to every figure of the page, as one reader's choice.
import { readView, writeView, type ChartView } from '../../lib/share/view-state.ts';

const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]:not([data-chart-empty])')];

function show(view: ChartView): void {
  for (const figure of figures) {
    if (view === 'both') delete figure.dataset.view;
    else figure.dataset.view = view;
    for (const b of figure.querySelectorAll<HTMLButtonElement>('[data-chart-view] button'))
      b.setAttribute('aria-pressed', String(b.dataset.view === view));
  }
}

show(readView(location.search));
for (const figure of figures) {
  const group = figure.querySelector<HTMLElement>('[data-chart-view]');
  if (!group) continue;
  group.hidden = false;
  group.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-view]');
    if (!button) return;
    const view = button.dataset.view as ChartView;
    show(view);
    history.replaceState(history.state, '', `${location.pathname}${writeView(location.search, view)}${location.hash}`);
  });
}
