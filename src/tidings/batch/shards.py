"""A batch run's output directory: Parquet shards, written atomically, and their manifest.

    DIR/articles/<shard>.parquet   one file per shard in each table (tables.PARTS), same shard name
    DIR/events/<shard>.parquet     ...
    DIR/_manifest/<shard>.json     the commit: which inputs (origins) the shard holds, row counts

Every file is written under a temporary name and renamed into place, and a shard's manifest is
written last: a shard exists exactly when its manifest does. A run killed at any moment leaves at
most some files no manifest names; they are never read and the next run deletes them. Shard names
carry a token drawn per run (`000012-3f9a0c1e`), so a worker of a killed run that is still
finishing can never overwrite the shard of a new one.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from tidings.batch.tables import PARTS
from tidings.errors import ConfigError

MANIFEST = "_manifest"
TMP = ".tmp-"


@dataclass(frozen=True, slots=True)
class Shard:
    """What a shard holds: its name, the origins of its inputs in order, and rows per table."""

    name: str
    origins: tuple[str, ...]
    rows: dict[str, int] = field(default_factory=dict)
    created: str | None = None

    def path(self, out: Path, part: str) -> Path:
        """The Parquet file of table `part` of this shard under `out`."""
        return out / part / f"{self.name}.parquet"


def prepare(out: Path) -> None:
    """Make `out` ready for a run: its folders exist, and files of unfinished shards are gone."""
    try:
        for folder in (MANIFEST, *PARTS):
            (out / folder).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot create output directory {out}: {exc.strerror or exc}") from exc
    done = {s.name for s in shards(out)}
    for folder in (MANIFEST, *PARTS):
        for path in (out / folder).iterdir():
            stem = path.name.split(".", 1)[0]
            if path.name.startswith(TMP) or (folder != MANIFEST and stem not in done):
                path.unlink(missing_ok=True)


def shards(out: Path) -> list[Shard]:
    """The committed shards under `out`, in name order."""
    folder = out / MANIFEST
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.json")):
        if path.name.startswith(TMP):
            continue                         # a manifest being written (and renamed away) is not committed yet
        data = json.loads(path.read_text(encoding="utf-8"))
        found.append(Shard(data["name"], tuple(data["origins"]), data.get("rows", {}), data.get("created")))
    return found


def shard_names(out: Path, count: int) -> Iterator[str]:
    """`count` new shard names, numbered on from the shards already under `out`, with this run's token."""
    existing = [int(s.name.split("-", 1)[0]) for s in shards(out)]
    start = max(existing, default=0) + 1
    token = secrets.token_hex(4)
    for number in range(start, start + count):
        yield f"{number:06d}-{token}"


def write_tables(out: Path, name: str, tables: dict[str, pa.Table]) -> dict[str, int]:
    """Write each table of shard `name` (temporary name, then rename); rows per table."""
    for part, table in tables.items():
        target = out / part / f"{name}.parquet"
        tmp = target.with_name(f"{TMP}{target.name}")
        pq.write_table(table, tmp, compression="zstd")
        _sync(tmp)
        os.replace(tmp, target)
    return {part: table.num_rows for part, table in tables.items()}


def commit(out: Path, shard: Shard) -> Shard:
    """Write the manifest of `shard`, which makes it part of the output; the shard as committed."""
    shard = Shard(shard.name, shard.origins, shard.rows, datetime.now(UTC).isoformat(timespec="seconds"))
    target = out / MANIFEST / f"{shard.name}.json"
    tmp = target.with_name(f"{TMP}{target.name}")
    tmp.write_text(json.dumps(asdict(shard), ensure_ascii=False), encoding="utf-8")
    _sync(tmp)
    os.replace(tmp, target)
    return shard


def _sync(path: Path) -> None:
    # A rename makes a file appear whole to other processes; fsync makes it survive a power cut too.
    with path.open("rb") as f:
        os.fsync(f.fileno())


def read_table(out: Path, part: str) -> pa.Table:
    """Table `part` of every committed shard under `out`, concatenated in shard order."""
    from tidings.batch.tables import SCHEMAS

    tables = [pq.read_table(s.path(out, part), schema=SCHEMAS[part]) for s in shards(out)]
    return pa.concat_tables(tables) if tables else SCHEMAS[part].empty_table()


def shard_files(out: Path, part: str) -> list[str]:
    """The Parquet files of table `part` of the committed shards (what DuckDB and loaders read)."""
    return [str(s.path(out, part)) for s in shards(out)]
