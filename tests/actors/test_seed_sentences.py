"""find_actors on sentences in the style of the seed article (written for these tests)."""

import pytest

from tidings.actors import find_actors


def coded(nlp, text: str, published: str = "2024-02-09") -> list[tuple[str, str | None, str | None]]:
    return [(a.name, a.country, a.role) for a in find_actors(text, nlp(text), published=published)]


def test_titles_names_metonyms_and_media_are_coded(nlp):
    text = ("Chinese President Xi Jinping and his Russian counterpart Vladimir Putin accused the United States "
            "of interfering, the Kremlin said, according to the state broadcaster CCTV.")
    assert coded(nlp, text) == [
        ("Xi Jinping", "CHN", "GOV"), ("Vladimir Putin", "RUS", "GOV"), ("United States", "USA", None),
        ("Kremlin", "RUS", "GOV"), ("China Central Television", "CHN", "MED"),
    ]


@pytest.mark.parametrize(("published", "role"), [("2010-06-01", "GOV"), ("2019-06-01", "ELI")])
def test_a_leader_is_coded_on_the_article_date(nlp, published, role):
    assert coded(nlp, "Barack Obama spoke on Tuesday.", published) == [("Barack Obama", "USA", role)]
