// Front page: what the store holds, the most-mentioned entities and speakers, recent articles and
// the claims reported more than once.
import { api } from '../api.js';
import { h, link, entityHref, documentHref, formatDate, plural } from '../dom.js';

export async function render(main) {
  main.append(h('h1', {}, 'Overview'));
  const [overview, docs, claims, globals] = await Promise.all([
    api('/api/overview'),
    api('/api/documents', { limit: 10 }),
    api('/api/claims', { min_reports: 2, limit: 8 }).catch(() => null),
    api('/api/global-entities', { limit: 10 }).catch(() => null),
  ]);
  // Entities resolved across articles (all spellings together) when the store has them.
  const top = globals && globals.items.length
    ? globals.items.map((g) => ({ href: `/entity?id=${g.id}`, name: g.name, type: g.type, count: g.documents }))
    : overview.entities.map((e) => ({ href: entityHref(e.name, e.detail), name: e.name, type: e.detail, count: e.count }));
  const c = overview.counts;
  main.append(
    h('ul', { class: 'stats' },
      [['articles', c.documents], ['entities', c.entities], ['statements', c.statements], ['figures', c.figures]].map(
        ([label, n]) => h('li', {}, h('strong', {}, n.toLocaleString('en')), ' ', label)),
      overview.first_published
        ? h('li', {}, h('strong', {}, `${overview.first_published} – ${overview.last_published}`), ' published')
        : null),
  );
  const grid = h('div', { class: 'columns' });
  grid.append(
    h('section', { 'aria-labelledby': 'h-entities' },
      h('h2', { id: 'h-entities' }, 'Most mentioned'),
      h('ol', { class: 'plain' }, top.map((e) =>
        h('li', {}, link(e.href, e.name), ' ', h('span', { class: `tag t-${e.type}` }, e.type),
          ' ', h('span', { class: 'muted' }, plural(e.count, 'article')))))),
    h('section', { 'aria-labelledby': 'h-speakers' },
      h('h2', { id: 'h-speakers' }, 'Most quoted'),
      h('ol', { class: 'plain' }, overview.speakers.map((s) =>
        h('li', {}, link(`/search?q=${encodeURIComponent(s.name)}`, s.name), ' ',
          h('span', { class: 'muted' }, `${plural(s.count, 'statement')} · ${s.detail.replaceAll('_', ' ')}`))))),
  );
  main.append(grid);
  if (claims && claims.items.length) {
    main.append(
      h('section', { 'aria-labelledby': 'h-claims' },
        h('h2', { id: 'h-claims' }, 'Claims reported more than once'),
        h('ul', { class: 'cards' }, claims.items.map((cl) =>
          h('li', {},
            link(`/claim/${cl.id}`, `“${cl.text}”`),
            h('div', { class: 'muted' }, `${cl.speaker} · ${plural(cl.reports, 'report')} · ${plural(cl.independent_sources, 'independent source')}`))))));
  }
  main.append(
    h('section', { 'aria-labelledby': 'h-docs' },
      h('h2', { id: 'h-docs' }, 'Articles'),
      h('ul', { class: 'cards' }, docs.items.map((d) =>
        h('li', {}, link(documentHref(d.id), d.title || '(untitled)'),
          h('div', { class: 'muted' }, `${formatDate(d.published)} · ${d.outlet || 'unknown outlet'} · ${plural(d.statements, 'statement')}`)))),
      link('/documents', 'All articles →')));
}
