"""The JSON Schema of the extraction record (`tidings.extraction/1`), shipped with the package.

The schema states the contract's fields, types and code lists; fields added later are allowed
(`additionalProperties` is left open), as CONTRACT.md promises consumers.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import jsonschema

from tidings.records import Extraction


@cache
def extraction_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one extraction record."""
    return json.loads(resources.files("tidings").joinpath("data/extraction-1.schema.json").read_text("utf-8"))


def schema_errors(record: Extraction | dict[str, Any]) -> list[str]:
    """Every way `record` breaks the schema or the offset rules, as readable lines; empty when valid."""
    data = record.to_dict() if isinstance(record, Extraction) else record
    validator = jsonschema.Draft202012Validator(extraction_schema())
    errors = [f"{'/'.join(map(str, e.absolute_path)) or '<record>'}: {e.message}"
              for e in validator.iter_errors(data)]
    if not errors:
        errors += _offset_errors(data)
    return errors


def _offset_errors(data: dict[str, Any]) -> list[str]:
    """Spans must lie inside `text` and, where the record repeats the span's words, match them."""
    text = data["text"]
    out: list[str] = []
    for part, words in (("entities", "text"), ("times", "text"), ("places", "text"), ("claims", "text"),
                        ("quotes", "content")):
        for i, item in enumerate(data[part]):
            start, end = item["start"], item["end"]
            if not 0 <= start <= end <= len(text):
                out.append(f"{part}/{i}: span [{start}, {end}) outside the text")
            elif text[start:end] != item[words]:
                out.append(f"{part}/{i}: text[{start}:{end}] is {text[start:end]!r}, not {item[words]!r}")
    for i, actor in enumerate(data["actors"]):
        out += [f"actors/{i}: mention {m} outside the text" for m in actor["mentions"]
                if not 0 <= m[0] < m[1] <= len(text)]
    for i, event in enumerate(data["events"]):
        for key in ("sentence", "trigger"):
            s, e = event[key]
            if not 0 <= s <= e <= len(text):
                out.append(f"events/{i}: {key} [{s}, {e}) outside the text")
    return out
