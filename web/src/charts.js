// Hand-drawn SVG charts: a stacked timeline of statements by date, and a range chart comparing
// the values several sources gave for one quantity. Each chart has a text alternative (title,
// aria-label, per-mark <title>) and the caller shows the numbers in a table too.
import { s } from './dom.js';

// points: [{label, a, b}] stacked bars (a bottom, b top).
export function stackedBars(points, { labelA, labelB, title }) {
  const barW = 34;
  const gap = 14;
  const height = 160;
  const left = 36;
  const width = left + points.length * (barW + gap) + gap;
  const max = Math.max(1, ...points.map((p) => p.a + p.b));
  const scale = (v) => (v / max) * (height - 20);
  const svg = s('svg', { viewBox: `0 0 ${width} ${height + 40}`, width, height: height + 40, role: 'img', 'aria-label': title, class: 'chart' });
  svg.append(s('title', {}, title));
  for (const t of [0, Math.ceil(max / 2), max]) {
    const y = height - scale(t);
    svg.append(s('line', { x1: left - 4, x2: width, y1: y, y2: y, class: 'grid' }), s('text', { x: left - 8, y: y + 4, class: 'axis', 'text-anchor': 'end' }, t));
  }
  points.forEach((p, i) => {
    const x = left + gap + i * (barW + gap);
    const ha = scale(p.a);
    const hb = scale(p.b);
    svg.append(
      s('rect', { x, y: height - ha, width: barW, height: ha, class: 'bar-a' }, s('title', {}, `${p.label}: ${p.a} ${labelA}`)),
      s('rect', { x, y: height - ha - hb, width: barW, height: hb, class: 'bar-b' }, s('title', {}, `${p.label}: ${p.b} ${labelB}`)),
      s('text', { x: x + barW / 2, y: height + 16, class: 'axis', 'text-anchor': 'middle' }, p.label.slice(5) || p.label),
    );
  });
  return svg;
}

function fmt(v) {
  const a = Math.abs(v);
  if (!Number.isInteger(v) && a >= 10) v = Number(v.toPrecision(2));
  if (a >= 1e9) return `${+(v / 1e9).toFixed(2)}bn`;
  if (a >= 1e6) return `${+(v / 1e6).toFixed(2)}m`;
  if (a >= 1e4) return `${+(v / 1e3).toFixed(1)}k`;
  return `${+v.toFixed(2)}`;
}

// rows: [{label, sub, low, high, qualifier}] on one value axis (log scale when values span
// more than two orders of magnitude).
export function rangeChart(rows, { title, unit }) {
  const labelW = 260;
  const plotW = 420;
  const rowH = 34;
  const top = 24;
  const width = labelW + plotW + 70;
  const height = top + rows.length * rowH + 30;
  const lows = rows.map((r) => r.low);
  const highs = rows.map((r) => r.high);
  let min = Math.min(...lows);
  let max = Math.max(...highs);
  const log = min > 0 && max / min > 100;
  if (!log) {
    min = Math.min(0, min);
  }
  if (max === min) max = min + 1;
  const tx = log
    ? (v) => labelW + ((Math.log10(Math.max(v, min)) - Math.log10(min)) / (Math.log10(max) - Math.log10(min))) * plotW
    : (v) => labelW + ((v - min) / (max - min)) * plotW;
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', 'aria-label': title, class: 'chart range-chart', preserveAspectRatio: 'xMinYMin meet' });
  svg.append(s('title', {}, title));
  const ticks = log ? [min, Math.sqrt(min * max), max] : [min, (min + max) / 2, max];
  for (const t of ticks) {
    const x = tx(t);
    svg.append(
      s('line', { x1: x, x2: x, y1: top - 6, y2: height - 24, class: 'grid' }),
      s('text', { x, y: height - 8, class: 'axis', 'text-anchor': 'middle' }, fmt(t) + (unit ? ` ${unit}` : '')),
    );
  }
  rows.forEach((r, i) => {
    const y = top + i * rowH + rowH / 2;
    const x1 = tx(r.low);
    const x2 = tx(r.high);
    const mark = r.qualifier === 'at_least' ? '≥ ' : r.qualifier === 'at_most' ? '≤ ' : r.qualifier === 'approx' ? '≈ ' : '';
    const valueText = r.low === r.high ? `${mark}${fmt(r.low)}` : `${fmt(r.low)}–${fmt(r.high)}`;
    const g = s('g', { class: `range-row q-${r.qualifier}` });
    g.append(
      s('title', {}, `${r.label}${r.sub ? ` (${r.sub})` : ''}: ${valueText}${unit ? ` ${unit}` : ''}`),
      s('text', { x: 8, y: y - 2, class: 'row-label' }, r.label.length > 34 ? `${r.label.slice(0, 33)}…` : r.label),
      s('text', { x: 8, y: y + 12, class: 'row-sub' }, r.sub && r.sub.length > 42 ? `${r.sub.slice(0, 41)}…` : r.sub || ''),
      x2 - x1 >= 2
        ? s('rect', { x: x1, y: y - 6, width: x2 - x1, height: 12, rx: 3, class: 'range-bar' })
        : s('circle', { cx: x1, cy: y, r: 6, class: 'range-dot' }),
      r.qualifier === 'at_least' ? s('path', { d: `M${x2 + 4} ${y - 6} l8 6 l-8 6`, class: 'range-arrow' }) : null,
      r.qualifier === 'at_most' ? s('path', { d: `M${x1 - 4} ${y - 6} l-8 6 l8 6`, class: 'range-arrow' }) : null,
      s('text', { x: Math.max(x2, x1) + 16, y: y + 4, class: 'value' }, valueText),
    );
    svg.append(g);
  });
  return svg;
}
