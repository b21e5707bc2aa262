// Search results: ranked articles with the matched words marked, and the statements whose
// words or speaker match (who said it).
import { api } from '../api.js';
import { h, link, documentHref, entityHref, formatDate, pager, plural } from '../dom.js';
import { navigate } from '../main.js';

export function snippet(parts) {
  return h('p', { class: 'snippet' }, parts.map((p) => (p.match ? h('mark', {}, p.text) : p.text)));
}

export function statementItem(st) {
  const who = st.speaker_name || st.speaker_text || st.speaker_kind.replaceAll('_', ' ');
  return h('li', { class: 'statement' },
    h('div', {},
      st.speaker_name && st.speaker_kind === 'person'
        ? link(entityHref(st.speaker_name), who)
        : h('strong', {}, who),
      st.via.length ? h('span', { class: 'muted' }, ` via ${st.via.join(' → ')}`) : null,
      st.hedged ? h('span', { class: 'tag hedged' }, 'hedged') : null),
    h('blockquote', {}, link(documentHref(st.document, st.index), st.content)),
    h('div', { class: 'muted' }, `${formatDate(st.published)} · ${st.outlet || 'unknown outlet'} · ${st.document_title || st.document}`));
}

export async function render(main, url) {
  const q = url.searchParams.get('q') || '';
  const offset = Number(url.searchParams.get('offset') || 0);
  const syntax = url.searchParams.get('syntax') || 'words';
  main.append(h('h1', {}, q ? `Search: ${q}` : 'Search'));
  if (!q) {
    main.append(h('p', {}, 'Type words in the search box: every word must appear. Use the FTS syntax option for phrases ("…"), OR, NOT and prefix*.'));
    return;
  }
  const go = (o) => navigate(`/search?${new URLSearchParams({ q, syntax, offset: o })}`);
  main.append(
    h('p', {},
      h('label', {},
        h('input', { type: 'checkbox', checked: syntax === 'fts', onchange: (e) =>
          navigate(`/search?${new URLSearchParams({ q, syntax: e.target.checked ? 'fts' : 'words' })}`) }),
        ' FTS5 query syntax (phrases, OR, NOT, prefix*)')));
  const [hits, said] = await Promise.all([
    api('/api/search', { q, syntax, offset, limit: 20 }),
    api('/api/statements', { q, syntax, limit: 10 }),
  ]);
  const cols = h('div', { class: 'columns wide-left' });
  cols.append(
    h('section', { 'aria-labelledby': 'h-hits' },
      h('h2', { id: 'h-hits' }, plural(hits.total, 'article')),
      h('ol', { class: 'cards results' }, hits.items.map((hit) =>
        h('li', {},
          link(documentHref(hit.document.id), hit.document.title || '(untitled)'),
          h('div', { class: 'muted' }, `${formatDate(hit.document.published)} · ${hit.document.outlet || 'unknown outlet'}`),
          snippet(hit.snippet)))),
      pager(hits, go)),
    h('section', { 'aria-labelledby': 'h-said' },
      h('h2', { id: 'h-said' }, `Who said it: ${plural(said.total, 'statement')}`),
      said.total > said.items.length ? h('p', { class: 'muted' }, `The first ${said.items.length}, in article order.`) : null,
      h('ul', { class: 'plain statements' }, said.items.map(statementItem))),
  );
  main.append(cols);
}
