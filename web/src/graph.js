// Provenance graph of a claim, drawn as SVG: columns run from the primary source (and what it
// cited) through interviews and relays to each article that reported the claim. Nodes are
// merged by label within a column, so relays shared by several reports show as one node and the
// number of independent origins is visible as the number of separate paths.
import { s } from './dom.js';

const KIND = {
  source: 'origin', speaker: 'origin', told: 'relay', interview: 'relay', per: 'relay', reported: 'relay',
  according_to: 'relay', citing: 'relay', other: 'relay', published: 'article',
};

// reports: [{document, title, outlet, published, chain: [{label, how}]}]
export function provenanceGraph(reports, { title }) {
  const columns = [];
  const edges = new Map();
  const depth = Math.max(...reports.map((r) => r.chain.length));
  const nodeAt = (col, key, make) => {
    columns[col] = columns[col] || new Map();
    if (!columns[col].has(key)) columns[col].set(key, make());
    return columns[col].get(key);
  };
  for (const r of reports) {
    let prev = null;
    r.chain.forEach((link, i) => {
      const last = i === r.chain.length - 1;
      const col = last ? depth - 1 : i;
      const key = last ? `doc:${r.document}` : `${link.how}:${link.label}`;
      const node = nodeAt(col, key, () => ({
        label: last ? r.outlet || r.title || link.label : link.label,
        sub: last ? [r.published, r.outlet ? r.title : null].filter(Boolean).join(' · ') : link.how.replaceAll('_', ' '),
        kind: last ? 'article' : KIND[link.how] || 'relay',
        href: last ? `/document/${r.document}` : null,
        reports: 0,
      }));
      node.reports += 1;
      if (prev) edges.set(`${prev.col}:${prev.key}>${col}:${key}`, [prev, { col, key }, link.how]);
      prev = { col, key };
    });
  }
  const colW = 230;
  const nodeW = 190;
  const nodeH = 46;
  const rowGap = 18;
  const maxRows = Math.max(...columns.map((c) => (c ? c.size : 0)));
  const width = columns.length * colW + 20;
  const laneY = maxRows * (nodeH + rowGap) + 14;  // edges that skip a column run below the nodes
  const height = laneY + 24;
  const pos = new Map();
  columns.forEach((col, ci) => {
    if (!col) return;
    const offset = ((maxRows - col.size) * (nodeH + rowGap)) / 2;
    [...col.keys()].forEach((key, ri) => pos.set(`${ci}:${key}`, { x: 10 + ci * colW, y: 15 + offset + ri * (nodeH + rowGap) }));
  });
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'group', 'aria-label': title, class: 'graph', preserveAspectRatio: 'xMinYMin meet' });
  svg.append(s('title', {}, title));
  svg.append(s('defs', {}, s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, s('path', { d: 'M0 0 L10 5 L0 10 z', class: 'arrow-head' }))));
  for (const [from, to, how] of edges.values()) {
    const a = pos.get(`${from.col}:${from.key}`);
    const b = pos.get(`${to.col}:${to.key}`);
    const x1 = a.x + nodeW;
    const y1 = a.y + nodeH / 2;
    const x2 = b.x - 2;
    const y2 = b.y + nodeH / 2;
    const mx = (x1 + x2) / 2;
    let d = `M${x1} ${y1} C${mx} ${y1} ${mx} ${y2} ${x2} ${y2}`;
    if (to.col - from.col > 1) {
      // Pass under the columns in between instead of through their nodes.
      const xa = 10 + (from.col + 1) * colW - 10;
      const xb = 10 + (to.col - 1) * colW + nodeW + 10;
      d = `M${x1} ${y1} C${xa} ${y1} ${x1} ${laneY} ${xa} ${laneY} L${xb} ${laneY} C${x2} ${laneY} ${xb} ${y2} ${x2} ${y2}`;
    }
    svg.append(s('path', { d, class: `edge edge-${how}`, 'marker-end': 'url(#arrow)' }, s('title', {}, how.replaceAll('_', ' '))));
  }
  columns.forEach((col, ci) => {
    if (!col) return;
    for (const [key, node] of col) {
      const p = pos.get(`${ci}:${key}`);
      const label = node.label.length > 28 ? `${node.label.slice(0, 27)}…` : node.label;
      const sub = node.sub && node.sub.length > 34 ? `${node.sub.slice(0, 33)}…` : node.sub;
      const g = s('g', { class: `node node-${node.kind}`, 'data-node': node.kind, 'data-label': node.label },
        s('title', {}, `${node.label}${node.sub ? ` — ${node.sub}` : ''} (${node.reports} report${node.reports === 1 ? '' : 's'})`),
        s('rect', { x: p.x, y: p.y, width: nodeW, height: nodeH, rx: 6 }),
        s('text', { x: p.x + 10, y: p.y + 19, class: 'node-label' }, label),
        s('text', { x: p.x + 10, y: p.y + 36, class: 'node-sub' }, sub || ''));
      if (node.href) {
        const a = s('a', { href: node.href, 'data-link': true, 'aria-label': `${node.label}: open article` });
        a.append(g);
        svg.append(a);
      } else {
        svg.append(g);
      }
    }
  });
  return svg;
}
