#!/usr/bin/env python3
"""Entity quality of claimtrace's language core: per-type precision / recall / F1 (exact span
match, CoNLL style) of the full analysis (tokenizer + tagger + typing + linking) against the
IOB2 data in ../shared/data/ner.

Output types are mapped back to the four training types: PERSON->PER, ORG->ORG, GPE/LOC->LOC,
NORP/EVENT/WORK/MISC->MISC. For sources without MISC (UNER) predicted MISC-class mentions are
ignored. GPE and NORP are also scored on their own against the gold LOC and MISC spans.

Usage:
  scripts/eval/ner_eval.py --binary build/bin/claimtrace --data ../shared/data/ner [--markdown]
      [--model data/models/ner.model --include GUM_news_ --name "..."]
      [--train-annotations data/ner-annotations/html-dev-train.tsv ...
       --train-annotations data/ner-annotations/unlabeled-html-dev.ids
       --train-annotations data/ner-annotations/written-news.tsv
       --test-annotations $PWD/data/ner-annotations/html-dev-test.tsv]
  scripts/eval/ner_eval.py ... --train-annotations ... \
      --two-fold data/ner-annotations/html-dev-train.tsv,data/ner-annotations/html-dev-train-2.tsv
  scripts/eval/ner_eval.py ... --train-annotations ... --two-fold data/ner-annotations/written-news.tsv

--two-fold LISTS (comma-separated name lists, pooled) runs a 2-fold cross-validation inside
them instead of the protocols: the articles in id order split odd/even, each half scored with
the shipped recipe plus --train-annotations minus that half (and, for html-dev lists, minus the
half's pages in the unlabelled *.ids lists); --dump FILE keeps the pooled predictions.

Without --model it runs the two documented protocols:
  1. held-out: a model trained on the train splits only (GUM train minus news, WNUT-17 train;
     UNER has no train split) evaluated on the GUM dev/test documents (non-news), UNER-EWT
     test and WNUT-17 test;
  2. newswire: the shipped training recipe (everything except the 24 GUM news documents)
     evaluated on the GUM news documents, which neither model saw in training or tuning.
Both models are trained into a temporary directory with `claimtrace train-ner`; the shipped
model file is not touched. Python 3 standard library only.
"""

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "NORP": "MISC",
       "EVENT": "MISC", "WORK": "MISC", "MISC": "MISC"}
TYPES = ["PER", "ORG", "LOC", "MISC"]

# The documented recipe of the shipped model (data/models/README.md); the held-out protocol
# additionally leaves out every dev/test split.
SHIPPED_EXCLUDE = ["GUM_news_"]
HELDOUT_EXCLUDE = ["GUM_news_", ":dev/", ":test/"]
RECIPE = ["--seeds", "5", "--prune", "0.5"]  # the rest of the documented training command

EVAL_SETS = [
    # name, include patterns, exclude patterns
    ("GUM dev+test (non-news)", ["gum.iob2:dev/", "gum.iob2:test/"], ["GUM_news_"]),
    ("UNER-EWT test", ["uner-ewt.iob2:test/"], []),
    ("WNUT-17 test", ["wnut17.iob2:test/"], []),
]
NEWS_SET = ("GUM news (never seen)", ["GUM_news_"], [])


def run(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if p.returncode not in (0, 1):
        sys.stderr.write(p.stderr)
        raise SystemExit("command failed: " + " ".join(cmd))
    return p.stderr


IOB2_FILES = ["gum.iob2", "uner-ewt.iob2", "wnut17.iob2"]


def files_args(files):
    args = []
    for f in files:
        args += ["--files", f]
    return args


def train(binary, data, out, exclude, epochs=None, extra_files=()):
    cmd = [binary, "train-ner", "--data", data, "--out", out] + RECIPE + DATA_DIR
    if extra_files:
        cmd += files_args(IOB2_FILES + list(extra_files))
    for e in exclude:
        cmd += ["--exclude", e]
    if epochs:
        cmd += ["--epochs", str(epochs)]
    return run(cmd).strip()


DATA_DIR = []  # ["--data-dir", DIR] when --data-dir is given
DUMP = []  # [FILE] when --dump is given: pooled 2-fold predictions as JSON Lines


def predict(binary, data, model, include, exclude, out, files=()):
    cmd = [binary, "train-ner", "--data", data, "--predict", out, "--model", model] + DATA_DIR
    cmd += files_args(files)
    for i in include:
        cmd += ["--include", i]
    for e in exclude:
        cmd += ["--exclude", e]
    run(cmd)
    with open(out, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def list_ids(path):
    """File ids of a name list (data/ner-annotations/*.tsv), sorted."""
    ids = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#") and "\t" in line:
                ids.add(line.split("\t", 1)[0].strip())
    return sorted(ids)


def two_fold(binary, data, lists, train_annotations, markdown):
    """2-fold cross-validation inside name lists (pooled when several are given): the articles
    split by position in id order (odd / even); each half is scored with a model trained by the
    shipped recipe plus the other half (and, for html-dev lists, without the held half's pages
    in the unlabelled page lists). Both halves' predictions are pooled."""
    arts = []  # (id, list base)
    own_text = {}
    for lst in lists:
        base = os.path.basename(lst)
        own_text[base] = lst.endswith(".tsv") and os.path.isdir(lst[:-4])
        arts += [(i, base) for i in list_ids(lst)]
    arts.sort()
    id_lists = [os.path.basename(a) for a in train_annotations if a.endswith(".ids")]
    files = list(train_annotations) + [x for x in lists if x not in train_annotations]
    pooled = []
    logs = []
    with tempfile.TemporaryDirectory() as tmp:
        for k in (0, 1):
            held = arts[k::2]
            exclude = list(SHIPPED_EXCLUDE) + [f"{b}:{i}" for i, b in held]
            exclude += [f"{b2}:{i}" for i, b in held if not own_text[b] for b2 in id_lists]
            m = os.path.join(tmp, f"fold{k}.model")
            logs.append(train(binary, data, m, exclude, None, files))
            pooled += predict(binary, data, m, [f"{b}:{i}" for i, b in held], [],
                              os.path.join(tmp, "pred.jsonl"), lists)
    for log in logs:
        print(("\n" if markdown else "") + "fold model: " + log)
    if DUMP:
        with open(DUMP[0], "w", encoding="utf-8") as f:
            for d in pooled:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
    name = " + ".join(os.path.basename(x) for x in lists)
    report(name + f" ({len(arts)} articles, 2-fold)", pooled, markdown)


def score(docs):
    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    extra = {"GPE": [0, 0, 0], "NORP": [0, 0, 0]}  # tp, fp, fn against gold LOC / MISC
    for d in docs:
        gold = {(s, e, t) for s, e, t in d["gold"]}
        pred = set()
        raw = []
        for s, e, t in d["predicted"]:
            m = MAP[t]
            if m == "MISC" and not d["has_misc"]:
                continue
            pred.add((s, e, m))
            raw.append((s, e, t))
        for t in TYPES:
            g = {x for x in gold if x[2] == t}
            p = {x for x in pred if x[2] == t}
            tp[t] += len(g & p)
            fp[t] += len(p - g)
            fn[t] += len(g - p)
        gold_loc = {(s, e) for s, e, t in gold if t == "LOC"}
        gold_misc = {(s, e) for s, e, t in gold if t == "MISC"}
        for kind, gold_set, counts in (("GPE", gold_loc, extra["GPE"]),
                                       ("NORP", gold_misc, extra["NORP"])):
            if kind == "NORP" and not d["has_misc"]:
                continue
            p = {(s, e) for s, e, t in raw if t == kind}
            counts[0] += len(p & gold_set)
            counts[1] += len(p - gold_set)
    # Span-only score over PER/ORG/LOC: right span, any of the three types (is the problem
    # finding names or typing them?).
    span = [0, 0, 0]
    for d in docs:
        gold = {(s, e) for s, e, t in d["gold"] if t in ("PER", "ORG", "LOC")}
        pred = {(s, e) for s, e, t in d["predicted"] if MAP[t] in ("PER", "ORG", "LOC")}
        span[0] += len(gold & pred)
        span[1] += len(pred - gold)
        span[2] += len(gold - pred)
    extra["SPAN"] = span
    return tp, fp, fn, extra


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f


def report(name, docs, markdown):
    tp, fp, fn, extra = score(docs)
    rows = []
    for t in TYPES:
        if tp[t] + fn[t] == 0 and fp[t] == 0:
            continue
        rows.append((t, tp[t] + fn[t]) + prf(tp[t], fp[t], fn[t]))
    core = ["PER", "ORG", "LOC"]
    ctp, cfp, cfn = (sum(c[t] for t in core) for c in (tp, fp, fn))
    rows.append(("PER+ORG+LOC", ctp + cfn) + prf(ctp, cfp, cfn))
    atp, afp, afn = (sum(c.values()) for c in (tp, fp, fn))
    rows.append(("all", atp + afn) + prf(atp, afp, afn))
    tokens = sum(len(d["text"].split()) for d in docs)
    if markdown:
        print(f"\n**{name}** ({len(docs)} documents, ~{tokens} tokens)\n")
        print("| type | gold | P | R | F1 |")
        print("|---|---:|---:|---:|---:|")
        for t, g, p, r, f in rows:
            print(f"| {t} | {g} | {p:.1f} | {r:.1f} | {f:.1f} |")
        sp = prf(*extra["SPAN"])
        print(f"\nPER+ORG+LOC span only (type ignored): P {sp[0]:.1f} / R {sp[1]:.1f} / "
              f"F1 {sp[2]:.1f}")
        for kind, gold_name in (("GPE", "LOC"), ("NORP", "MISC")):
            c = extra[kind]
            if c[0] + c[1]:
                print(f"\n{kind} precision against gold {gold_name} spans: "
                      f"{100 * c[0] / (c[0] + c[1]):.1f} ({c[0]} of {c[0] + c[1]})")
    else:
        print(f"== {name}: {len(docs)} docs, ~{tokens} tokens")
        for t, g, p, r, f in rows:
            print(f"  {t:12s} gold {g:5d}  P {p:5.1f}  R {r:5.1f}  F1 {f:5.1f}")
        sp = prf(*extra["SPAN"])
        print(f"  span only (PER+ORG+LOC, type ignored): P {sp[0]:5.1f}  R {sp[1]:5.1f}  "
              f"F1 {sp[2]:5.1f}")
        for kind in ("GPE", "NORP"):
            c = extra[kind]
            if c[0] + c[1]:
                print(f"  {kind} precision vs gold: {100 * c[0] / (c[0] + c[1]):.1f} "
                      f"({c[0]}/{c[0] + c[1]})")
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", default="build/bin/claimtrace")
    ap.add_argument("--data", default="../shared/data/ner")
    ap.add_argument("--model", help="evaluate this model on --include instead of the protocols")
    ap.add_argument("--include", action="append", default=[])
    ap.add_argument("--exclude", action="append", default=[])
    ap.add_argument("--name", default="selection")
    ap.add_argument("--epochs", type=int)
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--only", choices=["heldout", "news"], help="run one protocol")
    ap.add_argument("--files", action="append", default=[],
                    help="with --model: data files to predict on (IOB2 names or name lists)")
    ap.add_argument("--train-annotations", action="append", default=[],
                    help="name list(s) of html-dev articles added to training (both protocols); "
                         "also *.ids lists of unlabelled html-dev pages for the word table")
    ap.add_argument("--test-annotations", action="append", default=[],
                    help="held-out html-dev name list(s), scored with the newswire model")
    ap.add_argument("--data-dir", help="claimtrace data directory (models, lexicons) to use")
    ap.add_argument("--two-fold", action="append", default=[],
                    help="name list(s), comma-separated: 2-fold cross-validation inside them "
                         "(odd/even ids), shipped recipe plus --train-annotations; runs instead "
                         "of the protocols")
    ap.add_argument("--dump", help="with --two-fold: write the pooled predictions (JSON Lines)")
    args = ap.parse_args()
    if args.dump:
        DUMP.append(args.dump)
    if args.data_dir:
        DATA_DIR.extend(["--data-dir", args.data_dir])
    if not os.path.exists(args.binary):
        raise SystemExit(f"no binary at {args.binary} (build first or pass --binary)")
    with tempfile.TemporaryDirectory() as tmp:
        pred = os.path.join(tmp, "pred.jsonl")
        if args.model:
            report(args.name, predict(args.binary, args.data, args.model, args.include,
                                      args.exclude, pred, args.files), args.markdown)
            return
        if args.two_fold:
            for group in args.two_fold:
                two_fold(args.binary, args.data, group.split(","), args.train_annotations,
                         args.markdown)
            return
        if args.only in (None, "heldout"):
            m = os.path.join(tmp, "heldout.model")
            log = train(args.binary, args.data, m, HELDOUT_EXCLUDE, args.epochs,
                        args.train_annotations)
            print(("\n" if args.markdown else "") + "held-out model: " + log)
            for name, inc, exc in EVAL_SETS:
                report(name, predict(args.binary, args.data, m, inc, exc, pred), args.markdown)
        if args.only in (None, "news"):
            m = os.path.join(tmp, "shipped-recipe.model")
            log = train(args.binary, args.data, m, SHIPPED_EXCLUDE, args.epochs,
                        args.train_annotations)
            print(("\n" if args.markdown else "") + "shipped-recipe model: " + log)
            name, inc, exc = NEWS_SET
            report(name, predict(args.binary, args.data, m, inc, exc, pred), args.markdown)
            for t in args.test_annotations:
                report("html-dev news-like, held out (" + os.path.basename(t) + ")",
                       predict(args.binary, args.data, m, [], [], pred, [t]), args.markdown)


if __name__ == "__main__":
    main()
