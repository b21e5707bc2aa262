// Article view: the cleaned text with quotes, speakers, cues, relays, figures, dates and entity
// mentions highlighted; hovering or focusing a highlight shows who said it, how it reached the
// outlet, a figure's bounds or a date's normalised value. Side lists give keyboard access to every
// statement, figure and date.
import { api } from '../api.js';
import { h, link, entityHref, formatDate, plural } from '../dom.js';
import { segments } from '../highlight.js';
import { showTooltip, hideTooltip } from '../tooltip.js';

const KIND_ORDER = ['figure', 'time', 'speaker', 'via', 'cue', 'quote', 'mention'];

function speakerLabel(st) {
  return st.speaker.name || st.speaker.text || st.speaker.kind.replaceAll('_', ' ');
}

function numberText(v) {
  return Number.isInteger(v) ? v.toLocaleString('en') : v.toLocaleString('en', { maximumFractionDigits: 3 });
}

export function figureBounds(f) {
  const unit = f.unit ? ` ${f.unit}` : '';
  const q = { exact: '', approx: '≈ ', at_least: '≥ ', at_most: '≤ ', range: '' }[f.qualifier] ?? '';
  return f.low === f.high ? `${q}${numberText(f.low)}${unit}` : `${q}${numberText(f.low)} – ${numberText(f.high)}${unit}`;
}

function describe(doc, ann) {
  const rows = [];
  const row = (label, value) => value && rows.push(h('div', {}, h('span', { class: 'tip-label' }, `${label}: `), value));
  if (ann.kind === 'figure') {
    const f = doc.figures[ann.index];
    rows.push(h('strong', {}, `Figure “${f.text}”`));
    row('Value', figureBounds(f));
    row('Qualifier', f.qualifier.replaceAll('_', ' '));
    row('Counts', f.what);
    if (f.statement !== null && f.statement !== undefined) row('Said by', speakerLabel(doc.statements[f.statement]));
  } else if (ann.kind === 'time') {
    const t = doc.times[ann.index];
    rows.push(h('strong', {}, `Time “${t.text}”`));
    row('Normalised', t.value || 'unresolved');
    row('Type', t.type);
    row('Modifier', t.mod);
  } else if (ann.kind === 'mention') {
    const e = doc.entities[ann.index];
    rows.push(h('strong', {}, e.name));
    row('Type', e.type);
    row('Roles', e.roles.join('; '));
  } else {
    const st = doc.statements[ann.index];
    const title = { quote: 'Statement', speaker: 'Speaker', cue: 'Attribution cue', via: 'Relayed' }[ann.kind];
    rows.push(h('strong', {}, `${title} (${st.type}${st.hedged ? ', hedged' : ''})`));
    row('Speaker', `${speakerLabel(st)} — ${st.speaker.kind.replaceAll('_', ' ')}`);
    if (st.speaker.text && st.speaker.text !== st.speaker.name) row('As written', st.speaker.text);
    row('Via', st.via.length ? st.via.map((v) => `${v.text} (${v.relation.replaceAll('_', ' ')})`).join(' → ') : null);
    row('Citing', st.citing);
    row('Claim', st.claim);
  }
  return rows;
}

function buildAnnotations(doc) {
  const anns = [];
  doc.statements.forEach((st, i) => {
    const parts = st.content_parts && st.content_parts.length ? st.content_parts : [st.content];
    for (const p of parts) anns.push({ start: p.start, end: p.end, kind: 'quote', index: i });
    if (st.speaker.span) anns.push({ start: st.speaker.span[0], end: st.speaker.span[1], kind: 'speaker', index: i });
    if (st.cue) anns.push({ start: st.cue.start, end: st.cue.end, kind: 'cue', index: i });
    for (const v of st.via) anns.push({ start: v.span[0], end: v.span[1], kind: 'via', index: i });
  });
  doc.figures.forEach((f, i) => anns.push({ start: f.start, end: f.end, kind: 'figure', index: i }));
  doc.times.forEach((t, i) => anns.push({ start: t.start, end: t.end, kind: 'time', index: i }));
  doc.entities.forEach((e, i) => {
    for (const [start, end] of e.mentions) anns.push({ start, end, kind: 'mention', index: i });
  });
  return anns;
}

function renderText(doc) {
  const body = h('div', { class: 'article-text', id: 'article-text' });
  const started = new Set();
  for (const seg of segments(doc.text, buildAnnotations(doc))) {
    const piece = doc.text.slice(seg.start, seg.end);
    if (!seg.anns.length) {
      body.append(piece);
      continue;
    }
    const kinds = [...new Set(seg.anns.map((a) => a.kind))];
    const span = h('span', { class: kinds.map((k) => `hl-${k}`).join(' '), dataset: { anns: JSON.stringify(seg.anns.map((a) => [a.kind, a.index])) } }, piece);
    // The first piece of each statement, figure and date is a keyboard stop.
    for (const a of seg.anns) {
      const key = `${a.kind === 'speaker' || a.kind === 'cue' || a.kind === 'via' ? 'quote' : a.kind}:${a.index}`;
      if (a.kind !== 'mention' && !started.has(key) && a.kind !== 'cue') {
        started.add(key);
        span.tabIndex = 0;
        if (a.kind === 'quote' || a.kind === 'speaker') span.id = span.id || `s${a.index}`;
        if (a.kind === 'figure') span.id = span.id || `f${a.index}`;
      }
    }
    body.append(span);
  }
  const show = (el) => {
    const list = JSON.parse(el.dataset.anns).map(([kind, index]) => ({ kind, index }));
    list.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
    const seen = new Set();
    const content = [];
    for (const a of list) {
      const key = `${a.kind === 'mention' || a.kind === 'figure' || a.kind === 'time' ? a.kind : 'st'}:${a.index}`;
      if (seen.has(key)) continue;
      seen.add(key);
      content.push(h('div', { class: `tip-block tip-${a.kind}` }, describe(doc, a)));
    }
    showTooltip(el, content);
  };
  body.addEventListener('mouseover', (e) => {
    const el = e.target.closest('[data-anns]');
    if (el) show(el);
  });
  body.addEventListener('mouseleave', hideTooltip);
  body.addEventListener('focusin', (e) => {
    const el = e.target.closest('[data-anns]');
    if (el) show(el);
  });
  body.addEventListener('focusout', hideTooltip);
  return body;
}

function legend() {
  const items = [['quote', 'Quote / statement'], ['speaker', 'Speaker'], ['via', 'Relay (told, per…)'], ['figure', 'Figure'], ['time', 'Date / time'], ['mention', 'Entity mention']];
  return h('ul', { class: 'legend', 'aria-label': 'Highlight colours' }, items.map(([k, label]) => h('li', {}, h('span', { class: `swatch hl-${k}` }, 'Aa'), ' ', label)));
}

export async function render(main, url, match) {
  const id = match[1];
  const { document: doc, sources, copies = [] } = await api(`/api/documents/${id}`);
  const conflicts = await api('/api/conflicts', { document: id, limit: 20 }).catch(() => null);
  main.append(
    h('p', { class: 'muted crumbs' }, h('a', { href: '/documents', 'data-link': true }, 'Articles'), ' / ', doc.outlet || 'unknown outlet'),
    h('h1', {}, doc.title || '(untitled)'),
    h('p', { class: 'byline' },
      [formatDate(doc.published) + (doc.published_inferred ? ' (date read from the text)' : ''), doc.outlet, doc.author ? `by ${doc.author}` : null]
        .filter(Boolean).join(' · '),
      doc.url ? [' · ', h('a', { href: doc.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original')] : null),
    copies.length
      ? h('section', { class: 'copies', 'aria-labelledby': 'h-copies' },
        h('h2', { id: 'h-copies' }, `Same article also run by ${plural(copies.length, 'other outlet')}`),
        h('p', { class: 'muted' }, 'Identical text under another outlet or address: an echo of this article, not another source.'),
        copyList(copies))
      : null,
    legend(),
  );
  const layout = h('div', { class: 'article-layout' });
  const side = h('aside', { class: 'article-side', 'aria-label': 'Annotations' });
  side.append(
    h('section', {},
      h('h2', {}, plural(doc.statements.length, 'statement')),
      h('ol', { class: 'plain side-list' }, doc.statements.map((st, i) =>
        h('li', {},
          h('a', { href: `#s${i}`, onclick: (e) => focusTarget(e, `s${i}`) }, h('strong', {}, speakerLabel(st))),
          st.via.length ? h('span', { class: 'muted' }, ` via ${st.via.map((v) => v.text).join(' → ')}`) : null,
          st.claim ? [' ', h('a', { href: `/claim/${st.claim}`, 'data-link': true, class: 'tag' }, `claim ${st.claim}`)] : null,
          h('div', { class: 'side-quote' }, `“${st.content.text}”`))))),
    h('section', {},
      h('h2', {}, plural(doc.entities.length, 'entity', 'entities')),
      h('ul', { class: 'plain' }, doc.entities.map((e) =>
        h('li', {}, h('a', { href: e.entity ? `/entity?id=${encodeURIComponent(e.entity)}` : entityHref(e.name, e.type), 'data-link': true }, e.name), ' ', h('span', { class: `tag t-${e.type}` }, e.type),
          e.roles.length ? h('span', { class: 'muted' }, ` ${e.roles.join('; ')}`) : null)))),
    h('section', {},
      h('h2', {}, plural(doc.figures.length, 'figure')),
      h('ul', { class: 'plain' }, doc.figures.map((f, i) =>
        h('li', {}, h('a', { href: `#f${i}`, onclick: (e) => focusTarget(e, `f${i}`) }, f.text), ' — ', figureBounds(f), f.what ? h('span', { class: 'muted' }, ` (${f.what})`) : null)))),
    h('section', {},
      h('h2', {}, plural(doc.times.length, 'date')),
      h('ul', { class: 'plain' }, doc.times.map((t) => h('li', {}, `${t.text} → `, h('code', {}, t.value || '?'))))),
    conflicts && conflicts.items.length
      ? h('section', {}, h('h2', {}, 'Conflicting figures'),
        h('p', {}, link('/figures', `${plural(conflicts.items.length, 'conflict')} involve this article →`)))
      : null,
    h('section', {}, h('h2', {}, 'Sources'), h('ul', { class: 'plain muted' }, sources.map((s) => h('li', {}, s)))),
  );
  layout.append(h('article', { 'aria-label': 'Article text' }, renderText(doc)), side);
  main.append(layout);
  main.append(h('p', { class: 'muted' }, `Document ${doc.id} · `, h('a', { href: `/api/documents/${doc.id}` }, 'JSON')));
}

// Copies of one article under other outlets: outlet (linked to the copy's address), date.
export function copyList(copies) {
  return h('ul', { class: 'plain copy-list' }, copies.map((c) => h('li', {},
    c.url ? h('a', { href: c.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, c.outlet || c.url) : h('strong', {}, c.outlet),
    ` · ${formatDate(c.published)}`,
    c.title ? h('span', { class: 'muted' }, ` · “${c.title}”`) : null)));
}

function focusTarget(e, id) {
  e.preventDefault();
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.focus();
  el.classList.remove('flash');
  void el.offsetWidth;
  el.classList.add('flash');
}
