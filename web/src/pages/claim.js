// Claim page: the claim, its number of independent sources, the provenance graph from the
// primary source through interviews and relays to every article, and each report as written.
import { api } from '../api.js';
import { h, link, entityHref, documentHref, formatDate, plural } from '../dom.js';
import { provenanceGraph } from '../graph.js';
import { copyList } from './article.js';

export async function render(main, url, match) {
  const c = await api(`/api/claims/${match[1]}`);
  main.append(
    h('p', { class: 'muted crumbs' }, link('/claims', 'Claims'), ' / ', c.id),
    h('h1', { class: 'claim-text' }, `“${c.text}”`),
    h('p', { class: 'byline' }, 'Claimed by ',
      c.speaker_entity ? link(`/entity?id=${c.speaker_entity}`, c.speaker) : c.speaker_kind === 'person' ? link(entityHref(c.speaker), c.speaker) : h('strong', {}, c.speaker),
      ` (${c.speaker_kind.replaceAll('_', ' ')}) · first reported ${formatDate(c.first_published)}`),
    h('div', { class: 'claim-stats' },
      h('div', { class: 'big-number', id: 'independent-sources' }, h('strong', {}, c.independent_sources), h('span', {}, c.independent_sources === 1 ? 'independent source' : 'independent sources')),
      h('div', { class: 'big-number' }, h('strong', {}, c.reports), h('span', {}, c.reports === 1 ? 'report' : 'reports')),
      c.copies ? h('div', { class: 'big-number', id: 'copies' }, h('strong', {}, c.copies), h('span', {}, c.copies === 1 ? 'identical copy (echo)' : 'identical copies (echoes)')) : null,
      c.circular ? h('div', { class: 'tag warn' }, 'circular reporting among the relaying outlets') : null),
  );
  if (c.sources.length) {
    main.append(h('section', { 'aria-labelledby': 'h-sources' },
      h('h2', { id: 'h-sources' }, 'Where the reports come from'),
      h('ul', { class: 'plain' }, c.sources.map((src) => h('li', {}, originLabel(c, src.origin), ` — ${plural(src.documents.length, 'report')}`)))));
  }
  const graphTitle = `Provenance of claim ${c.id}: ${plural(c.reports, 'report')} from ${plural(c.independent_sources, 'independent source')}`;
  main.append(
    h('section', { 'aria-labelledby': 'h-graph' },
      h('h2', { id: 'h-graph' }, 'Provenance'),
      h('p', { class: 'muted' }, 'From the primary source (left) through interviews and relays to each article that reported it (right).'),
      h('div', { class: 'graph-wrap' }, provenanceGraph(c.report_list, { title: graphTitle }))),
  );
  main.append(
    h('section', { 'aria-labelledby': 'h-reports' },
      h('h2', { id: 'h-reports' }, 'Reports'),
      h('ol', { class: 'cards' }, c.report_list.map((r) => h('li', {},
        link(documentHref(r.document, r.statement), r.title || r.document),
        h('div', { class: 'muted' }, `${formatDate(r.published)} · ${r.outlet || 'unknown outlet'} · ${r.type}${r.hedged ? ' · hedged' : ''}`),
        h('blockquote', {}, `${r.speaker}: “${r.content}”`),
        h('div', { class: 'chain' }, r.chain.map((l, i) => [i ? ' → ' : '', h('span', { class: `chain-${l.how}` }, l.how === 'published' ? 'this article' : `${l.label} (${l.how.replaceAll('_', ' ')})`)])),
        r.citing ? h('div', { class: 'muted' }, `citing ${r.citing}`) : null,
        r.copies && r.copies.length ? h('div', { class: 'copies' }, h('span', { class: 'muted' }, 'Same article also run by:'), copyList(r.copies)) : null)))),
  );
}

// An origin that is an article id means the speaker spoke to that article's outlet directly.
function originLabel(c, origin) {
  const r = /^[0-9a-f]{16}$/.test(origin) ? c.report_list.find((x) => x.document === origin) : null;
  if (!r) return h('strong', {}, origin);
  return [h('strong', {}, `${c.speaker}, directly to `), link(documentHref(r.document), r.outlet || r.title || r.document)];
}
