import json

from tidings.records import (
    SCHEMA,
    Actor,
    Article,
    Claim,
    Entity,
    Event,
    EventPlace,
    Extraction,
    Place,
    Quote,
    Removed,
    Time,
)


def full_record() -> Extraction:
    return Extraction(
        article=Article(id="abc", url="https://example.org/a", title="T", source="HKFP", published="2024-02-09",
                        dateline="Moscow, Russia"),
        text="Xi Jinping accused the United States on Thursday, the Kremlin said.",
        removed=(Removed("Photo: AFP.", "credit", at=10, rule="credit.photo"),),
        entities=(Entity(0, 10, "Xi Jinping", "PERSON"),),
        actors=(Actor("a1", "Xi Jinping", "person", "CHN", "GOV", None, ((0, 10),), code="CHNGOV"),
                Actor("a2", "United States", "country", "USA", None, None, ((19, 36),))),
        quotes=(Quote(0, 20, "Xi Jinping accused", "a1", "the Kremlin", "said", "indirect", cue_span=(60, 64)),),
        events=(Event("e1", "a1", "a2", "112", "11", "Accuse, not specified below", -2.0, 3, "ACCUSE", None,
                      "asserted", "2024-02-08", "on Thursday", "text",
                      EventPlace("Beijing", "CHN", 39.9075, 116.39723), (0, 66), (11, 18), None, "accuse.v1", 0.8),
                Event("e2", "a1", None, "010", "01", "Make statement", 0.0, 1, None, None, "future", None, None,
                      None, None, (0, 66), (11, 18), "a1", "say.v1", 0.5)),
        times=(Time(37, 48, "on Thursday", "DATE", "2024-02-08"),),
        places=(Place(0, 7, "Beijing", "Beijing", "CHN", 39.9075, 116.39723, 1816670, "PPLC"),),
        claims=(Claim(0, 5, "$240.1 billion", 240.1e9, "USD", "2023", "Trade", "Chinese customs data", "nearly"),),
        warnings=("something odd",),
    )


def test_to_dict_from_dict_round_trip_exactly():
    record = full_record()
    data = record.to_dict()
    assert Extraction.from_dict(data) == record
    assert Extraction.from_dict(json.loads(json.dumps(data))) == record
    assert Extraction.from_dict(data).to_dict() == data


def test_to_dict_has_the_contract_shape():
    data = full_record().to_dict()
    assert next(iter(data)) == "schema" and data["schema"] == SCHEMA
    assert data["events"][0]["sentence"] == [0, 66]
    assert data["events"][0]["place"] == {"name": "Beijing", "country": "CHN", "lat": 39.9075, "lon": 116.39723}
    assert data["events"][1]["place"] is None
    assert data["actors"][0]["mentions"] == [[0, 10]]


def test_from_dict_ignores_unknown_fields_and_fills_missing_lists():
    data = {"schema": SCHEMA, "article": {"id": "x", "future_field": 1}, "text": "t", "new_part": []}
    record = Extraction.from_dict(data)
    assert record.article == Article(id="x")
    assert record.events == () and record.warnings == ()
