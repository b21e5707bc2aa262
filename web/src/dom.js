// Small DOM helpers: every piece of data reaches the page as a text node or an attribute value,
// never as HTML, so stored article text cannot inject markup.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.setAttribute('class', value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

// A link handled by the client-side router.
export function link(href, ...children) {
  return h('a', { href, 'data-link': true }, ...children);
}

export function qs(params) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') u.set(k, String(v));
  }
  const text = u.toString();
  return text ? `?${text}` : '';
}

export function entityHref(name, type) {
  return `/entity${qs({ name, type })}`;
}

export function documentHref(id, statement) {
  return `/document/${encodeURIComponent(id)}${statement !== undefined && statement !== null ? `#s${statement}` : ''}`;
}

export function formatDate(d) {
  return d || 'undated';
}

export function plural(n, one, many = `${one}s`) {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

export function loading() {
  return h('p', { class: 'muted', role: 'status' }, 'Loading…');
}

export function errorBox(err) {
  return h('div', { class: 'error', role: 'alert' }, h('strong', {}, 'Could not load: '), String(err.message || err));
}

// Previous/next buttons for a page object {limit, offset, total?, next_offset}.
export function pager(page, go) {
  const prev = page.offset > 0;
  const next = page.next_offset !== null && page.next_offset !== undefined;
  if (!prev && !next) return null;
  const from = page.offset + 1;
  const to = page.offset + page.items.length;
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'Pages' },
    h('button', { type: 'button', disabled: !prev, onclick: () => go(Math.max(0, page.offset - page.limit)) }, '← Previous'),
    h('span', { class: 'muted' }, page.total !== undefined ? `${from}–${to} of ${page.total}` : `${from}–${to}`),
    h('button', { type: 'button', disabled: !next, onclick: () => go(page.next_offset) }, 'Next →'),
  );
}
