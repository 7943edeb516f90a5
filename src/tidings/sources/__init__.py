"""Sources: bytes from files, directories, globs or standard input, turned into `Input`s.

One module per format (plain.py, jsonl.py, html.py); each knows nothing about the rest. `read`
expands the command line's arguments and yields, in order, one `Input` or one `Failure` per
article, so a bad input never stops the others.
"""

from __future__ import annotations

import glob
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from tidings.records import Failure
from tidings.sources.base import DEFAULT_MAX_BYTES, Input, read_bytes
from tidings.sources.html import read_html
from tidings.sources.jsonl import read_jsonl
from tidings.sources.plain import read_plain
from tidings.sources.warc import read_warc

# Extensions a directory is searched for; an explicitly named file of another name is sniffed.
READERS = {
    ".txt": "text", ".text": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".html": "html", ".htm": "html",
    ".warc": "warc",  # and .warc.gz (kind_of)
}

__all__ = ["DEFAULT_MAX_BYTES", "Input", "expand", "kind_of", "read", "read_path"]


def read(args: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES, allow_undated: bool = False,
         stdin=None) -> Iterator[Input | Failure]:
    """Every article named by `args` (files, directories, globs, `-` for JSON lines on stdin)."""
    for arg in args:
        if arg == "-":
            yield from read_jsonl(stdin or sys.stdin.buffer, origin="<stdin>", max_bytes=max_bytes)
            continue
        paths = expand(arg)
        if not paths:
            yield Failure(arg, "no such file, directory or matching glob")
        for path in paths:
            yield from read_path(path, max_bytes=max_bytes, allow_undated=allow_undated)


def expand(arg: str) -> list[Path]:
    """The files `arg` names: itself, the known files under a directory (sorted), or a glob's matches."""
    path = Path(arg)
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and kind_of(p) is not None)
    if path.exists():
        return [path]
    if glob.has_magic(arg):
        return sorted(p for p in map(Path, glob.glob(arg, recursive=True)) if p.is_file())
    return []


def read_path(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
              allow_undated: bool = False) -> Iterator[Input | Failure]:
    """The articles in one file, by its kind."""
    kind = kind_of(path)
    if kind == "warc":
        yield from read_warc(path, max_bytes=max_bytes)
        return
    if kind == "jsonl":
        try:
            if path.stat().st_size == 0:
                yield Failure(str(path), "empty file")
                return
            with path.open("rb") as stream:
                yield from read_jsonl(stream, origin=str(path), max_bytes=max_bytes)
        except OSError as exc:
            yield Failure(str(path), f"cannot read: {exc.strerror or exc}")
        return
    raw = read_bytes(path, max_bytes=max_bytes)
    if isinstance(raw, Failure):
        yield raw
        return
    if kind is None:
        kind = _sniff(raw)
    if kind == "html":
        yield read_html(raw, origin=str(path))
    elif kind == "jsonl":
        yield from read_jsonl(iter(raw.splitlines(keepends=True)), origin=str(path), max_bytes=max_bytes)
    else:
        yield read_plain(raw, origin=str(path), allow_undated=allow_undated)


def kind_of(path: Path, head: bytes | None = None) -> str | None:
    """The reader of `path` by its name (`text`, `jsonl`, `html`, `warc`), else by its first bytes `head` if given."""
    if path.name.lower().endswith(".warc.gz"):
        return "warc"
    kind = READERS.get(path.suffix.lower())
    return kind if kind is not None or head is None else _sniff(head)


def _sniff(raw: bytes) -> str:
    head = raw[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"
