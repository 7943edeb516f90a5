"""Time expressions on TimeBank + AQUAINT (../shared/data/tbaq): extraction F1 and normalisation accuracy.

The TempEval-3 measures: a found expression matches a gold one when their spans overlap (relaxed)
or are the same (strict); type and value accuracy are counted over the relaxed matches. Each
document is anchored on its `dct`, the document creation time.

    .venv/bin/python -m eval.times [--limit N] [--errors N]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from tidings import nlp
from tidings.times import find_times

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside a clone; a worktree one level deeper (/work/wt/<name>) finds it further up
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "data").is_dir()), ROOT.parent / "shared")
DATA = SHARED / "data" / "tbaq" / "gold.jsonl"
RESULTS = ROOT / "eval" / "RESULTS.md"
COMMAND = ".venv/bin/python -m eval.times"


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


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
                errors.append(("spurious", record["dct"][:10], t.text, t.type, t.value, ""))
        for g in gold:
            overlapping = [t for t in times if g["start"] < t.end and t.start < g["end"]]
            if not overlapping:
                errors.append(("missed", record["dct"][:10], g["text"], g["type"], g["value"], ""))
                continue
            t = min(overlapping, key=lambda t: abs(t.start - g["start"]) + abs(t.end - g["end"]))
            c["gold_matched"] += 1
            c["strict"] += t.start == g["start"] and t.end == g["end"]
            c["type"] += t.type == g["type"]
            c["value"] += t.value == g["value"]
            if g["type"] == "DATE":
                c["date_matched"] += 1
                c["date_value"] += t.value == g["value"]
            if t.value != g["value"]:
                found_as = f"{t.text}|{t.type}|{t.value}"
                errors.append(("value", record["dct"][:10], g["text"], g["type"], g["value"], found_as))
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
        "errors": errors,
    }


def write_section(text: str) -> None:
    """Replace (or add) the `## times` section of eval/RESULTS.md."""
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Evaluation results\n"
    lines = old.splitlines()
    out, skipping = [], False
    for line in lines:
        if line.startswith("## "):
            skipping = line.strip() == "## times"
            if skipping:
                continue
        if not skipping:
            out.append(line)
    RESULTS.write_text("\n".join(out).rstrip() + "\n\n" + text.rstrip() + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--errors", type=int, default=0, help="print N errors of each kind")
    parser.add_argument("--no-write", action="store_true", help="do not update eval/RESULTS.md")
    args = parser.parse_args()
    records = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = records[: args.limit] if args.limit else records
    t0 = time.perf_counter()
    docs = list(nlp.parse([r["text"] for r in records]))
    parse_seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    found = [list(find_times(r["text"], d, published=r["dct"])) for r, d in zip(records, docs, strict=True)]
    times_seconds = time.perf_counter() - t0
    s = score(records, found)
    if args.errors:
        for kind in ("missed", "spurious", "value"):
            rows = [e for e in s["errors"] if e[0] == kind]
            print(f"--- {kind} ({len(rows)})")
            for e in rows[: args.errors]:
                print("  ", e[1:])
    share = times_seconds / parse_seconds if parse_seconds else 0.0
    table = (
        f"## times\n\nTimeBank 1.2 + AQUAINT (`tbaq/gold.jsonl`, {s['documents']} documents, {s['gold']} gold "
        f"TIMEX3), each anchored on its `dct`. Produced by `{COMMAND}`.\n\n"
        "| measure | value |\n|---|---|\n"
        f"| relaxed extraction F1 (any overlap) | {s['relaxed_f1']:.3f} (P {s['relaxed_precision']:.3f}, "
        f"R {s['relaxed_recall']:.3f}) |\n"
        f"| strict extraction F1 (same span) | {s['strict_f1']:.3f} |\n"
        f"| value accuracy, matched DATE ({s['dates_matched']}) | {s['date_value_accuracy']:.3f} |\n"
        f"| value accuracy, all matched | {s['value_accuracy']:.3f} |\n"
        f"| type accuracy, all matched | {s['type_accuracy']:.3f} |\n"
        f"| times stage / parse time | {share:.1%} ({times_seconds:.2f} s / {parse_seconds:.1f} s) |\n"
    )
    print(table)
    if not args.no_write and args.limit is None:
        write_section(table)


if __name__ == "__main__":
    main()
