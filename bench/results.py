"""bench/RESULTS.md: each benchmark replaces its own `## <name>` section, with the command and the machine's load."""

from __future__ import annotations

import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

from eval import results

RESULTS = Path(__file__).with_name("RESULTS.md")
HEADER = ("# Benchmark results\n\nWritten by the scripts in bench/ (`make bench` runs them all); each section "
          "names the command that made it. The machine has 2 cores shared with other work: the load average "
          "is noted with each run.\n")


def machine() -> str:
    """One line on where and when the numbers were measured."""
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"{datetime.now(UTC).isoformat(timespec='minutes')}, Python {platform.python_version()}, "
            f"{os.cpu_count()} CPUs, load average before the run {load}")


def command() -> str:
    """The command line that is running, as a user would type it."""
    module = Path(sys.argv[0]).stem
    args = " ".join(sys.argv[1:])
    return f".venv/bin/python -m bench.{module}" + (f" {args}" if args else "")


def write_section(section: str) -> None:
    """Writes `section` (opening with its `## <name>` heading) into bench/RESULTS.md in place of that
    name's section, leaving the others as they are (eval/results.py's writer)."""
    results.write_section(section, RESULTS, HEADER)
