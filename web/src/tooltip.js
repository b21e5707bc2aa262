// One shared tooltip: shown next to an element on hover or keyboard focus, hidden on leave,
// blur or Escape. The element gets aria-describedby while the tooltip describes it.

const tip = () => document.getElementById('tooltip');
let owner = null;

export function showTooltip(el, content) {
  const t = tip();
  t.replaceChildren(...content);
  t.hidden = false;
  owner = el;
  el.setAttribute('aria-describedby', 'tooltip');
  const r = el.getBoundingClientRect();
  const width = Math.min(380, window.innerWidth - 16);
  t.style.maxWidth = `${width}px`;
  let left = Math.min(window.scrollX + r.left, window.scrollX + window.innerWidth - width - 8);
  t.style.left = `${Math.max(8, left)}px`;
  t.style.top = `${window.scrollY + r.bottom + 6}px`;
}

export function hideTooltip() {
  const t = tip();
  if (t) t.hidden = true;
  if (owner) owner.removeAttribute('aria-describedby');
  owner = null;
}

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') hideTooltip();
});
