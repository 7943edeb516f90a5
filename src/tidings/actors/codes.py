"""CAMEO actor codes: read them ("IGOWSTNAT" -> IGO, NATO) and write them (CHN + GOV -> "CHNGOV").

A code is three-letter parts: a country (ISO 3166-1 alpha-3, a region such as WST, or a transnational
category such as IGO) first, then actor types (GOV, MIL, ...) and known groups (UNO, NAT, HMS, ...).
The parts other than ISO countries are in data/cameo_codes.tsv.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry

CONTRACT_ROLES = frozenset([
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "MED", "BUS", "CVL", "EDU", "HLH", "LAB",
    "REF", "NGO", "IGO", "ELI", "CRM", "REL", "AGR", "ENV",
])


@dataclass(frozen=True, slots=True)
class CodePart:
    code: str
    part: str                  # country, role or group
    meaning: str
    role: str | None           # the contract role it stands for
    organization: str | None   # the short organisation code tidings writes


@dataclass(frozen=True, slots=True)
class Coding:
    """What a CAMEO code says: country, roles (the first is the role) and organisation."""

    country: str | None
    roles: tuple[str, ...]
    organization: str | None


@lru_cache(maxsize=1)
def code_parts() -> dict[tuple[str, str], CodePart]:
    """The non-ISO parts of CAMEO codes by (part, code)."""
    text = resources.files("tidings.actors").joinpath("data/cameo_codes.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    parts: dict[tuple[str, str], CodePart] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        parts[(row["part"], row["code"])] = CodePart(
            row["code"], row["part"], row["meaning"], row["role"] or None, row["organization"] or None)
    return parts


@lru_cache(maxsize=1)
def iso_countries() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes, with Kosovo's XKX (no ISO code; the user-assigned one in common use)."""
    return frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"}


def is_country(code: str) -> bool:
    """Whether `code` can stand first in an actor code: an ISO country, a region or a category."""
    return code in iso_countries() or ("country", code) in code_parts()


def read_code(code: str) -> Coding | None:
    """The country, roles and organisation a CAMEO actor code says; None when it is not one.

    `~GOV` (an agent's code, PETRARCH's notation) has roles only. Types outside the contract's list
    (INS, SEP, UAF, ...) are read as the contract role they stand for.
    """
    code = code.strip().upper().strip("~")
    if not code or len(code) % 3 or not code.isalnum() or code == "---":
        return None
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    parts = code_parts()
    country: str | None = None
    if is_country(chunks[0]):
        country = chunks.pop(0)
    roles: list[str] = []
    organization: str | None = None
    category = parts.get(("country", country)) if country else None
    for chunk in chunks:
        role_part = parts.get(("role", chunk))
        group_part = parts.get(("group", chunk))
        if role_part and not (group_part and country in ("IGO", "NGO")):
            if role_part.role and role_part.role not in roles:
                roles.append(role_part.role)
        elif group_part:
            organization = group_part.organization or chunk
        elif chunk in iso_countries() or ("country", chunk) in parts:
            continue  # a region inside an IGO code: IGO-WST-NAT
        else:
            organization = chunk  # an unknown known-group code is kept as it is
    if category and category.role and category.role not in roles and country not in ("IGO", "NGO"):
        roles.insert(0, category.role)
    if country in ("IGO", "NGO") and not roles:
        roles.append(country)
    if country is None and not roles:
        return None  # neither a country nor an actor type: not a code tidings can read
    return Coding(country, tuple(roles), organization)


def write_code(country: str | None, roles: tuple[str, ...], organization: str | None = None) -> str | None:
    """The CAMEO actor code of a coding: "CHN" + "GOV" -> "CHNGOV"; IGOs as "IGO" + organisation."""
    parts = [country] if country else []
    for role in roles:
        if role != country and role not in parts:
            parts.append(role)
    if organization and country in ("IGO", "NGO"):
        parts = [country, organization[:3].upper()]
    code = "".join(p for p in parts if p)
    return code or None


def peacekeeping_code(organization: str | None) -> str:
    """The CAMEO code of peacekeepers: IGOPKO, with the code of the organisation that sends them when known
    ("UN peacekeepers": IGOUNOPKO; CAMEO manual 3.1.9)."""
    group = next((p.code for p in code_parts().values() if p.part == "group" and p.organization == organization),
                 None) if organization else None
    return f"IGO{group or ''}PKO"
