// Entities: by default the entities resolved across articles (every spelling of one referent
// together, when the store has them); "by name" lists exact names per type instead.
import { api } from '../api.js';
import { h, link, entityHref, pager } from '../dom.js';
import { navigate } from '../main.js';

const TYPES = ['', 'PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'WORK', 'MISC'];

export async function render(main, url) {
  const q = url.searchParams.get('q') || '';
  const type = url.searchParams.get('type') || '';
  const offset = Number(url.searchParams.get('offset') || 0);
  let view = url.searchParams.get('view') || 'resolved';
  const go = (params) => navigate(`/entities?${new URLSearchParams({ q, type, view, ...params })}`);
  main.append(h('h1', {}, 'Entities'));
  main.append(
    h('form', { class: 'filters', onsubmit: (e) => {
      e.preventDefault();
      const d = new FormData(e.target);
      go({ q: d.get('q'), type: d.get('type'), view: d.get('view') });
    } },
    h('label', {}, 'Name contains ', h('input', { name: 'q', value: q })),
    h('label', {}, 'Type ', h('select', { name: 'type' }, TYPES.map((t) => h('option', { value: t, selected: t === type }, t || 'any')))),
    h('label', {}, 'Group ', h('select', { name: 'view' },
      h('option', { value: 'resolved', selected: view === 'resolved' }, 'across articles (all spellings)'),
      h('option', { value: 'names', selected: view === 'names' }, 'by exact name'))),
    h('button', { type: 'submit' }, 'Filter')));

  if (view === 'resolved') {
    const page = await api('/api/global-entities', { q, type, offset, limit: 50 }).catch(() => null);
    if (page && (page.items.length || offset > 0 || q || type)) {
      main.append(
        h('table', { class: 'data' },
          h('thead', {}, h('tr', {}, ['Name', 'Type', 'Articles', 'Also written'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, page.items.map((e) => h('tr', {},
            h('td', {}, link(`/entity?id=${e.id}`, e.name)),
            h('td', {}, h('span', { class: `tag t-${e.type}` }, e.type)),
            h('td', { class: 'num' }, e.documents),
            h('td', { class: 'muted' }, e.aliases.map((a) => a.text).filter((a) => a !== e.name).join(' · ')))))),
        pager(page, (o) => go({ offset: o })));
      return;
    }
    view = 'names';  // nothing resolved in this store: list names
  }
  const page = await api('/api/entities', { q, type, offset, limit: 50 });
  main.append(
    h('table', { class: 'data' },
      h('thead', {}, h('tr', {}, ['Name', 'Type', 'Articles', 'Mentions', 'Statements'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, page.items.map((e) => h('tr', {},
        h('td', {}, link(entityHref(e.name, e.type), e.name)),
        h('td', {}, h('span', { class: `tag t-${e.type}` }, e.type)),
        h('td', { class: 'num' }, e.documents),
        h('td', { class: 'num' }, e.mentions),
        h('td', { class: 'num' }, e.statements))))),
    pager(page, (o) => go({ view: 'names', offset: o })));
}
