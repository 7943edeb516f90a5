"""Every evaluation, one after the other (`make eval`): each writes its section of eval/RESULTS.md.

    .venv/bin/python -m eval.run_all
"""

from __future__ import annotations

import subprocess
import sys

EVALUATIONS = ("actors", "events", "quotes", "times", "places")


def main() -> None:
    for name in EVALUATIONS:
        print(f"== eval.{name}", flush=True)
        subprocess.run([sys.executable, "-m", f"eval.{name}"], check=True)


if __name__ == "__main__":
    main()
