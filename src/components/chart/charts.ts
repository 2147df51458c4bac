// Draws every `figure[data-chart]` from its JSON spec (src/lib/core/chart-spec.ts). Loaded only by ChartFigure.astro,
// so chart.js is downloaded only on pages with a chart. Without JavaScript the figure's table and summary remain.
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
  type ChartConfiguration,
  type ChartDataset,
  type Plugin,
} from 'chart.js';
import { formatNumber } from '../../lib/core/format.ts';
import {
  chartAriaLabel,
  type ChartColor,
  type ChartSpec,
  type ChartTarget,
  type LineStyle,
} from '../../lib/core/chart-spec.ts';

// Only what the site's line, bar, stacked-bar and pie charts use (no chart.js/auto). No Legend or Tooltip plugin:
// the legend is HTML in the figure (ChartFigure.astro: it scales with the text and follows high contrast) and
// every value is in the figure's table, which keyboards and screen readers reach; this keeps chart pages in budget.
Chart.register(
  LineController,
  LineElement,
  PointElement,
  BarController,
  BarElement,
  PieController,
  ArcElement,
  CategoryScale,
  LinearScale,
);

const DASHES: Record<LineStyle, number[]> = { solid: [], dashed: [8, 5], dotted: [2, 4] };

const root = document.documentElement;
const media = (q: string) => matchMedia(q);

/** Resolves a colour as the page shows it; in forced-colours mode every series takes the system text colour. */
function resolveColour(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  probe.hidden = true;
  document.body.append(probe);
  const c = getComputedStyle(probe).color;
  probe.remove();
  return c;
}

/** The current theme: colours from the CSS custom properties (high contrast, forced colours), root font size, motion. */
function theme() {
  const css = (name: string) => getComputedStyle(root).getPropertyValue(name).trim();
  const forced = media('(forced-colors: active)').matches;
  const fg = forced ? resolveColour('CanvasText') : css('--fg') || '#1b1b1b';
  return {
    fg,
    grid: forced ? resolveColour('GrayText') : css('--rule') || '#d0d0d0',
    bg: forced ? resolveColour('Canvas') : css('--bg') || '#ffffff',
    colour: (c: ChartColor) => (forced ? fg : css(c === 'target' ? '--target' : `--chart-${c}`) || fg),
    fontSize: parseFloat(getComputedStyle(root).fontSize) || 16,
    fontFamily: getComputedStyle(document.body).fontFamily,
    animate: !(root.dataset.motion === 'reduce' || media('(prefers-reduced-motion: reduce)').matches),
  };
}

/**
 * Draws a plan target as a target, not as the end of a line (a few lines instead of the annotation plugin, which
 * would cost the chart budget): the target series' point is the marker, and a short level line across the target
 * year's column shows the bound — solid when it is included (≥, ≤, =), dashed when it is not (>, <). The comparator
 * is written in the target series' legend entry (`2025年目标>99%（高于99%）`), the summary and the table; chart pages
 * have no bytes left for drawing it on the canvas too.
 */
function targetPlugin(target: ChartTarget, t: ReturnType<typeof theme>): Plugin<'line'> {
  return {
    id: 'target',
    afterDatasetsDraw({ ctx, chartArea: area, scales, data }) {
      const x = scales.x?.getPixelForValue(target.index);
      const y = scales.y?.getPixelForValue(target.value);
      if (x === undefined || y === undefined) return;
      const half = (area.width / Math.max(data.labels?.length ?? 1, 1)) * 0.35;
      ctx.save();
      ctx.strokeStyle = t.colour('target');
      ctx.lineWidth = 2;
      ctx.setLineDash(target.comparator === '>' || target.comparator === '<' ? DASHES.dashed : []);
      ctx.beginPath();
      ctx.moveTo(x - half, y);
      ctx.lineTo(x + half, y);
      ctx.stroke();
      ctx.restore();
    },
  };
}

function lineConfig(spec: ChartSpec): ChartConfiguration<'line'> {
  const t = theme();
  const unit = spec.unit ?? '';
  const datasets: ChartDataset<'line'>[] = spec.series.map((s) => {
    const colour = t.colour(s.color);
    const marker = s.marker ?? 'circle';
    const size = s.markerSize ?? 4;
    return {
      label: s.label,
      data: s.data,
      borderColor: colour,
      backgroundColor: colour,
      borderWidth: 3,
      borderDash: s.line && s.line !== 'none' ? DASHES[s.line] : [],
      showLine: s.line !== 'none',
      spanGaps: s.spanGaps ?? false,
      pointStyle: marker === 'none' ? false : marker,
      pointRadius: marker === 'none' ? 0 : size,
      pointHoverRadius: marker === 'none' ? 0 : size + 2,
      pointBorderColor: colour,
      pointBackgroundColor: marker === 'rectRot' ? t.bg : colour,
      pointBorderWidth: marker === 'rectRot' ? 3 : 1,
    };
  });
  return {
    type: 'line',
    data: { labels: spec.labels, datasets },
    plugins: spec.target ? [targetPlugin(spec.target, t)] : [],
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: t.animate ? undefined : false,
      color: t.fg,
      font: { size: t.fontSize * 0.875, family: t.fontFamily },
      scales: {
        // With one or two years the points would sit on the chart's edges; a target's column needs room too.
        x: {
          offset: spec.labels.length < 3 || spec.target !== undefined,
          ticks: { color: t.fg, font: { size: t.fontSize * 0.875 } },
          grid: { color: t.grid },
        },
        y: {
          ...(spec.yMin !== undefined ? { min: spec.yMin } : {}),
          ...(spec.yMax !== undefined ? { max: spec.yMax } : {}),
          grace: '5%',
          ticks: {
            color: t.fg,
            font: { size: t.fontSize * 0.875 },
            callback: (v) => `${formatNumber(Number(v))}${unit}`,
          },
          grid: { color: t.grid },
        },
      },
      // The legend is HTML in the figure; every value is in the figure's table (no tooltip needed).
      events: [],
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
    },
  };
}

/**
 * A fill that differs by more than colour: solid for the first series (or slice), then stripes, dots and
 * cross-hatching drawn in the background colour over the series colour.
 */
function fill(colour: string, bg: string, index: number): string | CanvasPattern {
  const kind = index % 4;
  if (kind === 0) return colour;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 10;
  const g = tile.getContext('2d');
  if (!g) return colour;
  g.fillStyle = colour;
  g.fillRect(0, 0, 10, 10);
  g.strokeStyle = bg;
  g.fillStyle = bg;
  g.lineWidth = 2;
  if (kind === 1) {
    g.beginPath();
    g.moveTo(0, 10);
    g.lineTo(10, 0);
    g.stroke();
  } else if (kind === 2) {
    g.beginPath();
    g.arc(5, 5, 2, 0, Math.PI * 2);
    g.fill();
  } else {
    g.beginPath();
    g.moveTo(0, 5);
    g.lineTo(10, 5);
    g.moveTo(5, 0);
    g.lineTo(5, 10);
    g.stroke();
  }
  return g.createPattern(tile, 'repeat') ?? colour;
}

function barConfig(spec: ChartSpec): ChartConfiguration<'bar'> {
  const t = theme();
  const unit = spec.unit ?? '';
  const stacked = spec.kind === 'stacked-bar';
  // Many or long Chinese category names read better down the side than slanted under the bars.
  const horizontal = spec.labels.length > 6 || spec.labels.some((l) => l.length > 6);
  const valueAxis = {
    ...(spec.yMin !== undefined ? { min: spec.yMin } : { beginAtZero: true }),
    ...(spec.yMax !== undefined ? { suggestedMax: spec.yMax } : {}),
    stacked,
    ticks: {
      color: t.fg,
      font: { size: t.fontSize * 0.875 },
      callback: (v: string | number) => `${formatNumber(Number(v))}${unit}`,
    },
    grid: { color: t.grid },
  };
  const categoryAxis = {
    stacked,
    ticks: { color: t.fg, font: { size: t.fontSize * 0.875 }, autoSkip: false },
    grid: { display: false },
  };
  return {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s, i) => ({
        label: s.label,
        data: s.data,
        backgroundColor: fill(t.colour(s.color), t.bg, i),
        borderColor: t.colour(s.color),
        borderWidth: 2,
        pointStyle: s.marker && s.marker !== 'none' ? s.marker : 'rect',
      })),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: t.animate ? undefined : false,
      color: t.fg,
      font: { size: t.fontSize * 0.875, family: t.fontFamily },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      // Legend is HTML in the figure; every value is in the figure's table (no tooltips).
      events: [],
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
    },
  };
}

function pieConfig(spec: ChartSpec): ChartConfiguration<'pie'> {
  const t = theme();
  const slots: ChartColor[] = [1, 2, 3, 4, 5];
  const series = spec.series[0];
  return {
    type: 'pie',
    data: {
      labels: spec.labels,
      datasets: [
        {
          label: series?.label ?? '',
          data: (series?.data ?? []).map((v) => v ?? 0),
          // Slices differ by fill pattern as well as colour; the background colour separates them.
          backgroundColor: spec.labels.map((_, i) => fill(t.colour(slots[i % 5] ?? 1), t.bg, i)),
          borderColor: t.bg,
          borderWidth: 2,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: t.animate ? undefined : false,
      color: t.fg,
      font: { size: t.fontSize * 0.875, family: t.fontFamily },
      // Legend is HTML in the figure; every value is in the figure's table (no tooltips).
      events: [],
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
    },
  };
}

function config(spec: ChartSpec): ChartConfiguration {
  if (spec.kind === 'bar' || spec.kind === 'stacked-bar') return barConfig(spec) as ChartConfiguration;
  if (spec.kind === 'pie') return pieConfig(spec) as ChartConfiguration;
  return lineConfig(spec) as ChartConfiguration;
}

const charts = new Map<HTMLElement, Chart>();

function draw(figure: HTMLElement): void {
  const specText = figure.querySelector('script[data-chart-spec]')?.textContent;
  if (!specText) return;
  const spec = JSON.parse(specText) as ChartSpec;
  // ChartFigure.astro reserves the box in the HTML (so the page does not move when this module arrives after load).
  let box = figure.querySelector<HTMLElement>('.chart-canvas');
  if (!box) {
    box = document.createElement('div');
    box.className = 'chart-canvas';
    const summary = figure.querySelector('[data-chart-summary]');
    if (summary) summary.after(box);
    else figure.prepend(box);
  }
  let canvas = box.querySelector('canvas');
  if (!canvas) {
    canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', chartAriaLabel(spec));
    box.append(canvas);
  }
  const cfg = config(spec);
  charts.get(figure)?.destroy();
  charts.set(figure, new Chart(canvas, cfg));
  const legend = figure.querySelector<HTMLElement>('[data-chart-legend]');
  if (legend) legend.hidden = false;
}

function drawAll(): void {
  document.querySelectorAll<HTMLElement>('figure[data-chart]:not([data-chart-empty])').forEach(draw);
}

drawAll();
// Display settings (contrast, text size, motion) and system preferences change colours and sizes: redraw.
new MutationObserver(drawAll).observe(root, {
  attributes: true,
  attributeFilter: ['data-contrast', 'data-text', 'data-elder', 'data-motion'],
});
for (const q of [
  '(prefers-contrast: more)',
  '(forced-colors: active)',
  '(prefers-reduced-motion: reduce)',
  '(prefers-color-scheme: dark)',
]) {
  media(q).addEventListener('change', drawAll);
}
