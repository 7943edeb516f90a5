"""The built-in actor tables under data/ (see data/README.md), read into lexicon entries.

Each entry keeps the file and line it came from, so an actor's `basis` points at the line to correct.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from tidings.actors.codes import write_code
from tidings.actors.lexicon import Entry, Lexicon, Term
from tidings.errors import ConfigError

DATA = "data"
# Later layers win where two tables give the same words: a named organisation or person is more
# specific than an agent noun or a place name.
LAYERS = ("agents", "regions", "countries", "territories", "metonyms", "organizations", "leaders")


def rows(filename: str) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row by column name) for each data row of a built-in TSV ('#' lines are comments)."""
    text = resources.files("tidings.actors").joinpath(f"{DATA}/{filename}").read_text(encoding="utf-8")
    return tsv_rows(text)


def tsv_rows(text: str) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row by column name) for each data row of a TSV text with a header line."""
    header: list[str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        cells += [""] * (len(header) - len(cells))
        yield number, dict(zip(header, cells, strict=False))


def variants(*cells: str) -> list[str]:
    """The '|'-separated forms of the cells, each once, in order."""
    out: list[str] = []
    for cell in cells:
        for form in cell.split("|"):
            form = form.strip()
            if form and form not in out:
                out.append(form)
    return out


def parse_day(text: str, where: str) -> dt.date | None:
    """The date of an ISO `YYYY-MM-DD` cell (None when empty)."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise ConfigError(f"{where}: {text!r} is not a date (YYYY-MM-DD)") from exc


def roles_of(cell: str) -> tuple[str, ...]:
    """Role codes from a cell written "GOV MIL" or "GOVMIL"."""
    joined = cell.replace(" ", "")
    return tuple(joined[i:i + 3] for i in range(0, len(joined), 3) if joined[i:i + 3])


def country_entries() -> Iterator[Entry]:
    for line, row in rows("countries.tsv"):
        iso, name = row["iso3"], row["name"]
        basis = f"countries.tsv:{line}"
        term = (Term(iso, (), basis=basis),)
        for form in variants(name, row["aliases"]):
            yield Entry(form, "country", name, term, f"country:{name}", actor_kind="country")
        people = set(variants(row["people"]))
        for form in variants(row["adjectives"]):
            yield Entry(form, "adjective", name, term, f"demonym:{form}", actor_kind="group",
                        plural=form in people)
        adjectives = set(variants(row["adjectives"]))
        for form in variants(row["people"], *_regular_people(row["adjectives"])):
            if form not in adjectives:
                yield Entry(form, "people", name, term, f"demonym:{form}", actor_kind="group", plural=True)
        for form in variants(row["capitals"]):
            yield Entry(form, "capital", form, (Term(iso, ("GOV",), basis=basis),), f"metonym:{form}",
                        actor_kind="organization", acting_only=True)


def _regular_people(adjectives: str) -> list[str]:
    # "Iraqi" -> "Iraqis", "Russian" -> "Russians"; other endings ("British", "Chinese") are irregular.
    return [a + "s" for a in variants(adjectives) if a.endswith(("an", "i")) and " " not in a]


# Regions that are political actors wherever they are named; the others are places unless they act.
FORMER_STATES = frozenset({"USR", "YUG"})
ALWAYS_ACTORS = FORMER_STATES | {"WST"}


def region_entries() -> Iterator[Entry]:
    for line, row in rows("regions.tsv"):
        code = row["code"]
        term = (Term(code, (), basis=f"regions.tsv:{line}"),)
        names = variants(row["names"])
        for form in names:
            yield Entry(form, "region", names[0], term, f"region:{names[0]}",
                        actor_kind="country" if code in FORMER_STATES else "group",
                        acting_only=code not in ALWAYS_ACTORS)
        for form in variants(row["adjectives"]):
            yield Entry(form, "adjective", names[0], term, f"region:{form}", actor_kind="group")


@lru_cache(maxsize=1)
def region_codes() -> frozenset[str]:
    """The CAMEO codes of regions and blocs (regions.tsv): "BLK" for the Balkans."""
    return frozenset(row["code"] for _, row in rows("regions.tsv"))


def territory_entries() -> Iterator[Entry]:
    for line, row in rows("territories.tsv"):
        name = row["name"]
        term = (Term(row["country"], (), basis=f"territories.tsv:{line}"),)
        for form in variants(name, row["aliases"]):
            yield Entry(form, "territory", name, term, f"territory:{name}", actor_kind="country",
                        acting_only=True)
        for form in variants(row.get("adjectives", "")):
            # "Chechen rebels", "Tibetan monks": the people of a part of a country are of that country
            yield Entry(form, "adjective", name, term, f"territory:{form}", actor_kind="group")


def metonym_entries() -> Iterator[Entry]:
    for line, row in rows("metonyms.tsv"):
        name = row["name"]
        term = Term(row["country"] or None, roles_of(row["role"]), row["organization"] or None,
                    basis=f"metonyms.tsv:{line}")
        for form in variants(name, row["aliases"]):
            yield Entry(form, "metonym", name, (term,), f"metonym:{name}", actor_kind="organization",
                        acting_only=row["when"] == "acting")


def organization_entries() -> Iterator[Entry]:
    by_name: dict[str, list[tuple[int, dict[str, str]]]] = {}
    for line, row in rows("organizations.tsv"):
        by_name.setdefault(row["name"], []).append((line, row))
    for name, group in by_name.items():
        terms = []
        for line, row in group:
            where = f"organizations.tsv:{line}"
            roles = roles_of(row["role"])
            country = row["country"] or None
            terms.append(Term(country, roles, row["organization"] or None,
                              parse_day(row["start"], where), parse_day(row["end"], where),
                              code=row["code"] or write_code(country, roles, row["organization"] or None),
                              basis=where))
        first_line, first = group[0]
        kind = first["kind"] or "organization"
        for form in variants(name, *(row["aliases"] for _, row in group)):
            yield Entry(form, "organization", name, tuple(terms), f"organizations.tsv:{first_line}",
                        actor_kind=kind)


LEADER_COLUMNS = ("name", "aliases", "country", "role", "office", "start", "end")


def leader_entries(text: str | None = None, filename: str = "leaders.tsv") -> Iterator[Entry]:
    """People with time-bounded offices, from leaders.tsv and igo_leaders.tsv (built in, when `text` is
    None) or from another table in their format (columns name, aliases, country, role, office, start,
    end, note; dates inclusive). In igo_leaders.tsv `country` is the organisation's code (UNO, NATO)."""
    by_name: dict[str, list[tuple[int, dict[str, str]]]] = {}
    if text is None:
        table = [(f"leaders.tsv:{n}", row) for n, row in rows("leaders.tsv")]
        table += [(f"igo_leaders.tsv:{n}", _igo_row(row)) for n, row in rows("igo_leaders.tsv")]
    else:
        table = [(f"{filename}:{n}", row) for n, row in tsv_rows(text)]
    for line, row in table:
        if not row.get("name"):
            continue
        by_name.setdefault(row["name"], []).append((line, row))
    owners: dict[str, set[str]] = {}
    for name, group in by_name.items():
        for form in variants(name, *(row["aliases"] for _, row in group)):
            owners.setdefault(form.lower(), set()).add(name)
    for name, group in by_name.items():
        terms = tuple(
            Term(row["country"] or None, roles_of(row["role"]), row.get("organization") or None,
                 parse_day(row["start"], line), parse_day(row["end"], line),
                 office=row["office"] or None, code=row.get("code") or None, basis=line)
            for line, row in group)
        for form in variants(name, *(row["aliases"] for _, row in group)):
            if len(owners[form.lower()]) > 1:
                continue  # a surname two people share ("Kim", "Lee") names neither for sure
            yield Entry(form, "person", name, terms, group[0][0], actor_kind="person", user=text is not None)


def _igo_row(row: dict[str, str]) -> dict[str, str]:
    """An igo_leaders.tsv row as a leaders row: country IGO, the organisation and its CAMEO code."""
    organization = row["country"]
    return {**row, "country": "IGO", "organization": organization,
            "code": organization_codes().get(organization, f"IGO{organization[:3]}")}


@lru_cache(maxsize=1)
def organization_codes() -> dict[str, str]:
    """The CAMEO code of each international organisation of organizations.tsv, by its short code."""
    codes: dict[str, str] = {}
    for _, row in rows("organizations.tsv"):
        if row["organization"] and row["code"] and row["kind"] == "organization":
            codes.setdefault(row["organization"], row["code"])
    return codes


def agent_entries() -> Iterator[Entry]:
    for line, row in rows("agents.tsv"):
        phrase = row["phrase"]
        term = (Term(None, roles_of(row["role"]), basis=f"agents.tsv:{line}"),)
        kind = row["kind"] or None
        label = "title" if kind == "person" else "agent"
        common = dict(agent_class=row["class"] or None, office=row["office"] or None)
        yield Entry(phrase, "agent", phrase, term, f"{label}:{phrase}", actor_kind=kind, **common)
        if row["plural"] == "-":
            continue
        plural_kind = "group" if kind == "person" else kind
        for form in variants(row["plural"]) or [plural(phrase)]:
            yield Entry(form, "agent", phrase, term, f"{label}:{phrase}", actor_kind=plural_kind, plural=True,
                        **common)


def plural(phrase: str) -> str:
    """The regular English plural of a phrase's last word: troop -> troops, ministry -> ministries."""
    head, _, last = phrase.rpartition(" ")
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}" if head else last


@lru_cache(maxsize=1)
def monarchy() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The titles of monarchs (agents.tsv's class monarch: "king", "emir"), the names of the people
    leaders.tsv knows as monarchs (such a title in their aliases or opening their note: "King Salman"),
    and the countries they reign over."""
    titles = frozenset(row["phrase"].lower() for _, row in rows("agents.tsv") if "monarch" in row["class"].split())
    names, countries = set(), set()
    for _, row in rows("leaders.tsv"):
        words = {w.lower() for alias in row["aliases"].split("|") for w in alias.split()}
        note = row.get("note", "").split()
        if words & titles or (note and note[0].lower().strip(";,") in titles):
            names.add(row["name"])
            countries.add(row["country"])
    return titles, frozenset(names), frozenset(countries)


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """The gender ("f" or "m") news pronouns give the bearers of common given names (given_names.tsv)."""
    return {row["name"].lower(): row["gender"] for _, row in rows("given_names.tsv")}


@lru_cache(maxsize=1)
def body_heads() -> frozenset[str]:
    """The words, lower-cased, that head the name of a body ("agency", "office", "group"; body_heads.tsv)."""
    words = {row["word"].lower() for _, row in rows("body_heads.tsv")}
    return frozenset(words | {plural(w) for w in words})


@lru_cache(maxsize=1)
def anaphors() -> dict[str, str]:
    """The nouns that name again an actor named before, with the kind of actor they may name
    ("the country": a country; anaphors.tsv)."""
    return {row["noun"].lower(): row["antecedent"] for _, row in rows("anaphors.tsv")}


TABLES = {
    "agents": agent_entries, "regions": region_entries, "countries": country_entries, "territories": territory_entries,
    "metonyms": metonym_entries, "organizations": organization_entries, "leaders": leader_entries,
}


@lru_cache(maxsize=1)
def builtin_lexicon() -> Lexicon:
    """The lexicon of the built-in tables, layered as LAYERS says (built once per process)."""
    lexicon = Lexicon()
    for layer in LAYERS:
        lexicon.add(TABLES[layer]())
    return lexicon


@lru_cache(maxsize=1)
def context_words() -> dict[str, frozenset[str]]:
    """The lists of data/context.tsv: role, dateline_role, not_home, foreign_word."""
    lists: dict[str, set[str]] = {}
    for _, row in rows("context.tsv"):
        word = row["word"] if row["list"].endswith("role") else row["word"].lower()  # role codes stay upper case
        lists.setdefault(row["list"], set()).add(word)
    return {name: frozenset(words) for name, words in lists.items()}
