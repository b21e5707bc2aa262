// All articles in ingest order, filterable by outlet and publication dates.
import { api } from '../api.js';
import { h, link, documentHref, formatDate, pager } from '../dom.js';
import { navigate } from '../main.js';

export async function render(main, url) {
  const p = Object.fromEntries(url.searchParams);
  const offset = Number(p.offset || 0);
  main.append(h('h1', {}, 'Articles'));
  const form = h('form', { class: 'filters', onsubmit: (e) => {
    e.preventDefault();
    const data = new FormData(e.target);
    const next = new URLSearchParams();
    for (const [k, v] of data) if (v) next.set(k, v);
    navigate(`/documents?${next}`);
  } },
  h('label', {}, 'Outlet ', h('input', { name: 'outlet', value: p.outlet || '', list: 'outlets' })),
  h('datalist', { id: 'outlets' }),
  h('label', {}, 'From ', h('input', { name: 'from', type: 'date', value: p.from || '' })),
  h('label', {}, 'To ', h('input', { name: 'to', type: 'date', value: p.to || '' })),
  h('button', { type: 'submit' }, 'Filter'));
  main.append(form);
  api('/api/overview').then((o) => {
    form.querySelector('#outlets').replaceChildren(...o.outlets.map((x) => h('option', { value: x.name })));
  }).catch(() => {});
  const page = await api('/api/documents', { outlet: p.outlet, from: p.from, to: p.to, offset, limit: 25 });
  main.append(
    h('table', { class: 'data' },
      h('thead', {}, h('tr', {}, ['Published', 'Outlet', 'Title', 'Statements', 'Figures'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, page.items.map((d) =>
        h('tr', {},
          h('td', {}, formatDate(d.published)),
          h('td', {}, d.outlet || '—'),
          h('td', {}, link(documentHref(d.id), d.title || '(untitled)')),
          h('td', { class: 'num' }, d.statements),
          h('td', { class: 'num' }, d.figures))))),
    pager(page, (o) => navigate(`/documents?${new URLSearchParams({ ...p, offset: o })}`)));
}
