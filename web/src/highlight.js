// Article highlighting. Annotations carry UTF-8 byte offsets into the text; the browser works
// in UTF-16, so offsets are mapped once. The text is cut at every annotation boundary and each
// piece becomes a span carrying the kinds and ids of every annotation covering it, so
// overlapping annotations (a figure inside a quote inside a sentence) all show.

// Maps UTF-8 byte offsets to UTF-16 indexes: table[byte] = index (for byte boundaries).
export function byteToUtf16Table(text) {
  const table = new Int32Array(new TextEncoder().encode(text).length + 1).fill(-1);
  let byte = 0;
  let unit = 0;
  for (const ch of text) {
    table[byte] = unit;
    const cp = ch.codePointAt(0);
    byte += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    unit += ch.length;
  }
  table[byte] = unit;
  return table;
}

// [{start, end, kind, id}] (byte offsets) -> [{start, end, anns: [...]}] (UTF-16) covering text.
export function segments(text, annotations) {
  const table = byteToUtf16Table(text);
  const conv = (b) => (b >= 0 && b < table.length && table[b] >= 0 ? table[b] : null);
  const anns = [];
  for (const a of annotations) {
    const start = conv(a.start);
    const end = conv(a.end);
    if (start === null || end === null || end <= start) continue;
    anns.push({ ...a, start, end });
  }
  const cuts = new Set([0, text.length]);
  for (const a of anns) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    out.push({ start, end, anns: anns.filter((a) => a.start <= start && end <= a.end) });
  }
  return out;
}
