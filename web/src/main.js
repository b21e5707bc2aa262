// claimtrace web interface: a small client-side router over the JSON API. Each page module
// exports render(main, url) and fills <main>; links marked data-link navigate without a reload.
import './style.css';
import { errorBox } from './dom.js';
import { hideTooltip } from './tooltip.js';
import * as home from './pages/home.js';
import * as search from './pages/search.js';
import * as documents from './pages/documents.js';
import * as article from './pages/article.js';
import * as entities from './pages/entities.js';
import * as entity from './pages/entity.js';
import * as claims from './pages/claims.js';
import * as claim from './pages/claim.js';
import * as figures from './pages/figures.js';

const routes = [
  [/^\/$/, home],
  [/^\/search$/, search],
  [/^\/documents$/, documents],
  [/^\/document\/([0-9a-f]{16})$/, article],
  [/^\/entities$/, entities],
  [/^\/entity$/, entity],
  [/^\/claims$/, claims],
  [/^\/claim\/(c[0-9]+)$/, claim],
  [/^\/figures$/, figures],
];

async function render() {
  hideTooltip();
  const main = document.getElementById('main');
  const url = new URL(window.location.href);
  const input = document.getElementById('search-input');
  if (url.pathname === '/search') input.value = url.searchParams.get('q') || '';
  for (const a of document.querySelectorAll('nav[aria-label="Main"] a')) {
    if (url.pathname.startsWith(a.getAttribute('href').replace(/s$/, ''))) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  for (const [pattern, page] of routes) {
    const m = url.pathname.match(pattern);
    if (m) {
      main.replaceChildren();
      try {
        await page.render(main, url, m);
      } catch (err) {
        main.replaceChildren(errorBox(err));
      }
      if (url.hash) {
        const target = document.getElementById(url.hash.slice(1));
        if (target) {
          target.scrollIntoView({ block: 'center' });
          target.classList.add('flash');
        }
      }
      return;
    }
  }
  main.replaceChildren(errorBox(new Error(`no page at ${url.pathname}`)));
}

export function navigate(href) {
  window.history.pushState({}, '', href);
  render().then(() => {
    window.scrollTo(0, 0);
    document.getElementById('main').focus({ preventScroll: true });
  });
}

document.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-link]');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  navigate(a.getAttribute('href'));
});

document.getElementById('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = document.getElementById('search-input').value.trim();
  if (q) navigate(`/search?q=${encodeURIComponent(q)}`);
});

window.addEventListener('popstate', render);
render();
