"""The places stages' cost as a share of the parse, from Pipeline.timings, on the seed and the samples.

The seed and every article under samples/ are extracted `--repeat` times through the real pipeline
after a warm-up run (the gazetteer is built there, once per process, outside the timings);
`Pipeline.timings` gives the seconds of the parse and of each stage. The issue's target: times and
places together under 10% of the parse.

    .venv/bin/python -m bench.places [--repeat 3]   # prints the table, writes its section of bench/RESULTS.md
"""

from __future__ import annotations

import os
import sys

from bench.timings import measure, run, table


def report(repeat: int) -> str:
    n, timings = measure(repeat)
    parse = timings.get("parse", 0.0)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    lines = ["## places", "", f"Command: `.venv/bin/python -m bench.places --repeat {repeat}` — {n} article(s) "
             f"× {repeat}, seconds from `Pipeline.timings`, load average before the run {load} (target: times "
             "and places together under 10% of the parse).", ""]
    steps = ("parse", "times", "places", "event_dates", "event_places")
    lines += table(timings, steps)
    together = sum(timings.get(step, 0.0) for step in steps[1:])
    if parse:
        lines.append(f"| times and places together | {together:.3f} | {100 * together / parse:.1f}% |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    return run(__doc__, report, repeat=3, argv=argv)


if __name__ == "__main__":
    sys.exit(main())
