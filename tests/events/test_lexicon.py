from collections import Counter

from tidings.events import cameo
from tidings.events.lexicon import NULL_CODE, load_lexicon


def test_patterns_cover_every_root_with_more_than_500():
    patterns = load_lexicon().patterns()
    roots = Counter(p.code[:2] for p in patterns if p.code != NULL_CODE)
    assert len(patterns) > 500
    assert sorted(roots) == [f"{r:02d}" for r in range(1, 21)]


def test_pattern_ids_are_unique_and_codes_known():
    patterns = load_lexicon().patterns()
    assert len({p.id for p in patterns}) == len(patterns)
    assert all(cameo.is_code(p.code) or p.code == NULL_CODE for p in patterns)


def test_more_constrained_patterns_come_first():
    lexicon = load_lexicon()
    for group in (*lexicon.verbs.values(), *lexicon.nouns.values()):
        counts = [len(p.requires) for p in group]
        assert counts == sorted(counts, reverse=True)
    accuse = lexicon.verbs["accuse"]
    assert (accuse[-1].id, accuse[-1].code) == ("accuse.v", "112")
    assert [p.code for p in lexicon.verbs["impose"] if p.id == "impose.sanction.v"] == ["163"]


def test_transforms_follow_the_carried_code():
    lexicon = load_lexicon()
    assert [lexicon.transform("intent", c) for c in ("0841", "042", "190", "163")] == ["0353", "036", "138", "1312"]
    assert [lexicon.transform("refuse", c) for c in ("040", "0841", "190")] == ["125", "1243", None]
    assert [lexicon.transform("appeal", c) for c in ("046", "073")] == ["026", "0233"]
    assert lexicon.transform("threaten", "130") == "130"
