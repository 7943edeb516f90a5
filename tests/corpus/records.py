"""Records built for the corpus tests: one story told by several papers, copies of a wire story."""

from __future__ import annotations

from tidings.records import Actor, Article, Event, EventPlace, Extraction, Place

WIRE = ("Russian forces shelled the port city of Odesa overnight, damaging grain silos and a warehouse, "
        "the regional governor said on Wednesday. Ukraine's air force said it shot down most of the drones "
        "launched in the attack, which began shortly after midnight and lasted several hours. Firefighters "
        "worked until dawn to put out the blaze at the silos, and two workers were taken to hospital with burns, "
        "officials said. The port has been a frequent target since Russia left a deal that had allowed grain "
        "shipments across the Black Sea, and exporters said the strikes would raise the cost of insurance.")
OTHER = ("Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in Beijing, where "
         "the two leaders signed agreements on trade, farming and space research worth billions of dollars.")

ODESA = EventPlace("Odesa", "UKR", 46.47747, 30.73262)
GEONAMES = {"Odesa": 698740, "Beijing": 1816670}


def attack(aid: str, *, published: str, source: str | None, date: str | None, attacker: str = "Russian forces",
           victim: str = "Odesa", place: EventPlace | None = ODESA, code: str = "190",
           modality: str = "asserted", text: str = WIRE, url: str | None = None) -> Extraction:
    """An article reporting that `attacker` (RUS MIL) attacked `victim` (UKR) on `date`."""
    actors = (Actor("a1", attacker, "group", "RUS", "MIL", mentions=((0, 14),)),
              Actor("a2", victim, "country" if victim in ("Ukraine", "Kyiv") else "group", "UKR", None,
                    mentions=((40, 45),)))
    name, goldstein, quad, plover = (("Consult", 1.0, 1, "CONSULT") if code.startswith("04")
                                     else ("Use conventional military force", -10.0, 4, "ASSAULT"))
    event = Event("e1", "a1", "a2", code, code[:2], name, goldstein, quad, plover, None, modality, date, None,
                  "text" if date else None, place, (0, 120), (15, 22), None, "test.v1", 0.9)
    places = (Place(40, 45, place.name, place.name, place.country, place.lat, place.lon, GEONAMES.get(place.name),
                    "PPLA" if place.name == "Odesa" else "PPLC"),) if place else ()
    return Extraction(Article(aid, url=url, source=source, published=published), text, actors=actors,
                      events=(event,), places=places)


def story() -> list[Extraction]:
    """Four papers on one shelling (two copy the wire), a second shelling a week later, a denial, and a meeting."""
    return [
        attack("a", published="2024-03-06", source="Reuters", date="2024-03-06"),
        attack("b", published="2024-03-06", source="Kyiv Post", date="2024-03-06",
               text=WIRE.replace("said on Wednesday", "said on Wednesday morning")),
        attack("c", published="2024-03-07", source=None, url="https://www.example-news.com/odesa", date="2024-03-05",
               attacker="Russian forces in the Black Sea", text=WIRE + " More strikes are expected."),
        attack("d", published="2024-03-07", source="Reuters", date="2024-03", place=None, victim="Odesa",
               text="A different account of the same night in Odesa, written from scratch by another reporter."),
        attack("e", published="2024-03-13", source="Reuters", date="2024-03-13",
               text="Another shelling hit Odesa a week later, destroying a school and a clinic near the port."),
        attack("f", published="2024-03-07", source="TASS", date="2024-03-06", modality="negated",
               text="The Russian defence ministry denied that its forces struck civilian targets in Odesa."),
        attack("g", published="2024-03-08", source="Xinhua", date="2024-03-06", code="040", text=OTHER,
               place=EventPlace("Beijing", "CHN", 39.9075, 116.39723)),
    ]
