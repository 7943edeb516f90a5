"""The CAMEO event codebook: each code's name, Goldstein score, quad class and PLOVER type.

The facts live in `data/cameo.tsv` (sources in `data/README.md`); this module only reads them.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

QUAD_CLASSES = {1: "VERBAL_COOPERATION", 2: "MATERIAL_COOPERATION", 3: "VERBAL_CONFLICT", 4: "MATERIAL_CONFLICT"}


@dataclass(frozen=True, slots=True)
class Code:
    code: str                        # "112"; the 20 roots are two digits ("11")
    name: str                        # "Accuse, not specified below"
    goldstein: float                 # -10 (most conflictual) .. +10 (most cooperative)
    quad_class: int                  # 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict
    plover: str | None               # PLOVER event type, None where PLOVER drops the category (01, 02)
    plover_mode: str | None          # PLOVER mode ("phone", "visit", "arrest", ...) where one applies

    @property
    def root(self) -> str:
        return self.code[:2]


@cache
def codebook() -> dict[str, Code]:
    """Every CAMEO code (roots included) by its code string, as read from data/cameo.tsv."""
    text = files("tidings.events").joinpath("data", "cameo.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines(), delimiter="\t")
    return {
        r["code"]: Code(r["code"], r["name"], float(r["goldstein"]), int(r["quad_class"]),
                        r["plover"] or None, r["plover_mode"] or None)
        for r in rows
    }


def lookup(code: str) -> Code:
    """The codebook entry of `code`; raises KeyError naming the code when CAMEO has no such code."""
    try:
        return codebook()[code]
    except KeyError:
        raise KeyError(f"{code!r} is not a CAMEO event code (see tidings/events/data/cameo.tsv)") from None


def is_code(code: str) -> bool:
    """True when `code` is in the CAMEO codebook."""
    return code in codebook()


def name(code: str) -> str:
    """The CAMEO name of `code`."""
    return lookup(code).name


def goldstein(code: str) -> float:
    """The Goldstein score of `code`."""
    return lookup(code).goldstein


def quad_class(code: str) -> int:
    """The quad class (1-4) of `code`."""
    return lookup(code).quad_class


def plover(code: str) -> str | None:
    """The PLOVER event type of `code`, None for the dropped statement and appeal roots (01, 02)."""
    return lookup(code).plover


@cache
def plover_quad_classes() -> dict[str, int]:
    """PLOVER's quad category (1-4, as in `QUAD_CLASSES`) of each PLOVER event type (data/plover.tsv)."""
    text = files("tidings.events").joinpath("data", "plover.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")), delimiter="\t")
    return {r["type"]: int(r["quad_class"]) for r in rows}


def plover_quad_class(plover_type: str | None) -> int | None:
    """PLOVER's quad category of `plover_type`, None for no type (CAMEO 01 and 02 have none)."""
    return plover_quad_classes().get(plover_type) if plover_type else None
