#!/usr/bin/env python3
"""Scores attribution predictions against PolNeAR (brat standoff): source, cue and content.

Usage:
  polnear_eval.py --gold DIR --pred PRED.jsonl [--slice K/N] [--json OUT.json] [--errors N]
  polnear_eval.py --gold DIR --agreement
  polnear_eval.py --self-test

DIR is a PolNeAR split directory holding attributions/*.ann and text/*.txt (e.g.
/work/shared/data/polnear/dev). PRED.jsonl has one line per document:
  {"doc": "<.ann file name without .ann>", "offsets": "byte" | "char",
   "attributions": [{"source": [[s, e], ...], "cue": [[s, e], ...], "content": [[s, e], ...]}]}
Offsets are half-open, into the document's text file; "byte" offsets are UTF-8 byte offsets (what
`attrib_tool predict` writes), "char" offsets count code points (what brat uses). A gold document
with no prediction line counts as "predicted nothing" (and is listed on stderr).

Metrics (documented in docs/quality.md, section Attribution):
* Tokens: the text is split into tokens = maximal runs of letters/digits/underscore, and every other
  non-space character on its own (so a quote mark or a comma is one token). A span covers a token when
  they share at least one character.
* Matching: predicted and gold attributions are paired one-to-one. A pair is a candidate when their
  cues share a token, or when one of them has no cue and their contents share a token. Candidates are
  taken greedily by (cue Jaccard, content Jaccard + source Jaccard), best first.
* Exact: a matched pair scores for a role when both have the role and the role's spans are identical
  (after trimming white space at both ends of each piece). P = hits / predicted attributions having the
  role, R = hits / gold attributions having the role.
* Token overlap (the headline number, Citron-style partial credit): P = tokens shared by matched
  pairs / all predicted role tokens, R = the same / all gold role tokens. Unmatched predictions and gold
  attributions contribute only to the denominators.
* Unlinked token overlap: per document, the union of role tokens over all predicted attributions
  against the union over all gold ones, ignoring which attribution they belong to.
* Citron-style overlap (only to compare with numbers published for BBC's Citron): the shared tokens
  are summed over ALL (predicted, gold) pairs, without matching, as Citron's evaluation script does;
  nested or repeated spans are counted several times, so this is the most lenient of the four.
Python 3 standard library only.
"""

import argparse
import json
import os
import re
import sys

TOKEN_RE = re.compile(r"\w+|[^\w\s]", re.UNICODE)
ROLES = ("source", "cue", "content")
BRAT_ROLE = {"Source": "source", "Cue": "cue", "Content": "content"}


def error(msg):
    print("polnear_eval: error: " + msg, file=sys.stderr)


def parse_ann(path, text):
    """Returns the list of gold attributions {role: [(s, e), ...]} of one .ann file (char offsets)."""
    spans = {}
    relations = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2 or not re.fullmatch(r"[TE]\d+", parts[0]):
                continue  # annotator notes and the continuation lines of multi-line span texts
            if parts[0][0] == "T":
                label, _, ranges = parts[1].partition(" ")
                pieces = []
                try:
                    for r in ranges.split(";"):
                        s, e = r.split()
                        pieces.append((int(s), int(e)))
                except ValueError:
                    error("%s:%d: bad span list %r" % (path, lineno, ranges))
                    continue
                if any(s < 0 or e > len(text) or s > e for s, e in pieces):
                    error("%s:%d: span outside the text" % (path, lineno))
                    continue
                spans[parts[0]] = (label, pieces)
            else:
                relations.append((lineno, parts[1].split()))
    atts = []
    for lineno, args in relations:
        att = {r: [] for r in ROLES}
        for arg in args:
            role, _, tid = arg.partition(":")
            role = re.sub(r"\d+$", "", role)
            if role in BRAT_ROLE:
                if tid not in spans:
                    error("%s:%d: unknown span %s" % (path, lineno, tid))
                    continue
                att[BRAT_ROLE[role]].extend(spans[tid][1])
        atts.append({r: sorted(v) for r, v in att.items()})
    return atts


def text_name(ann_name):
    return ann_name.rsplit("_", 1)[0]  # "<doc>_<annotator>" -> "<doc>"


def load_gold(split_dir, slice_spec, all_annotations=False):
    """Gold documents by .ann name. A few texts were annotated by several annotators; unless
    all_annotations, only the first annotation (by file name) of each text is kept."""
    ann_dir = os.path.join(split_dir, "attributions")
    text_dir = os.path.join(split_dir, "text")
    docs = {}
    names = sorted(n[:-4] for n in os.listdir(ann_dir) if n.endswith(".ann"))
    if not all_annotations:
        seen = set()
        names = [n for n in names if not (text_name(n) in seen or seen.add(text_name(n)))]
    if slice_spec:
        k, n = slice_spec
        names = [x for i, x in enumerate(names) if i % n == k]
    for name in names:
        text_path = os.path.join(text_dir, text_name(name) + ".txt")
        if not os.path.exists(text_path):
            text_path = os.path.join(text_dir, name + ".txt")
        try:
            with open(text_path, encoding="utf-8", newline="") as f:
                text = f.read()
        except OSError as e:
            error("%s: cannot read text: %s" % (text_path, e.strerror))
            continue
        docs[name] = {"text": text, "gold": parse_ann(os.path.join(ann_dir, name + ".ann"), text)}
    return docs


def byte_to_char_map(text):
    """Byte offset -> char offset for every char boundary (and the end)."""
    m = {}
    b = 0
    for i, ch in enumerate(text):
        m[b] = i
        b += len(ch.encode("utf-8"))
    m[b] = len(text)
    return m


def convert_spans(raw, offsets, bmap, text_len, where):
    out = []
    if raw is None:
        return out
    if not isinstance(raw, list):
        raise ValueError("%s: spans must be a list" % where)
    for piece in raw:
        if not (isinstance(piece, list) and len(piece) == 2 and all(isinstance(x, int) for x in piece)):
            raise ValueError("%s: span must be [start, end]" % where)
        s, e = piece
        if offsets == "byte":
            if s not in bmap or e not in bmap:
                raise ValueError("%s: byte offset %s not on a character boundary" % (where, piece))
            s, e = bmap[s], bmap[e]
        if not (0 <= s <= e <= text_len):
            raise ValueError("%s: span %s outside the text" % (where, piece))
        if e > s:
            out.append((s, e))
    return sorted(out)


def load_pred(path, docs):
    preds = {}
    bad = 0
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = "%s:%d" % (path, lineno)
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                error("%s: invalid JSON: %s" % (where, e.msg))
                bad += 1
                continue
            name = obj.get("doc") if isinstance(obj, dict) else None
            if not isinstance(name, str):
                error("%s: missing \"doc\"" % where)
                bad += 1
                continue
            if name not in docs:
                continue  # outside the scored set (e.g. another slice)
            text = docs[name]["text"]
            offsets = obj.get("offsets", "char")
            bmap = byte_to_char_map(text) if offsets == "byte" else None
            atts = []
            try:
                if offsets not in ("byte", "char"):
                    raise ValueError("%s: \"offsets\" must be \"byte\" or \"char\"" % where)
                for i, a in enumerate(obj.get("attributions", [])):
                    atts.append({r: convert_spans(a.get(r), offsets, bmap, len(text),
                                                  "%s: attribution %d %s" % (where, i, r))
                                 for r in ROLES})
            except (ValueError, AttributeError) as e:
                error(str(e))
                bad += 1
                continue
            preds[name] = atts
    return preds, bad


class Tokens:
    """Token boundaries of one text and span -> token-set lookups."""

    def __init__(self, text):
        self.starts = []
        self.ends = []
        for m in TOKEN_RE.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def cover(self, spans):
        import bisect
        out = set()
        for s, e in spans:
            i = bisect.bisect_right(self.ends, s)  # first token ending after s
            while i < len(self.starts) and self.starts[i] < e:
                out.add(i)
                i += 1
        return out


def trimmed(text, spans):
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return tuple(out)


def jaccard(a, b):
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


def match(pred_toks, gold_toks):
    """One-to-one greedy matching; returns [(pred index, gold index)]."""
    cands = []
    for i, p in enumerate(pred_toks):
        for j, g in enumerate(gold_toks):
            cue_shared = p["cue"] & g["cue"]
            if cue_shared:
                key = (jaccard(p["cue"], g["cue"]),
                       jaccard(p["content"], g["content"]) + jaccard(p["source"], g["source"]))
            elif (not p["cue"] or not g["cue"]) and (p["content"] & g["content"]):
                key = (0.0, jaccard(p["content"], g["content"]) + jaccard(p["source"], g["source"]))
            else:
                continue
            cands.append((key, i, j))
    cands.sort(key=lambda c: (-c[0][0], -c[0][1], c[1], c[2]))
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in cands:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return pairs


def new_counts():
    c = {}
    for r in ROLES:
        c[r] = {"exact_hit": 0, "pred_n": 0, "gold_n": 0, "tok_shared": 0, "tok_pred": 0,
                "tok_gold": 0, "u_shared": 0, "u_pred": 0, "u_gold": 0, "c_shared": 0}
    c["attributions"] = {"pred": 0, "gold": 0, "matched": 0}
    return c


def score_doc(text, pred, gold, counts):
    toks = Tokens(text)
    pt = [{r: toks.cover(a[r]) for r in ROLES} for a in pred]
    gt = [{r: toks.cover(a[r]) for r in ROLES} for a in gold]
    pairs = match(pt, gt)
    counts["attributions"]["pred"] += len(pred)
    counts["attributions"]["gold"] += len(gold)
    counts["attributions"]["matched"] += len(pairs)
    for r in ROLES:
        c = counts[r]
        c["pred_n"] += sum(1 for a in pred if a[r])
        c["gold_n"] += sum(1 for a in gold if a[r])
        c["tok_pred"] += sum(len(a[r]) for a in pt)
        c["tok_gold"] += sum(len(a[r]) for a in gt)
        for i, j in pairs:
            c["tok_shared"] += len(pt[i][r] & gt[j][r])
            if pred[i][r] and gold[j][r] and trimmed(text, pred[i][r]) == trimmed(text, gold[j][r]):
                c["exact_hit"] += 1
        for p in pt:
            for g in gt:
                c["c_shared"] += len(p[r] & g[r])
        up = set().union(*(a[r] for a in pt)) if pt else set()
        ug = set().union(*(a[r] for a in gt)) if gt else set()
        c["u_shared"] += len(up & ug)
        c["u_pred"] += len(up)
        c["u_gold"] += len(ug)
    return pairs


def prf(hit_p, n_p, hit_r, n_r):
    p = hit_p / n_p if n_p else 0.0
    r = hit_r / n_r if n_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f1": round(100 * f, 2)}


def summarize(counts):
    out = {"attributions": counts["attributions"]}
    for r in ROLES:
        c = counts[r]
        out[r] = {
            "exact": prf(c["exact_hit"], c["pred_n"], c["exact_hit"], c["gold_n"]),
            "overlap": prf(c["tok_shared"], c["tok_pred"], c["tok_shared"], c["tok_gold"]),
            "unlinked_overlap": prf(c["u_shared"], c["u_pred"], c["u_shared"], c["u_gold"]),
            "citron_overlap": prf(c["c_shared"], c["tok_pred"], c["c_shared"], c["tok_gold"]),
        }
    return out


def print_table(summary, out=sys.stdout):
    a = summary["attributions"]
    print("attributions: predicted %d, gold %d, matched %d" % (a["pred"], a["gold"], a["matched"]),
          file=out)
    print("%-8s %-17s %7s %7s %7s" % ("role", "metric", "P", "R", "F1"), file=out)
    for r in ROLES:
        for m in ("exact", "overlap", "unlinked_overlap", "citron_overlap"):
            s = summary[r][m]
            print("%-8s %-17s %7.2f %7.2f %7.2f" % (r, m, s["p"], s["r"], s["f1"]), file=out)


def load_cue_classes(path):
    """Word form -> class name from data/lexicons/attrib_cues.tsv (first class listed wins)."""
    forms = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 3:
                continue
            cls = cols[1].split(",")[0].strip()
            for w in cols[2].split():
                forms.setdefault(w.lower(), cls)
    return forms


def cue_class(text, spans, forms):
    words = [w.lower() for s, e in spans for w in re.findall(r"[A-Za-z']+", text[s:e])]
    for w in reversed(words):
        if w in forms:
            return forms[w]
    return "outside-lexicon" if words else "non-word"


def count_cue_classes(text, pred, gold, pairs, forms, table):
    """Per cue class: gold cues found (matched) and predicted cues that match a gold one."""
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    for j, g in enumerate(gold):
        if g["cue"]:
            row = table.setdefault(cue_class(text, g["cue"], forms), [0, 0, 0, 0])
            row[0] += 1
            row[1] += j in matched_g
    for i, a in enumerate(pred):
        if a["cue"]:
            row = table.setdefault(cue_class(text, a["cue"], forms), [0, 0, 0, 0])
            row[2] += 1
            row[3] += i in matched_p


def print_cue_classes(table, out=sys.stdout):
    print("%-16s %6s %7s %6s %7s" % ("cue class", "gold", "recall", "pred", "prec."), file=out)
    for cls in sorted(table, key=lambda c: -table[c][0]):
        g, gf, p, pm = table[cls]
        print("%-16s %6d %7.1f %6d %7.1f" % (cls, g, 100.0 * gf / g if g else 0.0, p,
                                              100.0 * pm / p if p else 0.0), file=out)


def show_errors(docs, preds, limit):
    """Prints up to `limit` unmatched gold and predicted attributions for error analysis."""
    shown = 0
    for name, d in docs.items():
        text, gold, pred = d["text"], d["gold"], preds.get(name, [])
        toks = Tokens(text)
        pairs = match([{r: toks.cover(a[r]) for r in ROLES} for a in pred],
                      [{r: toks.cover(a[r]) for r in ROLES} for a in gold])
        mp = {i for i, _ in pairs}
        mg = {j for _, j in pairs}
        fmt = lambda spans: " | ".join(text[s:e] for s, e in spans).replace("\n", " ")[:160]
        for kind, atts, seen in (("MISSED", gold, mg), ("SPURIOUS", pred, mp)):
            for k, a in enumerate(atts):
                if k in seen:
                    continue
                print("%s %s\n  src: %s\n  cue: %s\n  con: %s" %
                      (kind, name, fmt(a["source"]), fmt(a["cue"]), fmt(a["content"])))
                shown += 1
                if shown >= limit:
                    return


def agreement(split_dir):
    """Annotator agreement under the same metrics: for every text with several annotations, each
    annotation is scored against each other one (both directions), and the counts are pooled."""
    docs = load_gold(split_dir, None, all_annotations=True)
    groups = {}
    for name in docs:
        groups.setdefault(text_name(name), []).append(name)
    counts = new_counts()
    texts = 0
    for names in groups.values():
        if len(names) < 2:
            continue
        texts += 1
        for a in names:
            for b in names:
                if a != b:
                    score_doc(docs[a]["text"], docs[a]["gold"], docs[b]["gold"], counts)
    summary = summarize(counts)
    print("annotator agreement on %d multiply annotated texts" % texts)
    print_table(summary)
    return 0


def self_test():
    # Cue classes: the last lexicon word of the cue decides; no lexicon word -> outside-lexicon.
    forms = {"said": "speech", "believe": "belief"}
    t = "He has said it. They may believe it. She took issue with it."
    assert cue_class(t, [(3, 11)], forms) == "speech"
    assert cue_class(t, [(21, 32)], forms) == "belief"
    assert cue_class(t, [(41, 56)], forms) == "outside-lexicon"
    table = {}
    count_cue_classes(t, [{"cue": [(7, 11)]}], [{"cue": [(3, 11)]}, {"cue": [(41, 56)]}],
                      [(0, 0)], forms, table)
    assert table == {"speech": [1, 1, 1, 1], "outside-lexicon": [1, 0, 0, 0]}, table
    text = 'Kerry said that 100,000 would come. "It is fine," he said.'
    gold = [{"source": [(0, 5)], "cue": [(6, 10)], "content": [(11, 35)]},
            {"source": [(50, 52)], "cue": [(53, 57)], "content": [(36, 49)]}]
    c = new_counts()
    score_doc(text, [dict(g) for g in gold], gold, c)
    s = summarize(c)
    for r in ROLES:
        assert s[r]["exact"]["f1"] == 100.0 and s[r]["overlap"]["f1"] == 100.0, (r, s[r])
    # Content missing its last word; the second attribution missed; a spurious one added.
    pred = [{"source": [(0, 5)], "cue": [(6, 10)], "content": [(11, 30)]},
            {"source": [], "cue": [(16, 23)], "content": [(24, 29)]}]
    c = new_counts()
    score_doc(text, pred, gold, c)
    s = summarize(c)
    assert c["attributions"]["matched"] == 1
    assert c["content"]["tok_shared"] == 5, c["content"]  # that 100 , 000 would (not: come .)
    assert c["content"]["tok_gold"] == 7 + 6, c["content"]  # "It is fine," is 6 tokens
    assert s["cue"]["exact"]["p"] == 50.0 and s["cue"]["exact"]["r"] == 50.0
    assert s["source"]["exact"]["p"] == 100.0 and s["source"]["exact"]["r"] == 50.0
    # byte offsets with a multi-byte character
    t2 = "“Yes,” she said."
    bmap = byte_to_char_map(t2)
    assert convert_spans([[0, 10]], "byte", bmap, len(t2), "t") == [(0, 6)]
    try:
        convert_spans([[1, 9]], "byte", bmap, len(t2), "t")
        raise AssertionError("mid-character offset accepted")
    except ValueError:
        pass
    # Matching prefers the pair with the same cue over a content-only pair.
    pt = [{"cue": {1}, "content": {3, 4}, "source": {0}}]
    gt = [{"cue": set(), "content": {3, 4}, "source": set()},
          {"cue": {1}, "content": {3}, "source": {0}}]
    assert match(pt, gt) == [(0, 1)]
    print("polnear_eval self-test: OK")
    return 0


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", help="PolNeAR split directory (attributions/, text/)")
    ap.add_argument("--pred", help="predictions, JSON Lines")
    ap.add_argument("--slice", help="score only documents whose index (sorted by name) is K mod N")
    ap.add_argument("--json", help="also write the summary as JSON to this file")
    ap.add_argument("--errors", type=int, default=0, help="print up to N unmatched attributions")
    ap.add_argument("--all-annotations", action="store_true",
                    help="score every annotation of multiply annotated texts (default: the first)")
    ap.add_argument("--agreement", action="store_true",
                    help="print annotator agreement on the multiply annotated texts of --gold")
    ap.add_argument("--self-test", action="store_true", help="run the built-in checks")
    ap.add_argument("--cue-classes", metavar="CUES_TSV",
                    help="also print cue recall/precision per cue class, classes read from this "
                         "lexicon (data/lexicons/attrib_cues.tsv); a matched attribution counts")
    args = ap.parse_args(argv)
    if args.self_test:
        return self_test()
    if args.agreement and args.gold:
        return agreement(args.gold)
    if not args.gold or not args.pred:
        ap.error("--gold and --pred are required")
    slice_spec = None
    if args.slice:
        m = re.fullmatch(r"(\d+)/(\d+)", args.slice)
        if not m or int(m.group(2)) == 0 or int(m.group(1)) >= int(m.group(2)):
            ap.error("--slice must be K/N with 0 <= K < N")
        slice_spec = (int(m.group(1)), int(m.group(2)))
    if not os.path.isdir(os.path.join(args.gold, "attributions")):
        error("%s: not a PolNeAR split directory (no attributions/)" % args.gold)
        return 2
    docs = load_gold(args.gold, slice_spec, args.all_annotations)
    try:
        preds, bad = load_pred(args.pred, docs)
    except OSError as e:
        error("%s: cannot read: %s" % (args.pred, e.strerror))
        return 2
    missing = [n for n in docs if n not in preds]
    if missing:
        print("polnear_eval: %d documents without predictions (scored as empty), e.g. %s" %
              (len(missing), missing[0]), file=sys.stderr)
    counts = new_counts()
    forms = load_cue_classes(args.cue_classes) if args.cue_classes else None
    cue_table = {}
    for name, d in docs.items():
        pairs = score_doc(d["text"], preds.get(name, []), d["gold"], counts)
        if forms is not None:
            count_cue_classes(d["text"], preds.get(name, []), d["gold"], pairs, forms, cue_table)
    summary = summarize(counts)
    summary["documents"] = len(docs)
    print("documents: %d" % len(docs))
    print_table(summary)
    if forms is not None:
        print_cue_classes(cue_table)
    if args.errors:
        show_errors(docs, preds, args.errors)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(summary, f, indent=1, sort_keys=True)
            f.write("\n")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
