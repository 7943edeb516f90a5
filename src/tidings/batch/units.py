"""Units of work: where each article of a run lies, found cheaply, read again anywhere.

The runner lists every article of its inputs as a `Unit` (a file, a line of a JSON lines file at
a byte offset, a record of a WARC file at a byte offset) without parsing anything heavy, and sends
lists of units to the workers, which read them (HTML through trafilatura included). So only a few
paths and numbers cross between processes, and a restarted run finds the same units, with the same
origins, in the same order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tidings.errors import ConfigError
from tidings.records import Failure
from tidings.sources import expand, kind_of, read_path
from tidings.sources.base import DEFAULT_MAX_BYTES, Input
from tidings.sources.jsonl import read_line
from tidings.sources.warc import read_warc_record, warc_records


@dataclass(frozen=True, slots=True)
class Unit:
    """One article to read: `origin` names it as every reader does (`path`, `path:line`)."""

    origin: str
    path: str
    kind: str                  # "file", "line", "warc" or "missing"
    offset: int = 0            # where the line or the WARC record starts, in bytes


def find_units(args: Iterable[str]) -> Iterator[Unit]:
    """Every article named by `args` (files, directories, globs), in the order `tidings run` reads them."""
    for arg in args:
        if arg == "-":
            raise ConfigError("tidings batch reads files, not standard input: it must read its inputs again "
                              "to resume (save the lines to a file)")
        paths = expand(arg)
        if not paths:
            yield Unit(arg, arg, "missing")
        for path in paths:
            yield from _file_units(path)


def _file_units(path: Path) -> Iterator[Unit]:
    try:
        with path.open("rb") as stream:
            head = stream.read(512)
    except OSError:
        yield Unit(str(path), str(path), "file")  # the worker's read says what is wrong
        return
    kind = kind_of(path, head)
    if kind == "jsonl":
        yield from _line_units(path)
    elif kind == "warc":
        found = False
        for number, offset in warc_records(path):
            found = True
            yield Unit(f"{path}:{number}", str(path), "warc", offset)
        if not found:
            yield Unit(str(path), str(path), "file")  # not a WARC, or no HTML page in it: the reader says which
    else:
        yield Unit(str(path), str(path), "file")


def _line_units(path: Path) -> Iterator[Unit]:
    offset = 0
    with path.open("rb") as stream:
        for number, line in enumerate(stream, start=1):
            yield Unit(f"{path}:{number}", str(path), "line", offset)
            offset += len(line)


def read_unit(unit: Unit, *, max_bytes: int = DEFAULT_MAX_BYTES, allow_undated: bool = False) -> Input | Failure:
    """The article of one unit, read as `tidings run` reads it, or the Failure that says why not."""
    if unit.kind == "missing":
        return Failure(unit.origin, "no such file, directory or matching glob")
    path = Path(unit.path)
    try:
        if unit.kind == "line":
            with path.open("rb") as stream:
                stream.seek(unit.offset)
                return read_line(stream.readline(), origin=unit.origin, max_bytes=max_bytes)
        if unit.kind == "warc":
            return read_warc_record(path, unit.offset, origin=unit.origin, max_bytes=max_bytes)
    except OSError as exc:
        return Failure(unit.origin, f"cannot read: {exc.strerror or exc}")
    items = list(read_path(path, max_bytes=max_bytes, allow_undated=allow_undated))
    if len(items) == 1:
        return items[0]
    # A file that is neither one article nor lines (e.g. a WARC with no HTML page): say so once.
    problem = items[0].problem if items and isinstance(items[0], Failure) else "no article in the file"
    return Failure(unit.origin, problem)
