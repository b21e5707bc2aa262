// Entity page: aliases, roles, what the entity said, what others said about it, a timeline by
// publication date, and — when the store has resolved it across articles — every spelling and
// the claims attributed to it.
import { api } from '../api.js';
import { h, link, documentHref, formatDate, plural } from '../dom.js';
import { stackedBars } from '../charts.js';
import { statementItem } from './search.js';

export async function render(main, url) {
  const id = url.searchParams.get('id') || '';
  const name = url.searchParams.get('name') || '';
  const type = url.searchParams.get('type') || '';
  let global = null;
  let e;
  if (id) {
    // A cross-article entity: the view covers every spelling the resolver linked to it.
    global = await api(`/api/global-entities/${encodeURIComponent(id)}`, { limit: 100 });
    e = { ...global.view, name: global.name, type: global.type };
  } else {
    e = await api('/api/entity', { name, type, limit: 100 });
    global = await findGlobal(e).catch(() => null);
    if (global && global.view) e = { ...global.view, name: global.name, type: global.type };
  }
  main.append(
    h('p', { class: 'muted crumbs' }, link('/entities', 'Entities'), ' / ', e.type),
    h('h1', {}, e.name, ' ', h('span', { class: `tag t-${e.type}` }, e.type)),
    h('p', { class: 'byline' }, `${plural(e.documents, 'article')} · ${plural(e.mentions, 'mention')} · ${plural(e.statements, 'statement')} by them`),
  );
  const facts = h('dl', { class: 'facts' });
  const aliases = global ? global.aliases.map((a) => `${a.text} (${a.documents})`) : e.aliases.map((a) => `${a.text} (${a.count})`);
  facts.append(h('dt', {}, global ? 'Spellings across articles' : 'Written as'), h('dd', { class: 'aliases' }, aliases.join(' · ') || '—'));
  facts.append(h('dt', {}, 'Roles'), h('dd', {}, e.roles.length ? e.roles.map((r) => `${r.text} (${r.count})`).join(' · ') : '—'));
  if (global) facts.append(h('dt', {}, 'Cross-article id'), h('dd', {}, h('code', {}, global.id)));
  main.append(facts);

  const cols = h('div', { class: 'columns' });
  cols.append(
    h('section', { 'aria-labelledby': 'h-by' },
      h('h2', { id: 'h-by' }, `What they said (${e.statements_by.total})`),
      e.statements_by.items.length ? h('ul', { class: 'plain statements' }, e.statements_by.items.map(statementItem)) : h('p', { class: 'muted' }, 'No attributed statements.')),
    h('section', { 'aria-labelledby': 'h-about' },
      h('h2', { id: 'h-about' }, `What others said about them (${e.statements_about.total})`),
      e.statements_about.items.length ? h('ul', { class: 'plain statements' }, e.statements_about.items.map(statementItem)) : h('p', { class: 'muted' }, 'No statements by others mention them.')),
  );
  main.append(cols);

  const timeline = h('section', { 'aria-labelledby': 'h-timeline' }, h('h2', { id: 'h-timeline' }, 'Timeline'));
  const points = e.timeline.map((p) => ({ label: p.date || 'undated', a: p.statements_by, b: p.statements_about }));
  timeline.append(
    h('div', { class: 'chart-wrap' }, stackedBars(points, { labelA: 'said', labelB: 'about them', title: `Statements by and about ${e.name} per publication date` })),
    h('p', { class: 'legend-inline' }, h('span', { class: 'swatch bar-a' }), ' said by them  ', h('span', { class: 'swatch bar-b' }), ' said about them'),
    h('table', { class: 'data compact' },
      h('thead', {}, h('tr', {}, ['Date', 'Articles', 'Said', 'About them'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, e.timeline.map((p) => h('tr', {}, h('td', {}, p.date || 'undated'), h('td', { class: 'num' }, p.documents), h('td', { class: 'num' }, p.statements_by), h('td', { class: 'num' }, p.statements_about))))));
  main.append(timeline);

  if (global && global.claims && global.claims.length) {
    main.append(h('section', { 'aria-labelledby': 'h-claims' },
      h('h2', { id: 'h-claims' }, 'Claims attributed to them'),
      h('ul', { class: 'cards' }, global.claims.map((c) => h('li', {}, link(`/claim/${c.id}`, `“${c.text}”`),
        h('div', { class: 'muted' }, `${plural(c.reports, 'report')} · ${plural(c.independent_sources, 'independent source')} · first ${formatDate(c.first_published)}`))))));
  }
  main.append(h('section', { 'aria-labelledby': 'h-docs' },
    h('h2', { id: 'h-docs' }, 'Articles'),
    h('ul', { class: 'cards' }, e.document_list.map((d) => h('li', {}, link(documentHref(d.id), d.title || '(untitled)'),
      h('div', { class: 'muted' }, `${formatDate(d.published)} · ${d.outlet || 'unknown outlet'}`))))));
}

// The cross-article entity with this exact name (or alias) and type, with its claims.
async function findGlobal(e) {
  const list = await api('/api/global-entities', { q: e.name, type: e.type, limit: 20 });
  const hit = list.items.find((g) => g.name === e.name || g.aliases.some((a) => a.text === e.name));
  if (!hit) return null;
  return api(`/api/global-entities/${hit.id}`, { limit: 50 });
}
