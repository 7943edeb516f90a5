"""Benchmarks of tidings: throughput against a bare spaCy parse, worker scaling, memory, stage shares.

Each is a ratio measured in one run (`.venv/bin/python -m bench.<name>`), and writes its section of
bench/RESULTS.md with the command that made it. `make bench` runs them all. Not part of pytest.
"""
