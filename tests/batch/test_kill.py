"""A batch run killed with SIGKILL at random moments, then run again, ends with exactly the records of
an uninterrupted run: none missing, none twice. The runs are real processes, as users start them."""

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter

from tests.batch.corpus import write_corpus
from tests.batch.test_runner import snapshot
from tidings.batch import shards

KILLS = 4


def start(inputs, out):
    return subprocess.Popen([sys.executable, "-m", "tidings", "batch", str(inputs), "--out", str(out),
                             "--workers", "2", "--chunk-size", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def committed(out) -> int:
    return sum(len(s.origins) for s in shards(out)) if (out / "_manifest").is_dir() else 0


def test_killed_runs_resume_to_exactly_the_records_of_an_uninterrupted_run(tmp_path):
    corpus = write_corpus(tmp_path / "in", texts=30)
    reference = tmp_path / "reference"
    assert start(corpus, reference).wait(timeout=300) == 1   # 1: the empty file and the bad line failed
    total = committed(reference)
    out = tmp_path / "out"
    moments = random.Random(7)
    cut_short = 0
    for attempt in range(KILLS):
        # A random moment: once a random number of further inputs is done, plus up to half a second
        # (so a kill lands while shards are being written, not only between them).
        target = committed(out) + moments.randint(2, 10)
        process = start(corpus, out)
        deadline = time.monotonic() + 120
        while process.poll() is None and committed(out) < target and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(moments.uniform(0, 0.5))
        if process.poll() is None:
            # Half the time the whole run (runner and workers), half the time the runner alone, whose
            # workers are left to finish their chunk and exit on their own.
            if attempt % 2 == 0:
                os.killpg(process.pid, signal.SIGKILL)
            else:
                process.send_signal(signal.SIGKILL)
        process.wait(timeout=120)
        cut_short += 0 < committed(out) < total
    final = subprocess.run([sys.executable, "-m", "tidings", "batch", str(corpus), "--out", str(out), "--workers", "2",
                            "--chunk-size", "2"], capture_output=True, text=True, timeout=300)
    # 0 when the last kill came after the work was done, 1 when this run met the bad inputs
    assert final.returncode in (0, 1) and "Traceback" not in final.stderr, final.stderr
    origins = Counter(o for s in shards(out) for o in s.origins)
    assert [o for o, n in origins.items() if n > 1] == []
    assert snapshot(out) == snapshot(reference)
    assert cut_short >= 2  # the kills did land in the middle of the work
    assert not [p for p in out.rglob("*") if p.name.startswith(".tmp-")]
