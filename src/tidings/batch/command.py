"""`tidings batch` and `tidings load`: thin — parse the options, call the runner or the loader, report."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from tidings.batch.load import load_shards
from tidings.batch.runner import run_batch
from tidings.batch.worker import Options, Report
from tidings.sources.base import DEFAULT_MAX_BYTES

err = Console(stderr=True, highlight=False, soft_wrap=True)


class _Rate(ProgressColumn):
    def render(self, task: Task) -> Text:
        return Text(f"{task.speed or 0:.1f} articles/s")


def batch(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories (searched recursively for .txt, .jsonl, "
                                                     ".html, .warc, .warc.gz) or globs.", show_default=False)],
    out: Annotated[str, typer.Option("--out", help="The output directory of Parquet shards (created; a run "
                                                   "resumes what it holds).", show_default=False)],
    workers: Annotated[int | None, typer.Option("--workers", help="Worker processes (default: one per CPU).")] = None,
    chunk_size: Annotated[int, typer.Option("--chunk-size", help="Articles per shard.")] = 64,
    engine: Annotated[str, typer.Option("--engine", help="`local` (a pool of processes) or `ray` (Ray Data; "
                                                         "pip install 'tidings[ray]').")] = "local",
    address: Annotated[str | None, typer.Option("--address", help="The Ray cluster to join (engine ray), "
                                                                  "e.g. `auto` or `ray://head:10001`.")] = None,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline to parse with.")] = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Inputs larger than this fail.")] = DEFAULT_MAX_BYTES,
    allow_undated: Annotated[bool, typer.Option("--allow-undated", help="Accept text files without a date line.")]
    = False,
) -> None:
    """Extract many articles in parallel into Parquet shards; run it again to resume.

    Example: `tidings batch corpus/ --out shards/ --workers 2`, then `tidings load shards/ --db tidings.db`
    """
    options = Options(model=model, max_bytes=max_bytes, allow_undated=allow_undated)
    progress = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), _Rate(), TimeElapsedColumn(),
                        TimeRemainingColumn(), console=err, transient=True)
    task = progress.add_task("extracting", total=None)

    def started(total: int, done: int) -> None:
        progress.update(task, total=total, completed=done)
        if done:
            err.print(f"resuming: {done:,} of {total:,} inputs already in {out}")

    def reported(report: Report) -> None:
        progress.advance(task, len(report.origins))
        for line in report.failures:
            progress.console.print(f"[red]failed[/red] {escape(line)}")

    with progress:
        summary = run_batch(inputs, out, workers=workers, chunk_size=chunk_size, options=options, engine=engine,
                            address=address, on_start=started, on_report=reported)
    rate = summary.articles / summary.seconds if summary.seconds else 0.0
    Console(highlight=False).print(
        f"{summary.articles:,} articles, {len(summary.failures):,} failures in {len(summary.reports):,} shards "
        f"→ {out} ({summary.skipped:,} inputs already done; {summary.seconds:.1f} s, {rate:.1f} articles/s)")
    if summary.failures:
        raise typer.Exit(1)


def load(
    directory: Annotated[str, typer.Argument(help="A `tidings batch` output directory.", show_default=False)],
    db: Annotated[str, typer.Option("--db", help="A SQLite file path or a postgresql:// URL.")] = "tidings.db",
) -> None:
    """Load the Parquet shards of a batch run into a store; loading again changes nothing.

    Example: `tidings load shards/ --db postgresql://localhost/events`
    """
    counts = load_shards(directory, db)
    Console(highlight=False).print(
        f"{counts['articles']:,} articles and {counts['failures']:,} failures from {counts['shards']:,} shards "
        f"→ {db}")
