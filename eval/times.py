"""Time expressions on TimeBank + AQUAINT (../shared/data/tbaq): extraction F1 and normalisation accuracy.

The TempEval-3 measures: a found expression matches a gold one when their spans overlap (relaxed)
or are the same (strict); type and value accuracy are counted over the relaxed matches. Each
document is anchored on its `dct`, the document creation time.

Gold values are compared as strings after one canonicalisation, `canonical` (two-digit ISO
weeks). The rules were written looking at all 256 documents, so the all-documents figure is a tuning
score. The report also scores two document splits, so that a rule fitted to a few documents shows
as a gap between parts: the corpus' own `subset` (TimeBank 1.2 against AQUAINT, different sources
and annotation rounds) and two halves by a hash of the document id (fixed, independent of the
order of the file). `--errors-on PART` prints only the errors of one part, to develop on one part
and check on the other. Each accuracy carries its 95% Wilson interval: on a few hundred
expressions a difference of two points is often noise.

    .venv/bin/python -m eval.times [--limit N] [--errors N] [--errors-on TimeBank|AQUAINT|hash-A|hash-B]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import time
from collections import Counter

from bench.timings import measure
from eval.results import shared_dir, write_section
from tidings import nlp
from tidings.times import find_times

COMMAND = ".venv/bin/python -m eval.times"


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


ONE_DIGIT_WEEK = re.compile(r"(?<=-W)(\d)(?!\d)")


def canonical(value: str | None) -> str | None:
    """A gold value in the TIMEX3 form tidings writes: ISO week numbers have two digits (AQUAINT
    writes `2000-W7` for `2000-W07`, the same week); nothing else changes."""
    return ONE_DIGIT_WEEK.sub(r"0\1", value) if value else value


def wilson(successes: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of a proportion `successes / n`."""
    if not n:
        return 0.0, 0.0
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def hash_half(record_id: str) -> str:
    """"hash-A" or "hash-B": a fixed half of the corpus chosen by the SHA-1 of the document id."""
    return "hash-A" if int(hashlib.sha1(record_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "hash-B"


def parts(records: list[dict]) -> dict[str, list[int]]:
    """The indices of `records` in each reported part: all, each `subset`, each hash half."""
    out: dict[str, list[int]] = {"all": list(range(len(records)))}
    for i, r in enumerate(records):
        out.setdefault(r.get("subset") or "unknown", []).append(i)
    halves: dict[str, list[int]] = {"hash-A": [], "hash-B": []}
    for i, r in enumerate(records):
        halves[hash_half(r["id"])].append(i)
    return out | halves


def score(records: list[dict], found: list[list]) -> dict:
    """The TempEval-3 figures of `found` (per record, Time lists) against the gold of `records`."""
    c: Counter = Counter()
    errors: list[tuple] = []
    for record, times in zip(records, found, strict=True):
        gold = record["timexes"]
        c["gold"] += len(gold)
        c["found"] += len(times)
        for t in times:
            if any(g["start"] < t.end and t.start < g["end"] for g in gold):
                c["found_matched"] += 1
            else:
                errors.append(("spurious", record["id"], record["dct"][:10], t.text, t.type, t.value, ""))
        for g in gold:
            overlapping = [t for t in times if g["start"] < t.end and t.start < g["end"]]
            if not overlapping:
                errors.append(("missed", record["id"], record["dct"][:10], g["text"], g["type"], g["value"], ""))
                continue
            t = min(overlapping, key=lambda t: abs(t.start - g["start"]) + abs(t.end - g["end"]))
            c["gold_matched"] += 1
            c["strict"] += t.start == g["start"] and t.end == g["end"]
            gold_value = canonical(g["value"])
            c["type"] += t.type == g["type"]
            c["value"] += t.value == gold_value
            if g["type"] == "DATE":
                c["date_matched"] += 1
                c["date_value"] += t.value == gold_value
            if t.value != gold_value:
                found_as = f"{t.text}|{t.type}|{t.value}"
                errors.append(("value", record["id"], record["dct"][:10], g["text"], g["type"], g["value"], found_as))
    precision = c["found_matched"] / c["found"] if c["found"] else 0.0
    recall = c["gold_matched"] / c["gold"] if c["gold"] else 0.0
    strict_p = c["strict"] / c["found"] if c["found"] else 0.0
    strict_r = c["strict"] / c["gold"] if c["gold"] else 0.0
    matched = c["gold_matched"] or 1
    return {
        "documents": len(records), "gold": c["gold"], "found": c["found"],
        "relaxed_precision": precision, "relaxed_recall": recall, "relaxed_f1": _f1(precision, recall),
        "strict_f1": _f1(strict_p, strict_r),
        "type_accuracy": c["type"] / matched, "value_accuracy": c["value"] / matched,
        "date_value_accuracy": c["date_value"] / (c["date_matched"] or 1), "dates_matched": c["date_matched"],
        "date_value_interval": wilson(c["date_value"], c["date_matched"]),
        "errors": errors,
    }


def error_kinds(s: dict) -> dict[str, int]:
    """The DATE value errors of score `s` by kind: where the gold leaves digits unknown (`1989-WXX` for
    "last week"), where we typed the expression otherwise, where either side is a reference word
    (PAST_REF ...), and the rest."""
    kinds = {"gold with unknown digits": 0, "typed TIME, DURATION or SET": 0, "PAST/PRESENT/FUTURE_REF": 0,
             "other value": 0}
    for kind, _id, _dct, _text, gold_type, gold_value, found_as in s["errors"]:
        if kind != "value" or gold_type != "DATE":
            continue
        _, found_type, found_value = found_as.split("|")
        if "X" in gold_value and not gold_value.endswith("_REF"):
            kinds["gold with unknown digits"] += 1
        elif found_type != "DATE":
            kinds["typed TIME, DURATION or SET"] += 1
        elif gold_value.endswith("_REF") or found_value.endswith("_REF"):
            kinds["PAST/PRESENT/FUTURE_REF"] += 1
        else:
            kinds["other value"] += 1
    return kinds


def row(name: str, s: dict) -> str:
    """One line of the results table for part `name` scored `s`."""
    lo, hi = s["date_value_interval"]
    return (f"| {name} | {s['documents']} | {s['gold']} | {s['relaxed_f1']:.3f} | {s['strict_f1']:.3f} "
            f"| {s['date_value_accuracy']:.3f} ({s['dates_matched']}; {lo:.3f}-{hi:.3f}) "
            f"| {s['value_accuracy']:.3f} | {s['type_accuracy']:.3f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--errors", type=int, default=0, help="print N errors of each kind")
    parser.add_argument("--errors-on", default="all", help="print the errors of this part only (see the table)")
    parser.add_argument("--no-write", action="store_true", help="do not update eval/RESULTS.md")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the samples for the stage cost (0: skip)")
    args = parser.parse_args()
    gold = shared_dir() / "data" / "tbaq" / "gold.jsonl"
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = records[: args.limit] if args.limit else records
    t0 = time.perf_counter()
    docs = list(nlp.parse([r["text"] for r in records]))
    parse_seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    found = [list(find_times(r["text"], d, published=r["dct"])) for r, d in zip(records, docs, strict=True)]
    times_seconds = time.perf_counter() - t0
    scores = {name: score([records[i] for i in idx], [found[i] for i in idx])
              for name, idx in parts(records).items()}
    s = scores["all"]
    if args.errors:
        for kind in ("missed", "spurious", "value"):
            rows = [e for e in scores.get(args.errors_on, s)["errors"] if e[0] == kind]
            print(f"--- {kind} ({len(rows)})")
            for e in rows[: args.errors]:
                print("  ", e[1:])
    share = times_seconds / parse_seconds if parse_seconds else 0.0
    cost = ""
    if args.repeat:
        n, timings = measure(args.repeat)   # the seed and samples/*.txt, after a warm-up pass
        parse = timings.get("parse", 0.0) or 1.0
        cost = (f"\nCost in the whole pipeline (`Pipeline.timings`), {n} articles (the seed, samples/*.txt) "
                f"× {args.repeat}: "
                f"parse {parse:.1f} s, `times` {timings.get('times', 0.0):.2f} s "
                f"({timings.get('times', 0.0) / parse:.1%}), `event_dates` {timings.get('event_dates', 0.0):.2f} s "
                f"({timings.get('event_dates', 0.0) / parse:.1%}); together "
                f"{(timings.get('times', 0.0) + timings.get('event_dates', 0.0)) / parse:.1%} of the parse.\n")
    table = (
        f"## times\n\nTimeBank 1.2 + AQUAINT (`tbaq/gold.jsonl`, {s['documents']} documents, {s['gold']} gold "
        f"TIMEX3), each anchored on its `dct`. Produced by `{COMMAND}`.\n\n"
        "| measure (all documents) | value |\n|---|---|\n"
        f"| relaxed extraction F1 (any overlap) | {s['relaxed_f1']:.3f} (P {s['relaxed_precision']:.3f}, "
        f"R {s['relaxed_recall']:.3f}) |\n"
        f"| strict extraction F1 (same span) | {s['strict_f1']:.3f} |\n"
        f"| value accuracy, matched DATE ({s['dates_matched']}) | {s['date_value_accuracy']:.3f} |\n"
        f"| value accuracy, all matched | {s['value_accuracy']:.3f} |\n"
        f"| type accuracy, all matched | {s['type_accuracy']:.3f} |\n"
        f"| times stage / parse time | {share:.1%} ({times_seconds:.2f} s / {parse_seconds:.1f} s) |\n"
        + cost + "\n"
        "The rules were written on all 256 documents: the all-documents row is a tuning score. Per part "
        "(the corpus' TimeBank and AQUAINT subsets; two halves by a hash of the document id), with the "
        "95% Wilson interval of the DATE value accuracy:\n\n"
        "| part | docs | gold | relaxed F1 | strict F1 | DATE value (n; 95% interval) | all values | types |\n"
        "|---|---:|---:|---:|---:|---|---:|---:|\n"
        + "\n".join(row(name, sc) for name, sc in scores.items()) + "\n\n"
        "DATE value errors by kind (the gold often leaves digits unknown where the text and the TimeML "
        "guidelines give them, e.g. `1989-WXX` for \"last week\"; tidings follows the guidelines):\n\n"
        "| part | " + " | ".join(error_kinds(s)) + " |\n|---|" + "---:|" * len(error_kinds(s)) + "\n"
        + "\n".join(f"| {name} | " + " | ".join(str(v) for v in error_kinds(sc).values()) + " |"
                     for name, sc in scores.items() if name in ("all", "TimeBank", "AQUAINT")) + "\n"
    )
    print(table)
    if not args.no_write and args.limit is None:
        write_section(table)


if __name__ == "__main__":
    main()
