// Claims across articles: who claimed what, how many articles reported it and from how many
// independent sources.
import { api } from '../api.js';
import { h, link, entityHref, formatDate, pager } from '../dom.js';
import { navigate } from '../main.js';

export async function render(main, url) {
  const min = url.searchParams.get('min_reports') || '1';
  const offset = Number(url.searchParams.get('offset') || 0);
  main.append(h('h1', {}, 'Claims'));
  main.append(h('p', {},
    h('label', {}, h('input', { type: 'checkbox', checked: min !== '1', onchange: (e) => navigate(`/claims?min_reports=${e.target.checked ? 2 : 1}`) }),
      ' Only claims reported by more than one article')));
  const page = await api('/api/claims', { min_reports: min, offset, limit: 30 });
  if (!page.items.length) {
    main.append(h('p', { class: 'muted' }, 'No claims (has the store been resolved? run `claimtrace resolve`).'));
    return;
  }
  main.append(
    h('table', { class: 'data' },
      h('thead', {}, h('tr', {}, ['Claim', 'Speaker', 'Reports', 'Independent sources', 'First reported'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, page.items.map((c) => h('tr', {},
        h('td', {}, link(`/claim/${c.id}`, `“${c.text}”`), c.circular ? h('span', { class: 'tag warn' }, 'circular') : null),
        h('td', {}, c.speaker_entity ? link(`/entity?id=${c.speaker_entity}`, c.speaker) : c.speaker_kind === 'person' ? link(entityHref(c.speaker), c.speaker) : c.speaker),
        h('td', { class: 'num' }, c.reports),
        h('td', { class: 'num' }, c.independent_sources),
        h('td', {}, formatDate(c.first_published)))))),
    pager(page, (o) => navigate(`/claims?min_reports=${min}&offset=${o}`)));
}
