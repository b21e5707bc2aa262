// Conflicting figures: for each quantity several sources disagree on, a chart of the values each
// source gave (ranges as bars, exact values as dots, lower/upper bounds with arrows) and a table.
import { api } from '../api.js';
import { h, link, documentHref, formatDate, pager } from '../dom.js';
import { rangeChart } from '../charts.js';
import { navigate } from '../main.js';

export async function render(main, url) {
  const offset = Number(url.searchParams.get('offset') || 0);
  main.append(h('h1', {}, 'Conflicting figures'));
  main.append(h('p', { class: 'muted' }, 'Quantities that different sources state differently, side by side with who gave each value and where.'));
  const page = await api('/api/conflicts', { offset, limit: 20 });
  if (!page.items.length) {
    main.append(h('p', { class: 'muted' }, 'No conflicting figures found.'));
    return;
  }
  for (const c of page.items) {
    const unit = c.figures[0].unit;
    const rows = c.figures.map((f) => ({
      label: sourceLabel(f),
      sub: [f.outlet, formatDate(f.published)].filter(Boolean).join(', '),
      low: f.low, high: f.high, qualifier: f.qualifier,
    }));
    main.append(h('section', { class: 'conflict', 'aria-labelledby': `h-${c.id}` },
      h('h2', { id: `h-${c.id}` }, c.topic),
      h('div', { class: 'chart-wrap' }, rangeChart(rows, { title: `Values given for ${c.topic}`, unit })),
      h('table', { class: 'data compact' },
        h('thead', {}, h('tr', {}, ['Source', 'As written', 'Outlet', 'Published'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, c.figures.map((f) => h('tr', {},
          h('td', {}, sourceLabel(f)),
          h('td', {}, link(`${documentHref(f.document)}#f${f.figure}`, f.text)),
          h('td', {}, f.outlet || '—'),
          h('td', {}, formatDate(f.published))))))));
  }
  const p = pager(page, (o) => navigate(`/figures?offset=${o}`));
  if (p) main.append(p);
}

// The resolver names the article itself (its id) when nobody is quoted and the outlet is unknown.
function sourceLabel(f) {
  if (f.source && f.source === f.document) return f.outlet || 'the article itself (no speaker)';
  return f.source || f.outlet || 'unknown source';
}
