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
        text=("Xi Jinping accused the United States on Thursday, the Kremlin said. "
              "Trade reached $240.1 billion in Beijing."),
        removed=(Removed("Photo: AFP.", "credit", at=10, rule="credit.photo"),),
        entities=(Entity(0, 10, "Xi Jinping", "PERSON"),),
        actors=(Actor("a1", "Xi Jinping", "person", "CHN", "GOV", None, ((0, 10),), code="CHNGOV"),
                Actor("a2", "United States", "country", "USA", None, None, ((23, 36),)),
                Actor("a3", "Kremlin", "organization", "RUS", "GOV", None, ((54, 61),), basis="metonym:Kremlin")),
        quotes=(Quote(0, 48, "Xi Jinping accused the United States on Thursday", "a3", "the Kremlin", "said",
                      "indirect", speaker_span=(50, 61), cue_span=(62, 66)),),
        events=(Event("e1", "a1", "a2", "112", "11", "Accuse, not specified below", -2.0, 3, "ACCUSE", None,
                      "asserted", "2024-02-08", "on Thursday", "text",
                      EventPlace("Beijing", "CHN", 39.9075, 116.39723), (0, 67), (11, 18), "a3", "accuse.v1", 0.8),
                Event("e2", "a1", None, "010", "01", "Make statement", 0.0, 1, None, None, "future", None, None,
                      None, None, (0, 67), (62, 66), "a3", "say.v1", 0.5)),
        times=(Time(37, 48, "on Thursday", "DATE", "2024-02-08"),),
        places=(Place(100, 107, "Beijing", "Beijing", "CHN", 39.9075, 116.39723, 1816670, "PPLC"),),
        claims=(Claim(82, 96, "$240.1 billion", 240.1e9, "USD", "2023", "Trade", "Chinese customs data", "nearly"),),
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
    assert data["events"][0]["sentence"] == [0, 67]
    assert data["events"][0]["place"] == {"name": "Beijing", "country": "CHN", "lat": 39.9075, "lon": 116.39723}
    assert data["events"][1]["place"] is None
    assert data["actors"][0]["mentions"] == [[0, 10]]


def test_from_dict_ignores_unknown_fields_and_fills_missing_lists():
    data = {"schema": SCHEMA, "article": {"id": "x", "future_field": 1}, "text": "t", "new_part": []}
    record = Extraction.from_dict(data)
    assert record.article == Article(id="x")
    assert record.events == () and record.warnings == ()
