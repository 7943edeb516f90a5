import pytest

from tidings.events import cameo


@pytest.mark.parametrize(("code", "name", "goldstein", "quad", "plover", "mode"), [
    ("010", "Make statement, not specified below", 0.0, 1, None, None),
    ("041", "Discuss by telephone", 1.0, 1, "CONSULT", "phone"),
    ("042", "Make a visit", 1.9, 1, "CONSULT", "visit"),
    ("057", "Sign formal agreement", 8.0, 1, "SUPPORT", None),
    ("0841", "Return, release person(s)", 7.0, 2, "RETREAT", "release"),
    ("106", "Demand meeting, negotiation", -5.0, 3, "DEMAND", "meet"),
    ("112", "Accuse, not specified below", -2.0, 3, "ACCUSE", "disapprove"),
    ("163", "Impose embargo, boycott, or sanctions", -8.0, 4, "SANCTION", "restrict"),
    ("173", "Arrest, detain, or charge with legal action", -5.0, 4, "COERCE", "arrest"),
    ("190", "Use conventional military force, not specified below", -10.0, 4, "ASSAULT", None),
    ("2042", "Detonate nuclear weapons", -10.0, 4, "ASSAULT", "unconventional"),
])
def test_codebook_entries(code, name, goldstein, quad, plover, mode):
    entry = cameo.lookup(code)
    assert (entry.name, entry.goldstein, entry.quad_class, entry.plover, entry.plover_mode) == \
        (name, goldstein, quad, plover, mode)
    assert entry.root == code[:2]


def test_codebook_has_every_root_and_the_cameo_codes():
    book = cameo.codebook()
    assert sorted(c for c in book if len(c) == 2) == [f"{r:02d}" for r in range(1, 21)]
    assert len(book) == 311
    assert all(book[c].quad_class == book[c[:2]].quad_class for c in book)


def test_unknown_code_names_the_code():
    with pytest.raises(KeyError, match="'999' is not a CAMEO event code"):
        cameo.lookup("999")


@pytest.mark.parametrize(("code", "quad"), [("141", 4), ("163", 3), ("162", 3), ("090", 3), ("0831", 1),
                                           ("0841", 2), ("010", None), ("020", None), ("046", 1)])
def test_plover_quad_class(code, quad):
    assert cameo.plover_quad_class(cameo.plover(code)) == quad


def test_every_plover_type_has_a_quad_class():
    types = {e.plover for e in cameo.codebook().values() if e.plover}
    assert types <= set(cameo.plover_quad_classes())
