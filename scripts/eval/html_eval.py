#!/usr/bin/env python3
"""Scores claimtrace's HTML main-text and metadata extraction against a folder of pages with
ground truth, shaped like ../shared/data/html-dev:

    DIR/html/NNNN.html.gz            the pages
    DIR/ground-truth/NNNN.json       {"url": ..., "ground_truth": {"main_content", "title",
                                      "author", "publish_date"}}

Two systems are scored:
  raw       the extractor alone (build/src/web/ct_html_dump), i.e. ExtractArticle's text
  pipeline  what a user gets: `claimtrace extract --no-annotate` on a JSON Lines file with
            {"id", "url", "html"} per page, i.e. extraction followed by the text cleaner
            (skipped with a note when the claimtrace binary or the html input path is missing)

Main text: bag-of-words precision, recall and F1 per page, averaged over pages (macro) and
also pooled over all words (micro). Tokens are maximal runs of Unicode letters/digits
(str.isalnum), lower-cased; the overlap of two pages is the size of the multiset
intersection. A page the extractor rejects counts as precision 0, recall 0.
Title and author: exact match after Unicode NFKC, typographic quotes and dashes mapped to
ASCII, lower-casing, collapsing white space and trimming punctuation at the ends. Date: accuracy over pages whose ground truth has a
publish_date (YYYY-MM-DD string equality).

Split: pages are chosen by file id (--ids 1-300, --ids 301-9999). The development split
used for tuning is 1-300; 301 and above are held out.

Usage:
  scripts/eval/html_eval.py --data ../shared/data/html-dev --build /tmp/build --ids 1-300
      [--system raw|pipeline|both] [--show-worst N] [--json OUT] [--no-prepass]
      [--no-block-filter | --block-model FILE]
Python 3 standard library only.
"""

import argparse
import collections
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata


def tokens(text):
    out = []
    word = []
    for ch in (text or "").lower():
        if ch.isalnum():
            word.append(ch)
        elif word:
            out.append("".join(word))
            word = []
    if word:
        out.append("".join(word))
    return out


def prf(pred, gold):
    p = collections.Counter(tokens(pred))
    g = collections.Counter(tokens(gold))
    overlap = sum((p & g).values())
    np_, ng = sum(p.values()), sum(g.values())
    precision = overlap / np_ if np_ else (1.0 if ng == 0 else 0.0)
    recall = overlap / ng if ng else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, overlap, np_, ng


QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2032": "'",
                        "\u2013": "-", "\u2014": "-"})


def norm_field(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFKC", s).translate(QUOTES).lower()
    s = re.sub(r"\s+", " ", s).strip(" \t\n.,;:|-–—\"'“”‘’")
    return s or None


def show_worst(rows, n):
    for r in sorted(rows, key=lambda r: r["f1"])[:n]:
        print(f"    {r['id']} F1={r['f1']:.3f} P={r['precision']:.3f} "
              f"R={r['recall']:.3f} pred={r['npred']} gold={r['ngold']} "
              f"{r.get('error') or ''}")


def parse_ids(spec):
    lo, _, hi = spec.partition("-")
    return int(lo), int(hi or lo)


def load_pages(data, ids, parity=None):
    lo, hi = parse_ids(ids)
    pages = []
    gt_dir = os.path.join(data, "ground-truth")
    for name in sorted(os.listdir(gt_dir)):
        if not name.endswith(".json"):
            continue
        fid = int(name.split(".")[0])
        if not lo <= fid <= hi:
            continue
        if parity and fid % 2 != (1 if parity == "odd" else 0):
            continue
        with open(os.path.join(gt_dir, name), encoding="utf-8") as f:
            gt = json.load(f)
        html = os.path.join(data, "html", name.replace(".json", ".html.gz"))
        if not os.path.exists(html):
            continue
        pages.append({"id": name.split(".")[0], "url": gt.get("url"), "html": html,
                      "gt": gt.get("ground_truth", {})})
    return pages


def run_raw(pages, build, prepass, block_filter=True, block_model=None):
    tool = os.path.join(build, "src", "web", "ct_html_dump")
    if not os.path.exists(tool):
        sys.exit(f"missing {tool}: build the ct_html_dump target first")
    stdin = "".join(f"{p['html']}\t{p['url'] or ''}\n" for p in pages)
    cmd = [tool] + ([] if prepass else ["--no-prepass"])
    cmd += [] if block_filter else ["--no-block-filter"]
    cmd += ["--block-model", block_model] if block_model else []
    out = subprocess.run(cmd, input=stdin, capture_output=True, text=True, check=True).stdout
    results = {}
    for line, page in zip(out.splitlines(), pages):
        results[page["id"]] = json.loads(line)
    return results


def run_pipeline(pages, build):
    binary = os.path.join(build, "bin", "claimtrace")
    if not os.path.exists(binary):
        return None, f"missing {binary}"
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for p in pages:
            with gzip.open(p["html"], "rb") as g:
                raw = g.read()
            f.write(json.dumps({"id": p["id"], "url": p["url"],
                                "html": raw.decode("utf-8", errors="replace")}) + "\n")
        path = f.name
    try:
        proc = subprocess.run([binary, "extract", "--no-annotate", "-q", path],
                              capture_output=True, text=True)
    finally:
        os.unlink(path)
    results = {}
    for line in proc.stdout.splitlines():
        try:
            doc = json.loads(line)
        except json.JSONDecodeError:
            continue
        key = doc.get("input_id") or doc.get("id")
        results[key] = {"text": doc.get("text", ""), "title": doc.get("title"),
                        "author": doc.get("author"), "published": doc.get("published")}
    if not results:
        return None, "claimtrace produced no documents: " + proc.stderr.strip()[:300]
    # Documents are matched to pages by the JSON Lines id when the export carries it.
    return results, None


def score(pages, results):
    rows = []
    for p in pages:
        r = results.get(p["id"]) or {}
        gt = p["gt"]
        text = r.get("text", "") if "error" not in r else ""
        precision, recall, f1, overlap, npred, ngold = prf(text, gt.get("main_content", ""))
        rows.append({
            "id": p["id"], "precision": precision, "recall": recall, "f1": f1,
            "overlap": overlap, "npred": npred, "ngold": ngold,
            "error": r.get("error"),
            "title_ok": norm_field(r.get("title")) == norm_field(gt.get("title")),
            "title_gt": gt.get("title") is not None,
            "author_ok": norm_field(r.get("author")) == norm_field(gt.get("author")),
            "author_gt": gt.get("author") is not None,
            "date_gt": gt.get("publish_date"),
            "date_ok": gt.get("publish_date") is not None
                       and r.get("published") == gt.get("publish_date"),
            "date_pred": r.get("published"),
            "title_pred": r.get("title"), "title_gold": gt.get("title"),
            "author_pred": r.get("author"), "author_gold": gt.get("author"),
        })
    n = len(rows)
    s = {"pages": n}
    if not n:
        return s, rows
    s["precision"] = sum(r["precision"] for r in rows) / n
    s["recall"] = sum(r["recall"] for r in rows) / n
    s["f1"] = sum(r["f1"] for r in rows) / n
    tp = sum(r["overlap"] for r in rows)
    tpred = sum(r["npred"] for r in rows)
    tgold = sum(r["ngold"] for r in rows)
    mp, mr = (tp / tpred if tpred else 0.0), (tp / tgold if tgold else 0.0)
    s["micro_f1"] = 2 * mp * mr / (mp + mr) if mp + mr else 0.0
    s["errors"] = sum(1 for r in rows if r["error"])
    s["title_exact"] = sum(r["title_ok"] for r in rows) / n
    with_author = [r for r in rows if r["author_gt"]]
    s["author_pages"] = len(with_author)
    s["author_exact"] = (sum(r["author_ok"] for r in with_author) / len(with_author)
                         if with_author else None)
    with_date = [r for r in rows if r["date_gt"]]
    s["date_pages"] = len(with_date)
    s["date_accuracy"] = (sum(r["date_ok"] for r in with_date) / len(with_date)
                          if with_date else None)
    s["date_predicted_wrong"] = sum(1 for r in with_date if r["date_pred"] and not r["date_ok"])
    s["date_missing"] = sum(1 for r in with_date if not r["date_pred"])
    return s, rows


def print_summary(name, s):
    if not s.get("pages"):
        print(f"{name}: no pages")
        return
    print(f"{name}: pages={s['pages']} errors={s['errors']}  "
          f"P={s['precision']:.4f} R={s['recall']:.4f} F1={s['f1']:.4f} "
          f"(micro F1={s['micro_f1']:.4f})")
    author = "n/a" if s["author_exact"] is None else f"{s['author_exact']:.3f}"
    date = "n/a" if s["date_accuracy"] is None else f"{s['date_accuracy']:.3f}"
    print(f"  title exact={s['title_exact']:.3f}  author exact={author} "
          f"(over {s['author_pages']})  date accuracy={date} over {s['date_pages']} "
          f"(wrong {s['date_predicted_wrong']}, missing {s['date_missing']})")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "..", "..", "..",
                                                   "shared", "data", "html-dev"))
    ap.add_argument("--build", default="build")
    ap.add_argument("--ids", default="1-300", help="file id range, e.g. 1-300 or 301-9999")
    ap.add_argument("--parity", choices=["odd", "even"],
                    help="keep only odd or even file ids (2-fold checks inside a split)")
    ap.add_argument("--system", choices=["raw", "pipeline", "both"], default="both")
    ap.add_argument("--no-prepass", action="store_true")
    ap.add_argument("--no-block-filter", action="store_true",
                    help="raw system without the learned block filter (src/web/block_filter.h)")
    ap.add_argument("--block-model", help="raw system with this block filter model file instead "
                    "of the one compiled in (the 2-fold check)")
    ap.add_argument("--show-worst", type=int, default=0)
    ap.add_argument("--show-fields", action="store_true", help="list title/author/date misses")
    ap.add_argument("--json", help="write per-page rows and summaries here")
    args = ap.parse_args()

    if not os.path.isdir(os.path.join(args.data, "ground-truth")):
        sys.exit(f"no ground-truth folder under {args.data}")
    pages = load_pages(args.data, args.ids, args.parity)
    report = {}
    if args.system in ("raw", "both"):
        s, rows = score(pages, run_raw(pages, args.build, not args.no_prepass,
                                           not args.no_block_filter, args.block_model))
        print_summary("raw extractor", s)
        report["raw"] = {"summary": s, "rows": rows}
        show_worst(rows, args.show_worst)
        if args.show_fields:
            for r in rows:
                if not r["title_ok"]:
                    print(f"    title {r['id']}: {r['title_pred']!r} != {r['title_gold']!r}")
                if r["author_gt"] and not r["author_ok"]:
                    print(f"    author {r['id']}: {r['author_pred']!r} != {r['author_gold']!r}")
                if r["date_gt"] and not r["date_ok"]:
                    print(f"    date {r['id']}: {r['date_pred']} != {r['date_gt']}")
    if args.system in ("pipeline", "both"):
        results, problem = run_pipeline(pages, args.build)
        if results is None:
            print(f"pipeline: skipped ({problem})")
        else:
            s, rows = score(pages, results)
            print_summary("pipeline (extract + clean)", s)
            show_worst(rows, args.show_worst)
            report["pipeline"] = {"summary": s, "rows": rows}
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=1)


if __name__ == "__main__":
    main()
