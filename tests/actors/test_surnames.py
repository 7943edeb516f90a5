"""A lone surname means the one person of the tables with that surname who holds an office on the article's
date, unless the article names someone with that surname in full. The office holders are invented for
these tests (the built-in tables know no one of these names); the sentences are written for them."""

import pytest

from tidings.actors import find_actors
from tidings.actors.surnames import surname_keys

LEADERS = """\
name\taliases\tcountry\trole\toffice\tstart\tend\tnote
Arno Kessler\t\tNZL\tGOV\thead_of_government\t2001-02-01\t2006-01-31\tinvented
Maren Kessler\t\tNZL\tGOV\tforeign_minister\t2010-03-01\t2014-02-28\tinvented
Tomas Brannigan\t\tCHL\tGOV\thead_of_state\t2012-01-01\t2016-12-31\tinvented
Ines Brannigan\t\tARG\tGOV\tforeign_minister\t2013-01-01\t2015-12-31\tinvented
Idris bin Tahar\t\tOMN\tGOV\thead_of_state\t2005-01-01\t\tinvented king
Idris bin Salem\t\tQAT\tGOV\tforeign_minister\t2004-01-01\t2009-12-31\tinvented
Lena Mensah\t\tGHA\tGOV\thead_of_state\t2003-01-01\t2008-12-31\tinvented
Kofi Mensah\t\tGHA\tGOV\tdefence_minister\t2003-01-01\t2008-12-31\tinvented
"""


@pytest.fixture(scope="module")
def leaders(tmp_path_factory):
    path = tmp_path_factory.mktemp("surnames") / "leaders_test.tsv"
    path.write_text(LEADERS, encoding="utf-8")
    return str(path)


def coded(nlp, leaders, text, published):
    actors = find_actors(text, nlp(text), published=published, dictionaries=[leaders])
    return [(a.name, a.country, a.role) for a in actors if a.kind == "person"]


@pytest.mark.parametrize("published, text, expected", [
    # the only Kessler in office on the day
    ("2004-06-01", "Kessler said the talks would resume.", [("Arno Kessler", "NZL", "GOV")]),
    ("2012-06-01", "Kessler said the talks would resume.", [("Maren Kessler", "NZL", "GOV")]),
    # none in office: no one for sure
    ("2008-06-01", "Kessler said the talks would resume.", [("Kessler", None, None)]),
    # both in office: the title decides (head of state), or nothing does
    ("2014-06-01", "Brannigan said the talks would resume.", [("Brannigan", None, None)]),
    ("2014-06-01", "President Brannigan said the talks would resume.", [("Tomas Brannigan", "CHL", "GOV")]),
    ("2014-06-01", "Argentina's Brannigan said the talks would resume.", [("Ines Brannigan", "ARG", "GOV")]),
    # both in office in one government: the one leading it
    ("2005-06-01", "Mensah said the talks would resume.", [("Lena Mensah", "GHA", "GOV")]),
    # a patronymic name is called by its given name; the title's office picks the king
    ("2007-06-01", "King Idris arrived in Muscat.", [("Idris bin Tahar", "OMN", "GOV")]),
    ("2007-06-01", "Idris arrived in Muscat.", [("Idris", None, None)]),
    # someone named in full with that surname comes first, in the table or not
    ("2012-06-01", "Arno Kessler arrived in Wellington. Kessler said the talks would resume.",
     [("Arno Kessler", "NZL", "ELI")]),
    ("2012-06-01", "Tom Kessler arrived in Wellington. Kessler said the talks would resume.",
     [("Tom Kessler", None, None)]),
    # no date: no one
    (None, "Kessler said the talks would resume.", [("Kessler", None, None)]),
])
def test_a_lone_surname_is_the_office_holder_of_the_day(nlp, leaders, published, text, expected):
    assert coded(nlp, leaders, text, published) == expected


def test_the_basis_says_the_date_decided(nlp, leaders):
    text = "Kessler said the talks would resume."
    [actor] = find_actors(text, nlp(text), published="2004-06-01", dictionaries=[leaders])
    assert actor.basis == "leaders_test.tsv:2+surname-on-date"


def test_built_in_table_clinton_in_2010_is_the_secretary_of_state(nlp):
    text = "Clinton said the talks would resume."
    [actor] = find_actors(text, nlp(text), published="2010-05-01")
    assert (actor.name, actor.country, actor.role) == ("Hillary Clinton", "USA", "GOV")


@pytest.mark.parametrize("published, expected", [
    # "Bush" is George W.'s alias; in 1990 the one of that surname in office is his father
    ("1990-08-16", ("George H. W. Bush", "USA", "GOV")),
    ("2005-08-16", ("George W. Bush", "USA", "GOV")),
    # ... and with no Bush in office, the alias's own
    ("2016-08-16", ("George W. Bush", "USA", "ELI")),
])
def test_built_in_table_an_alias_out_of_office_gives_way_to_the_holder(nlp, published, expected):
    text = "Bush said the talks would resume."
    [actor] = find_actors(text, nlp(text), published=published)
    assert (actor.name, actor.country, actor.role) == expected


@pytest.mark.parametrize("name, countries, expected", [
    ("Arno Kessler", {"NZL"}, {"kessler"}),
    ("Moon Jae-in", {"KOR"}, {"moon", "jae-in"}),
    ("Abdullah II", {"JOR"}, {"abdullah"}),
    ("Mohammed bin Salman", {"SAU"}, {"mohammed", "salman"}),
])
def test_surname_keys(name, countries, expected):
    assert surname_keys(name, countries) == expected
