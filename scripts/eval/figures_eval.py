#!/usr/bin/env python3
"""Scores claimtrace figures and time expressions against hand-annotated data.

Two sets (see docs/quality.md, "Figures and times"):
  dev      tests/eval/figures/dev.txt: news-style sentences written for this project, with
           expected figures and times inline. Used while writing the rules.
  a        tests/eval/figures/heldout.tsv: byte offsets and expected values for passages of
           real news text in /work/shared/data/polnear/dev/text and the GUM news (Wikinews)
           documents of /work/shared/corpus/gum-news (the text stays there; the set is skipped
           when it is absent). Annotated before the extractor was run on it; its round-1 errors
           then guided one revision, so it is development data now (docs/quality.md).
  b        tests/eval/figures/heldout_b.tsv: same format, passages of news-publisher pages in
           /work/shared/data/html-dev and PolNeAR dev files not in a. Held out for one
           evaluation; its errors then guided a second revision, so it is development data now.
  c        tests/eval/figures/heldout_c.tsv: held out for round 2 (other html-dev pages and
           PolNeAR dev files), annotated after the second revision and evaluated once.
  d        tests/eval/figures/heldout_d.tsv: held out for round 3 (html-dev pages and PolNeAR
           train files never used before), annotated before any round-3 run; its T records
           carry a 7th column, the gold TIMEX3 mod, scored as "mod right".
  e        tests/eval/figures/heldout_e.txt: held out for round 4, 165 news-style items written
           for this project (dev.txt format), figures only (times are not annotated and not
           scored), annotated before the extractor ran on them.
  f        tests/eval/figures/heldout_f.tsv: held out after round 4, heldout_d.tsv format (T
           records with a mod column), passages of html-dev pages and PolNeAR dev files never
           used before; figures scored once, then times annotated and scored once.

Metrics. Figures: a system figure matches a gold figure when their spans overlap (one-to-one,
in text order); it is value-correct when low, high, qualifier and unit are all equal (numbers
within 0.01 + 1e-9 relative). Precision/recall/F1 are reported for value-correct matches and
for span matches alone. Times: detection precision/recall/F1 by span overlap, and value
accuracy = gold expressions whose matched system expression has exactly the gold value,
divided by all gold expressions (a missed expression counts as wrong). Where the gold has a
mod column (sets d, f), "mod right" counts detected expressions whose mod equals the gold mod.

Usage: scripts/eval/figures_eval.py --binary build/bin/claimtrace [--set dev|a|b|c|d|e|f|all]
       [--errors] [--shared /work/shared]
Python 3 standard library only.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DEV = os.path.join(ROOT, "tests", "eval", "figures", "dev.txt")
SET_E = os.path.join(ROOT, "tests", "eval", "figures", "heldout_e.txt")
HELDOUT = {
    "a": os.path.join(ROOT, "tests", "eval", "figures", "heldout.tsv"),
    "b": os.path.join(ROOT, "tests", "eval", "figures", "heldout_b.tsv"),
    "c": os.path.join(ROOT, "tests", "eval", "figures", "heldout_c.tsv"),
    "d": os.path.join(ROOT, "tests", "eval", "figures", "heldout_d.tsv"),
    "f": os.path.join(ROOT, "tests", "eval", "figures", "heldout_f.tsv"),
}


class Gold:
    def __init__(self):
        self.figures = []  # dicts: start, end, low, high, qualifier, unit
        self.times = []    # dicts: start, end, type, value


def parse_dev(path):
    """Returns a list of items: dict(id, published, text, figs, times, inferred)."""
    items = []
    cur = None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line.startswith("#") and cur is None:
                continue
            if line.startswith("@ "):
                parts = line.split()
                cur = {"id": parts[1], "published": None if parts[2] == "-" else parts[2],
                       "lines": [], "figs": [], "times": [], "inferred": "unset"}
                items.append(cur)
            elif cur is None:
                continue
            elif line.startswith("F|"):
                fields = [x.strip() for x in line[2:].split("|")]
                low, high, qual, unit = fields[1].split()
                cur["figs"].append({"span": fields[0], "low": float(low), "high": float(high),
                                    "qualifier": qual, "unit": None if unit == "-" else unit})
            elif line.startswith("T|"):
                fields = [x.strip() for x in line[2:].split("|")]
                typ, val = fields[1].split()
                cur["times"].append({"span": fields[0], "type": typ,
                                     "value": None if val == "null" else val})
            elif line.startswith("P|"):
                v = line[2:].strip()
                cur["inferred"] = None if v == "null" else v
            else:
                cur["lines"].append(line)
    for it in items:
        while it["lines"] and not it["lines"][-1].strip():
            it["lines"].pop()
        it["text"] = "\n".join(it["lines"])
    return items


def locate(text_bytes, spans, label):
    """Finds each span (in order) in text_bytes; returns (start, end) byte offsets or None."""
    out = []
    pos = 0
    for s in spans:
        needle = s.encode("utf-8")
        k = text_bytes.find(needle, pos)
        if k < 0:
            k = text_bytes.find(needle)
        if k < 0:
            print(f"warning: {label}: span {s!r} not found", file=sys.stderr)
            out.append(None)
            continue
        out.append((k, k + len(needle)))
        pos = k + 1
    return out


def run_extract(binary, docs):
    """docs: list of dict(id, text, published). Returns dict id -> output document."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for d in docs:
            rec = {"id": d["id"], "text": d["text"]}
            if d.get("published"):
                rec["published"] = d["published"]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        path = f.name
    try:
        res = subprocess.run([binary, "extract", "--threads", "1", "-q", path],
                             capture_output=True, check=False)
    finally:
        os.unlink(path)
    if res.returncode not in (0, 1):
        sys.exit(f"claimtrace extract failed ({res.returncode}): {res.stderr.decode()[:500]}")
    out = {}
    for line in res.stdout.decode("utf-8").splitlines():
        doc = json.loads(line)
        out[doc["input_id"]] = doc
    return out


def close(a, b):
    return abs(a - b) <= 0.01 + 1e-9 * max(abs(a), abs(b))


def fig_value_ok(g, s):
    return (close(g["low"], s["low"]) and close(g["high"], s["high"])
            and g["qualifier"] == s["qualifier"] and g["unit"] == s["unit"])


def overlap(a, b):
    return a["start"] < b["end"] and b["start"] < a["end"]


def match(gold, system):
    """One-to-one overlap matching in text order. Returns list of (g, s or None)."""
    used = set()
    pairs = []
    for g in gold:
        hit = None
        for k, s in enumerate(system):
            if k not in used and overlap(g, s):
                hit = k
                break
        if hit is not None:
            used.add(hit)
            pairs.append((g, system[hit]))
        else:
            pairs.append((g, None))
    return pairs


class Scores:
    def __init__(self):
        self.fg = self.fs = self.f_span = self.f_value = 0
        self.tg = self.ts = self.t_span = self.t_value = self.t_type = 0
        self.t_mod_n = self.t_mod_ok = 0
        self.errors = []

    context = 0  # bytes of context shown around each figure error (--context)

    def add(self, label, text_bytes, gold_figs, sys_figs, gold_times, sys_times):
        def snip(x):
            s = text_bytes[x["start"]:x["end"]].decode("utf-8", "replace")
            if not Scores.context:
                return s
            a = max(0, x["start"] - Scores.context)
            b = x["end"] + Scores.context
            pre = text_bytes[a:x["start"]].decode("utf-8", "replace")
            post = text_bytes[x["end"]:b].decode("utf-8", "replace")
            return (pre + "[" + s + "]" + post).replace("\n", " ")

        self.fg += len(gold_figs)
        self.fs += len(sys_figs)
        matched = set()
        for g, s in match(gold_figs, sys_figs):
            if s is None:
                self.errors.append(f"{label}: figure missed: {snip(g)!r} "
                                   f"{g['low']:g} {g['high']:g} {g['qualifier']} {g['unit']}")
                continue
            matched.add(id(s))
            self.f_span += 1
            if fig_value_ok(g, s):
                self.f_value += 1
            else:
                self.errors.append(
                    f"{label}: figure wrong: {snip(g)!r} gold {g['low']:g} {g['high']:g} "
                    f"{g['qualifier']} {g['unit']} / got {snip(s)!r} {s['low']:g} {s['high']:g} "
                    f"{s['qualifier']} {s['unit']}")
        for s in sys_figs:
            if id(s) not in matched:
                self.errors.append(f"{label}: figure extra: {snip(s)!r} {s['low']:g} "
                                   f"{s['high']:g} {s['qualifier']} {s['unit']}")
        self.tg += len(gold_times)
        self.ts += len(sys_times)
        matched = set()
        for g, s in match(gold_times, sys_times):
            if s is None:
                self.errors.append(f"{label}: time missed: {snip(g)!r} {g['type']} {g['value']}")
                continue
            matched.add(id(s))
            self.t_span += 1
            if s["type"] == g["type"]:
                self.t_type += 1
            if "mod" in g:
                self.t_mod_n += 1
                if s.get("mod") == g["mod"]:
                    self.t_mod_ok += 1
                else:
                    self.errors.append(f"{label}: time mod wrong: {snip(g)!r} gold {g['mod']} "
                                       f"/ got {s.get('mod')}")
            if s["value"] == g["value"]:
                self.t_value += 1
            else:
                self.errors.append(f"{label}: time wrong: {snip(g)!r} gold {g['type']} "
                                   f"{g['value']} / got {snip(s)!r} {s['type']} {s['value']}")
        for s in sys_times:
            if id(s) not in matched:
                self.errors.append(f"{label}: time extra: {snip(s)!r} {s['type']} {s['value']}")

    def report(self, name):
        def prf(tp, ns, ng):
            p = tp / ns if ns else 0.0
            r = tp / ng if ng else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return 100 * p, 100 * r, 100 * f

        print(f"== {name}")
        print(f"figures: gold {self.fg}, system {self.fs}")
        print("  value  P %.1f  R %.1f  F1 %.1f" % prf(self.f_value, self.fs, self.fg))
        print("  span   P %.1f  R %.1f  F1 %.1f" % prf(self.f_span, self.fs, self.fg))
        print(f"times: gold {self.tg}, system {self.ts}")
        print("  detection  P %.1f  R %.1f  F1 %.1f" % prf(self.t_span, self.ts, self.tg))
        acc = 100 * self.t_value / self.tg if self.tg else 0.0
        acc_m = 100 * self.t_value / self.t_span if self.t_span else 0.0
        typ = 100 * self.t_type / self.t_span if self.t_span else 0.0
        print(f"  values right: {acc:.1f}% of gold ({self.t_value}/{self.tg}); "
              f"{acc_m:.1f}% of detected; type right {typ:.1f}% of detected")
        if self.t_mod_n:
            print(f"  mod right: {self.t_mod_ok}/{self.t_mod_n} detected expressions "
                  f"({100 * self.t_mod_ok / self.t_mod_n:.1f}%)")


def eval_dev(binary, show_errors, path=DEV, name="development set", figures_only=False):
    items = parse_dev(path)
    docs = run_extract(binary, [{"id": it["id"], "text": it["text"],
                                 "published": it["published"]} for it in items])
    sc = Scores()
    inferred_ok = inferred_n = 0
    for it in items:
        doc = docs.get(it["id"])
        if doc is None:
            print(f"warning: {it['id']}: no output", file=sys.stderr)
            continue
        tb = doc["text"].encode("utf-8")
        gf, gt = [], []
        for g, loc in zip(it["figs"], locate(tb, [g["span"] for g in it["figs"]], it["id"])):
            if loc:
                gf.append(dict(g, start=loc[0], end=loc[1]))
        for g, loc in zip(it["times"], locate(tb, [g["span"] for g in it["times"]], it["id"])):
            if loc:
                gt.append(dict(g, start=loc[0], end=loc[1]))
        if figures_only:
            sc.add(it["id"], tb, gf, doc["figures"], [], [])
        else:
            sc.add(it["id"], tb, gf, doc["figures"], gt, doc["times"])
        if it["inferred"] != "unset":
            inferred_n += 1
            got = doc["published"] if doc["published_inferred"] else None
            if got == it["inferred"]:
                inferred_ok += 1
            else:
                sc.errors.append(f"{it['id']}: published inferred {got}, expected {it['inferred']}")
    sc.report(f"{name} ({len(items)} items, {path})")
    print(f"published inferred right: {inferred_ok}/{inferred_n}")
    if show_errors:
        print("\n".join(sc.errors))
    return sc


def parse_heldout(path):
    docs = {}
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            p = line.split("\t")
            kind, name = p[0], p[1]
            d = docs.setdefault(name, {"regions": [], "figs": [], "times": [],
                                       "published": None})
            if kind == "D":
                d["published"] = p[2]
            elif kind == "R":
                d["regions"].append((int(p[2]), int(p[3])))
            elif kind == "F":
                d["figs"].append({"start": int(p[2]), "end": int(p[3]), "low": float(p[4]),
                                  "high": float(p[5]), "qualifier": p[6],
                                  "unit": None if p[7] == "-" else p[7]})
            elif kind == "T":
                t = {"start": int(p[2]), "end": int(p[3]), "type": p[4],
                     "value": None if p[5] == "null" else p[5]}
                if len(p) > 6:
                    t["mod"] = None if p[6] == "-" else p[6]
                d["times"].append(t)
            else:
                sys.exit(f"{path}:{n}: unknown record kind {kind!r}")
    return docs


def load_texts(shared, names):
    """Returns {doc name: raw text bytes} or None when the shared data is absent."""
    polnear = os.path.join(shared, "data", "polnear", "dev", "text")
    polnear_train = os.path.join(shared, "data", "polnear", "train", "text")
    html_dev = os.path.join(shared, "data", "html-dev", "ground-truth")
    gum_path = os.path.join(shared, "corpus", "gum-news", "gum-news.jsonl")
    gum = None
    out = {}
    for name in names:
        src, _, key = name.partition("/")
        if src in ("polnear", "polnear-train"):
            path = os.path.join(polnear if src == "polnear" else polnear_train, key + ".txt")
            if not os.path.exists(path):
                return None
            with open(path, "rb") as f:
                out[name] = f.read()
        elif src == "gum-news":
            if gum is None:
                if not os.path.exists(gum_path):
                    return None
                gum = {}
                with open(gum_path, encoding="utf-8") as f:
                    for line in f:
                        rec = json.loads(line)
                        gum[rec["id"]] = rec["text"].encode("utf-8")
            out[name] = gum[key]
        elif src == "html-dev":
            path = os.path.join(html_dev, key + ".json")
            if not os.path.exists(path):
                return None
            with open(path, encoding="utf-8") as f:
                out[name] = json.load(f)["ground_truth"]["main_content"].encode("utf-8")
        else:
            sys.exit(f"unknown held-out source {src!r}")
    return out


WS = (b" ", b"\t", b"\xc2\xa0")


def normalise(raw):
    """Collapses whitespace runs (space, tab, NBSP) to one space. Returns (bytes, offset map)
    where map[i] is the normalised offset of raw byte i (len(raw)+1 entries)."""
    out = bytearray()
    m = []
    i = 0
    in_ws = False
    while i < len(raw):
        w = next((x for x in WS if raw.startswith(x, i)), None)
        if w:
            for _ in range(len(w)):
                m.append(len(out) if not in_ws else len(out) - 1)
            if not in_ws:
                out += b" "
            in_ws = True
            i += len(w)
        else:
            m.append(len(out))
            out.append(raw[i])
            in_ws = False
            i += 1
    m.append(len(out))
    return bytes(out), m


def eval_heldout(binary, shared, show_errors, which):
    path = HELDOUT[which]
    gold = parse_heldout(path)
    raw = load_texts(shared, gold)
    if raw is None:
        print(f"== held-out set: skipped (texts under {shared} absent)")
        return None
    docs = run_extract(binary, [{"id": name, "text": raw[name].decode("utf-8"),
                                 "published": gold[name]["published"]} for name in gold])
    sc = Scores()
    regions = 0
    for name, g in gold.items():
        doc = docs[name]
        tb = doc["text"].encode("utf-8")
        for (rs, re_) in g["regions"]:
            regions += 1
            passage = raw[name][rs:re_]
            # The cleaner drops trailing whitespace: search the passage without it (gold
            # records starting in the dropped tail are outside the searched text). NBSP counts as
            # whitespace here as in normalise().
            while passage and any(passage.endswith(w) for w in WS):
                passage = passage[:-1] if passage[-1:] in (b" ", b"\t") else passage[:-2]
            pmap = list(range(len(passage) + 1))
            k = tb.find(passage)
            if k < 0:  # the cleaner collapsed whitespace runs
                passage, pmap = normalise(passage)
                k = tb.find(passage)
            if k < 0:
                print(f"warning: {name}: passage {rs}-{re_} not found in cleaned text",
                      file=sys.stderr)
                continue
            lo, hi = k, k + len(passage)

            def inside(x):
                return x["start"] < hi and x["end"] > lo

            def shift(x):
                return dict(x, start=k + pmap[x["start"] - rs], end=k + pmap[x["end"] - rs])

            gf = [shift(x) for x in g["figs"] if rs <= x["start"] < re_]
            gt = [shift(x) for x in g["times"] if rs <= x["start"] < re_]
            sf = [x for x in doc["figures"] if inside(x)]
            st = [x for x in doc["times"] if inside(x)]
            sc.add(f"{name}@{rs}", tb, gf, sf, gt, st)
    sc.report(f"held-out set {which} ({len(gold)} documents, {regions} passages, {path})")
    if show_errors:
        print("\n".join(sc.errors))
    return sc


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "bin", "claimtrace"))
    ap.add_argument("--set", choices=["dev", "a", "b", "c", "d", "e", "f", "all"], default="all")
    ap.add_argument("--shared", default="/work/shared")
    ap.add_argument("--errors", action="store_true", help="list every error")
    ap.add_argument("--context", type=int, default=0,
                    help="with --errors: bytes of text shown around each error")
    args = ap.parse_args()
    Scores.context = args.context
    if not os.path.exists(args.binary):
        sys.exit(f"no claimtrace binary at {args.binary} (use --binary)")
    if args.set in ("dev", "all"):
        eval_dev(args.binary, args.errors)
    for which in ("a", "b", "c", "d"):
        if args.set in (which, "all"):
            eval_heldout(args.binary, args.shared, args.errors, which)
    if args.set in ("e", "all"):
        eval_dev(args.binary, args.errors, SET_E, "held-out set e (figures only)", True)
    if args.set in ("f", "all"):
        eval_heldout(args.binary, args.shared, args.errors, "f")


if __name__ == "__main__":
    main()
