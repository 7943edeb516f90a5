"""The quotes and claims stages' cost as a share of the parse, from Pipeline.timings.

The seed article (and every article under samples/, when there are some) is extracted `--repeat`
times through the real pipeline, after one warm-up run; `Pipeline.timings` gives the seconds of
the parse and of each stage.

    .venv/bin/python -m bench.quotes [--repeat 20]   # prints the table, writes its section of bench/RESULTS.md
"""

from __future__ import annotations

import sys

from bench.timings import measure, run, table

SECTION = "quotes"
STAGES = ("quotes", "claims")


def report(repeat: int) -> str:
    n, timings = measure(repeat)
    parse = timings.get("parse", 0.0)
    ours = sum(timings.get(s, 0.0) for s in STAGES)
    lines = [f"## {SECTION}", "",
             f"Command: `.venv/bin/python -m bench.quotes --repeat {repeat}` — {n} article(s) × {repeat}, "
             "seconds from `Pipeline.timings`.", "",
             *table(timings, ("parse", *STAGES)),
             f"| quotes + claims | {ours:.3f} | **{100 * ours / parse:.1f}%** |"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    return run(__doc__, report, repeat=20, argv=argv)


if __name__ == "__main__":
    sys.exit(main())
