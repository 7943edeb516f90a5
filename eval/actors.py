"""How often the source and target actors of ConfliBERT's CAMEO sentences are found and coded.

For every sentence of ../shared/data/conflibert_cameo/train.jsonl that marks `actors`, each source
and target span counts as *found* when an actor mention tidings gives overlaps it, and as *coded*
when that actor (the one `actor_at` picks for the span) has a country. PETRARCH-2's hand-corrected
codes (petr2_gsr) say whether the right country (and role) is carried; each sentence goes through the
cleaner first, as in the pipeline, so a dateline it opens with is the article's dateline. On PolNeAR's
articles (whole news stories), how many actors with a role have a country, and by which rules. Also
measures the cost of the actor stage against the parse on the same sentences and articles.

    .venv/bin/python -m eval.actors            # prints the scores and writes its section of eval/RESULTS.md
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter

from eval.results import shared_dir, write_section
from tidings.actors import actor_at, find_actors
from tidings.nlp import load_model

SECTION = "actors"
COMMAND = ".venv/bin/python -m eval.actors"


def conflibert_records() -> list[dict]:
    path = shared_dir() / "data" / "conflibert_cameo" / "train.jsonl"
    return [r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if r.get("actors")]


def score(records: list[dict]) -> tuple[dict[str, Counter], float, float]:
    """Counts per span role (found, coded, spans) and the parse and actor seconds."""
    nlp = load_model()
    texts = [r["text"] for r in records]
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=64))
    parse = time.perf_counter() - started
    counts: dict[str, Counter] = {key: Counter() for key in ("source", "target", "source_target", "all")}
    cost = 0.0
    for record, doc in zip(records, docs, strict=True):
        started = time.perf_counter()
        actors = find_actors(record["text"], doc, published=None)
        cost += time.perf_counter() - started
        for span in record["actors"]:
            actor = actor_at(actors, span["start"], span["end"])
            for key in (span["role"], "all"):  # source_target: one span that is both
                counts[key]["spans"] += 1
                counts[key]["found"] += actor is not None
                counts[key]["coded"] += actor is not None and actor.country is not None
                if actor is not None and actor.country is not None and (rule := rule_of(actor.basis)):
                    counts[key][rule] += 1
    return counts, parse, cost


# what coded an actor's country, by its basis (the first that applies)
RULES = (
    ("the article's context (context.py)", "+context:"),
    ("a surname by the date (surnames.py)", "+surname-on-date"),
    ("a city or region (location.py)", "place:"),
)


def rule_of(basis: str | None) -> str | None:
    """The rule of RULES an actor's basis names, if any."""
    return next((name for name, mark in RULES if basis and mark in basis), None)


def article_cost(limit: int = 200) -> tuple[int, int, float, float, Counter]:
    """(articles, words, parse seconds, actor seconds, counts) over PolNeAR's first `limit` primary
    articles; counts: actors with a role, those with a country too, and those coded by each rule."""
    path = shared_dir() / "data" / "polnear" / "train.jsonl"
    texts, dates = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("primary"):
            texts.append(record["text"])
            dates.append(record.get("date"))
        if len(texts) >= limit:
            break
    nlp = load_model()
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse = time.perf_counter() - started
    started = time.perf_counter()
    found = [find_actors(text, doc, published=date) for text, doc, date in zip(texts, docs, dates, strict=True)]
    cost = time.perf_counter() - started
    counts: Counter = Counter()
    for actors in found:
        for actor in actors:
            if actor.role is None:
                continue
            counts["role"] += 1
            counts["country"] += actor.country is not None
            if actor.country is not None and (rule := rule_of(actor.basis)):
                counts[rule] += 1
    return len(texts), sum(len(d) for d in docs), parse, cost, counts


def petrarch_codes() -> Counter:
    """How many of the hand-corrected PETRARCH-2 source/target codes (petr2_gsr) some actor of the
    sentence carries: the country alone, and the country with the code's first role."""
    from tidings.actors.codes import read_code
    from tidings.clean import clean_body

    path = shared_dir() / "data" / "petr2_gsr" / "gold.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    nlp = load_model()
    counts: Counter = Counter()
    for record in records:
        if not record.get("events"):
            continue
        cleaned = clean_body(record["text"])
        actors = find_actors(cleaned.text, nlp(cleaned.text), published=record.get("date"),
                             dateline=cleaned.dateline)
        codings = {(a.country, a.role) for a in actors}
        for event in record["events"]:
            for code in (event["source"], event["target"]):
                gold = read_code(code)
                if gold is None or gold.country is None:
                    continue
                counts["codes"] += 1
                counts["country"] += any(c == gold.country for c, _ in codings)
                if gold.roles:
                    counts["with_role"] += 1
                    counts["country_role"] += (gold.country, gold.roles[0]) in codings
    return counts


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def report() -> str:
    records = conflibert_records()
    warm_up = "Police in Karachi said."  # the tables and the places gazetteer load once, outside the timing
    find_actors(warm_up, load_model()(warm_up), published=None)
    counts, parse, cost = score(records)
    n_articles, words, a_parse, a_cost, a_counts = article_cost()
    petr = petrarch_codes()
    lines = [
        f"## {SECTION}",
        "",
        f"Command: `{COMMAND}` (spaCy {load_model().meta.get('name')} {load_model().meta.get('version')}).",
        "",
        f"ConfliBERT CAMEO train, {len(records)} sentences with source/target spans: a span is *found* when an",
        "actor mention overlaps it, *coded* when that actor has a country.",
        "",
        "| spans | count | found | found and coded with a country |",
        "|---|---:|---:|---:|",
    ]
    for key in ("source", "target", "source_target", "all"):
        c = counts[key]
        lines.append(f"| {key} | {c['spans']} | {percent(c['found'], c['spans'])} | "
                     f"{percent(c['coded'], c['spans'])} |")
    coded_by = ", ".join(f"{name} {counts['all'][name]}" for name, _ in RULES)
    lines += ["", f"Of the spans coded with a country, coded by {coded_by}."]
    lines += [
        "",
        "PETRARCH-2 gold (petr2_gsr, hand-corrected codes of AFP sentences): how many event source/target",
        "codes some actor of the sentence carries.",
        "",
        "| codes | count | country found | country and role found |",
        "|---|---:|---:|---:|",
        f"| all with a country | {petr['codes']} | {percent(petr['country'], petr['codes'])} | |",
        f"| with a role (e.g. NGAREB) | {petr['with_role']} | | "
        f"{percent(petr['country_role'], petr['with_role'])} |",
    ]
    lines += [
        "",
        f"PolNeAR, {n_articles} articles (US politics 2015-16, dated, no dateline given): actors with a role, and",
        "those with a country, in all and by the rule that gave it (the others come from their own words",
        "and the tables).",
        "",
        "| actors with a role | with a country | " + " | ".join(name for name, _ in RULES) + " |",
        "|---:|---:|" + "---:|" * len(RULES),
        f"| {a_counts['role']} | {percent(a_counts['country'], a_counts['role'])} | "
        + " | ".join(str(a_counts[name]) for name, _ in RULES) + " |",
    ]
    lines += [
        "",
        "Cost of the actor stage against the parse, same texts, same process:",
        "",
        "| texts | parse s | actors s | actors / parse |",
        "|---|---:|---:|---:|",
        f"| {len(records)} ConfliBERT sentences | {parse:.2f} | {cost:.2f} | "
        f"{percent(int(cost * 1e6), int(parse * 1e6))} |",
        f"| {n_articles} PolNeAR articles ({words:,} tokens) | {a_parse:.2f} | {a_cost:.2f} | "
        f"{percent(int(a_cost * 1e6), int(a_parse * 1e6))} |",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    text = report()
    sys.stdout.write(text + "\n")
    write_section(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
