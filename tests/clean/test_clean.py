"""The plain-text cleaner: what it removes (with the reason and the rule), what it must keep, and
that nothing of the body is lost. Sentences are written for these tests."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SAMPLES, SEED
from tidings.clean import clean_body
from tidings.clean.rules import DATA, _rule, load_rules
from tidings.errors import ConfigError
from tidings.records import Failure, Removed
from tidings.sources import Input, read
from tidings.sources.plain import read_plain

KEPT = "Parliament passed the law on Tuesday."
AFTER = "The EU said it was concerned."


def removed(body: str) -> list[tuple[str, str, str]]:
    return [(r.reason, r.rule, r.text) for r in clean_body(body).removed]


# --- the seed --------------------------------------------------------------------------------------

def seed_body() -> str:
    return read_plain(SEED.read_bytes(), origin=str(SEED)).body


def test_seed_removes_captions_credits_heading_metadata_and_footer():
    assert removed(seed_body()) == [
        ("caption", "caption.before_credit",
         "President of the People's Republic of China Xi Jinping meets with Russian President Vladimir Putin "
         "during the official welcoming ceremony at the Grand Kremlin Palace in Moscow."),
        ("credit", "credit.photo_label", "Photo: Presidential Executive Office of Russia, via Wikicommons."),
        ("caption", "caption.portrait", "Yuri Ushakov."),
        ("credit", "credit.photo_label", "Archive photo: Wikicommons."),
        ("heading", "heading.quoted", "'No limits'"),
        ("metadata", "metadata.dateline_label", "Deadline : Moscow, Russia"),
        ("metadata", "metadata.article_type", "Article type: Press service"),
        ("metadata", "metadata.produced_externally",
         "Produced externally by an organization we trust to adhere to high journalistic standards."),
        ("footer", "footer.pipes", "Support HKFP | Policies and ethics | Error/typo? | Contact us | Newsletter | "
                                   "Transparency and annual report | apps"),
        ("footer", "footer.appeal",
         "Help safeguard press freedom and keep HKFP free for all readers by supporting our team"),
    ]


def test_seed_dateline_comes_from_the_metadata_block():
    assert clean_body(seed_body()).dateline == "Moscow, Russia"


def test_seed_expected_removed_and_kept():
    expected = json.loads((SEED.parent / "expected.json").read_text(encoding="utf-8"))
    cleaned = clean_body(seed_body())
    for item in expected["removed"]:
        assert item["contains"] not in cleaned.text
        assert any(item["contains"] in r.text for r in cleaned.removed), item["contains"]
    for kept in expected["kept"]:
        assert kept in cleaned.text, kept


def test_seed_text_starts_and_ends_with_the_article():
    text = clean_body(seed_body()).text
    assert text.startswith("Chinese President Xi Jinping and his Russian counterpart Vladimir Putin accused")
    assert text.endswith("met Xi during a rare foreign trip to Beijing last October.")
    assert "\n" not in text  # the seed is one paragraph


# --- removals --------------------------------------------------------------------------------------

REMOVALS = [
    # (body, cleaned text, [(reason, rule, removed text)], dateline)
    ("MOSCOW (Reuters) - Russia said on Tuesday it would expel two diplomats.",
     "Russia said on Tuesday it would expel two diplomats.",
     [("dateline", "dateline.agency", "MOSCOW (Reuters) -")], "Moscow"),
    ("BEIJING, Feb 9 (Xinhua) -- China and Russia pledged closer ties on Friday.",
     "China and Russia pledged closer ties on Friday.",
     [("dateline", "dateline.agency", "BEIJING, Feb 9 (Xinhua) --")], "Beijing"),
    ("WASHINGTON — The Senate passed the aid bill on Tuesday.",
     "The Senate passed the aid bill on Tuesday.",
     [("dateline", "dateline.caps", "WASHINGTON —")], "Washington"),
    ("KYIV, Ukraine (AP) — Russian drones struck the capital overnight.",
     "Russian drones struck the capital overnight.",
     [("dateline", "dateline.agency", "KYIV, Ukraine (AP) —")], "Kyiv, Ukraine"),
    ("New Delhi [India], Feb 9 (ANI): India and France signed a defence pact.",
     "India and France signed a defence pact.",
     [("dateline", "dateline.bracketed", "New Delhi [India], Feb 9 (ANI):")], "New Delhi"),
    ("ISLAMABAD: Prime Minister Shehbaz Sharif met the IMF chief on Monday.",
     "Prime Minister Shehbaz Sharif met the IMF chief on Monday.",
     [("dateline", "dateline.caps", "ISLAMABAD:")], "Islamabad"),
    ("By Jane Doe\n\nThe talks ended without a deal on Friday.",
     "The talks ended without a deal on Friday.",
     [("byline", "byline.by", "By Jane Doe")], None),
    ("By Jane Doe, Reuters\nThe talks ended without a deal on Friday.",
     "The talks ended without a deal on Friday.",
     [("byline", "byline.by", "By Jane Doe, Reuters")], None),
    ("By Jane Doe and John Roe MOSCOW (Reuters) - The talks ended without a deal on Friday.",
     "The talks ended without a deal on Friday.",
     [("byline", "byline.before_dateline", "By Jane Doe and John Roe"),
      ("dateline", "dateline.agency", "MOSCOW (Reuters) -")], "Moscow"),
    (f"{KEPT} Advertisement The ministry said more talks were planned.",
     f"{KEPT} The ministry said more talks were planned.",
     [("advertisement", "advertisement.glued", "Advertisement")], None),
    (f"{KEPT}\nADVERTISEMENT\n{AFTER}", f"{KEPT} {AFTER}",
     [("advertisement", "advertisement.label", "ADVERTISEMENT")], None),
    (f"{KEPT} Read more: Why the Iran deal collapsed\n{AFTER}", f"{KEPT} {AFTER}",
     [("navigation", "navigation.read_more", "Read more: Why the Iran deal collapsed")], None),
    (f"{KEPT}\nRead more:\nGeorgia passes 'foreign agent' law\n{AFTER}", f"{KEPT} {AFTER}",
     [("navigation", "navigation.read_more", "Read more:"),
      ("navigation", "navigation.link_title", "Georgia passes 'foreign agent' law")], None),
    (f"{KEPT} Sign up for our newsletter to get the latest news. {AFTER}", f"{KEPT} {AFTER}",
     [("advertisement", "advertisement.newsletter", "Sign up for our newsletter to get the latest news.")], None),
    (f"Share this article Facebook Twitter Email {KEPT}", KEPT,
     [("navigation", "navigation.share", "Share this article Facebook Twitter Email")], None),
    (f"{KEPT}\n\nCopyright 2024 The Associated Press. All rights reserved. This material may not be published, "
     "broadcast, rewritten or redistributed.", KEPT,
     [("footer", "footer.copyright", "Copyright 2024 The Associated Press."),
      ("footer", "footer.rights_opener", "All rights reserved."),
      ("footer", "footer.redistribution",
       "This material may not be published, broadcast, rewritten or redistributed.")], None),
    (f"{KEPT} © 2024 Reuters", KEPT, [("footer", "footer.copyright", "© 2024 Reuters")], None),
    (f"{KEPT} This article was originally published on The Conversation.", KEPT,
     [("footer", "footer.origin", "This article was originally published on The Conversation.")], None),
    (f"{KEPT} (Reporting by Jane Doe in Moscow; Editing by John Roe)", KEPT,
     [("byline", "byline.reporting_parens", "(Reporting by Jane Doe in Moscow; Editing by John Roe)")], None),
    (f"{KEPT} Additional reporting by Jane Doe in Brussels; Editing by John Roe", KEPT,
     [("byline", "byline.reporting_credits",
       "Additional reporting by Jane Doe in Brussels; Editing by John Roe")], None),
    ("Russian President Vladimir Putin attends a meeting in Moscow, Russia, February 7, 2024. "
     "REUTERS/Evgenia Novozhenina/File Photo\nThe talks ended on Friday.", "The talks ended on Friday.",
     [("caption", "caption.before_credit",
       "Russian President Vladimir Putin attends a meeting in Moscow, Russia, February 7, 2024."),
      ("credit", "credit.agency", "REUTERS/Evgenia Novozhenina/File Photo")], None),
    (f"{KEPT} Protesters hold placards outside the embassy. Photo: AFP. {AFTER}", f"{KEPT} {AFTER}",
     [("caption", "caption.before_credit", "Protesters hold placards outside the embassy."),
      ("credit", "credit.photo_label", "Photo: AFP.")], None),
    ("Smoke rises over Khartoum after an air strike. (Photo: AFP) The army denied involvement.",
     "The army denied involvement.",
     [("caption", "caption.before_credit", "Smoke rises over Khartoum after an air strike."),
      ("credit", "credit.photo_label", "(Photo: AFP)")], None),
    ("Ukrainian soldiers fire a howitzer near Bakhmut. AFP via Getty Images\nThe battle entered its ninth month.",
     "The battle entered its ninth month.",
     [("caption", "caption.before_credit", "Ukrainian soldiers fire a howitzer near Bakhmut."),
      ("credit", "credit.agency", "AFP via Getty Images")], None),
    (f"Police detain a protester in Tbilisi on Tuesday. (AP Photo/Zurab Tsertsvadze) {KEPT}", KEPT,
     [("caption", "caption.before_credit", "Police detain a protester in Tbilisi on Tuesday."),
      ("credit", "credit.agency_slash", "(AP Photo/Zurab Tsertsvadze)")], None),
    ("The talks ended on Friday. File photo. Police said 20 people were arrested.",  # "talks" is no verb here
     "The talks ended on Friday. Police said 20 people were arrested.",
     [("credit", "credit.file_photo", "File photo.")], None),
    (f"{KEPT}\nImage: Reuters/Maxim Shemetov\n{AFTER}", f"{KEPT} {AFTER}",
     [("credit", "credit.photo_label", "Image: Reuters/Maxim Shemetov")], None),
    (f"Xi Jinping (left) shakes hands with Vladimir Putin at the Kremlin. {AFTER}", AFTER,
     [("caption", "caption.marked", "Xi Jinping (left) shakes hands with Vladimir Putin at the Kremlin.")], None),
    (f"{KEPT}\nRelated: EU extends sanctions on Russia\n{AFTER}", f"{KEPT} {AFTER}",
     [("navigation", "navigation.read_more", "Related: EU extends sanctions on Russia")], None),
    (f"{KEPT} Tags: China, Russia, Xi Jinping", KEPT,
     [("navigation", "navigation.tags", "Tags: China, Russia, Xi Jinping")], None),
    (f"{KEPT}\nGeorgia, Tbilisi, Protests, European Union", KEPT,
     [("navigation", "navigation.tag_list", "Georgia, Tbilisi, Protests, European Union")], None),
    (f"{KEPT} #Georgia #Tbilisi #Protests", KEPT,
     [("navigation", "navigation.hashtags", "#Georgia #Tbilisi #Protests")], None),
    (f"{KEPT} Follow us on Twitter.", KEPT, [("navigation", "navigation.follow", "Follow us on Twitter.")], None),
    (f"{KEPT} Watch: Protesters clash with police outside parliament", KEPT,
     [("navigation", "navigation.watch", "Watch: Protesters clash with police outside parliament")], None),
    (f"{KEPT}\n\nPublished: February 9, 2024\nUpdated: 10:32 am", KEPT,
     [("metadata", "metadata.published", "Published: February 9, 2024"),
      ("metadata", "metadata.published", "Updated: 10:32 am")], None),
    (f"{KEPT}\nThis story has been updated with comment from the EU.", KEPT,
     [("metadata", "metadata.correction_note", "This story has been updated with comment from the EU.")], None),
    ("Economic ties The two countries signed 14 agreements on Tuesday.",
     "The two countries signed 14 agreements on Tuesday.", [("heading", "heading.glued", "Economic ties")], None),
    ("Xi, Putin accuse US of interference\nChinese President Xi Jinping and Russian President Vladimir Putin "
     "accused the US on Thursday.",
     "Chinese President Xi Jinping and Russian President Vladimir Putin accused the US on Thursday.",
     [("heading", "heading.line", "Xi, Putin accuse US of interference")], None),
    ("The vote was 84 to 30.\n\nFighting resumes\n\nRussian forces shelled Kharkiv on Wednesday.",
     "The vote was 84 to 30.\n\nRussian forces shelled Kharkiv on Wednesday.",
     [("heading", "heading.line", "Fighting resumes")], None),
    ("BREAKING: Israel and Hamas agree to a ceasefire, mediators say. The deal takes effect on Sunday.",
     "Israel and Hamas agree to a ceasefire, mediators say. The deal takes effect on Sunday.",
     [("heading", "heading.label", "BREAKING:")], None),
    (f"{KEPT} Support HKFP | Policies and ethics | Contact us | Newsletter", KEPT,
     [("footer", "footer.pipes", "Support HKFP | Policies and ethics | Contact us | Newsletter")], None),
    (f"Home | World | Europe | Politics\n{KEPT}", KEPT,
     [("navigation", "navigation.pipes", "Home | World | Europe | Politics")], None),
    (f"{KEPT} Deadline: Tbilisi, Georgia Article type: News", KEPT,
     [("metadata", "metadata.dateline_label", "Deadline: Tbilisi, Georgia"),
      ("metadata", "metadata.article_type", "Article type: News")], "Tbilisi, Georgia"),
    (f"{KEPT} Please support independent journalism: donate today.", KEPT,
     [("footer", "footer.appeal", "Please support independent journalism: donate today.")], None),
    (f"{KEPT}\nRussia Ukraine War Wagner Rostov", KEPT,
     [("navigation", "navigation.tag_line", "Russia Ukraine War Wagner Rostov")], None),
]


@pytest.mark.parametrize(("body", "text", "pieces", "dateline"), REMOVALS, ids=[r[2][0][1] + f"-{i}"
                                                                                for i, r in enumerate(REMOVALS)])
def test_removes_boilerplate_with_reason_and_rule(body, text, pieces, dateline):
    cleaned = clean_body(body)
    assert cleaned.text == text
    assert [(r.reason, r.rule, r.text) for r in cleaned.removed] == pieces
    assert cleaned.dateline == dateline


# --- what must stay --------------------------------------------------------------------------------

KEPT_SENTENCES = [
    # with no sentence at all, a capitalised line is the text itself (a headline), not tags after it
    "Canada Lifts Travel Ban on Mexico",
    "The photographer, Jane Doe, was detained by police on Tuesday.",
    "Police released a photo of the suspect on Monday.",
    "Photos of the meeting were published by the Kremlin on Friday.",
    "The photo agency AFP said its photographer was injured in the strike.",
    "He was arrested in Moscow. Photographer Jane Doe said she saw the arrest.",
    "The White House declined to comment. Image credits matter, the union said.",
    "Copyright infringement lawsuits against the firm rose 20 percent last year.",
    "The summit opened on Tuesday.\n\nCopyright laws were also discussed, the ministry said.",
    "Advertising revenue fell by 12% in 2023, the company said.",
    "The Kremlin said talks continue. Advertisement Standards Authority rules were not discussed.",
    "Reporting by state media said the convoy was hit on Sunday.",
    "Editing by the censors removed whole paragraphs, the journalist said.",
    "By Tuesday, the rebels had seized the town.",
    "By Moscow standards, the protest was large.",
    "Read more about the agreement in the annex, the ministry said.",
    "The ministry urged citizens to sign up for its emergency newsletter.",
    "Officials said the newsletter reached 2 million subscribers.",
    "The newsletter, published by the opposition, was banned in 2021.",
    "He shared the article on Facebook and Twitter on Monday.",
    "Share prices fell 3% on Tuesday.",
    "All rights to the gas field were reserved for state firms, the minister said.",
    "The article was published on the ministry's website on Friday.",
    "Support for the bill among voters fell to 30%, according to a poll.",
    "Help arrived too late for the villagers, officials said.",
    "AFP reported that 12 people died in the blast.",
    "Reuters could not independently verify the report.",
    "Putin spoke to Reuters on Friday.",
    "Xi meets Putin in Moscow on Tuesday, the Kremlin said.",
    "Speaking to The Guardian, the minister denied the claims.",
    "“No limits,” Putin said of the partnership.",
    "'We will not retreat' Zelensky told troops on Friday.",
    "NATO - the Western military alliance - said on Tuesday it would send troops.",
    "US President Joe Biden said on Tuesday the deal was close.",
    "Russia and China are both \"permanent members\" of the council.",
    "Related talks will take place in Geneva next week.",
    "Dr. Tedros Adhanom Ghebreyesus warned of famine in Gaza on Friday.",
    "Xi Jinping met Vladimir Putin in Beijing on Tuesday",
]


@pytest.mark.parametrize("body", KEPT_SENTENCES)
def test_keeps_news_sentences_that_look_like_boilerplate(body):
    cleaned = clean_body(body)
    assert cleaned.removed == ()
    assert cleaned.text == "\n\n".join(" ".join(p.split()) for p in body.split("\n\n"))


# --- layout ----------------------------------------------------------------------------------------

def test_paragraphs_stay_apart_and_whitespace_inside_them_is_one_space():
    body = "  First  paragraph\tgoes on.\nStill the first.\n\n\n  Second   paragraph.  \n \n Third.\n"
    assert clean_body(body).text == "First paragraph goes on. Still the first.\n\nSecond paragraph.\n\nThird."


def test_a_hard_wrapped_paragraph_is_read_as_one_block():
    body = ("Russian President Vladimir Putin met Chinese President\n"
            "Xi Jinping in Beijing on Tuesday and the two leaders signed\n"
            "a joint statement on their partnership, the Kremlin said.")
    assert clean_body(body).removed == ()


def test_abbreviations_and_initials_do_not_end_sentences():
    body = "Gen. Mark Milley met U.S. officials in Washington. Photo: AFP. J. Smith said the talks went well."
    assert removed(body) == [("credit", "credit.photo_label", "Photo: AFP.")]


def test_removed_pieces_stand_where_they_were():
    cleaned = clean_body(f"{KEPT} Photo: AFP. {AFTER}\n\nCopyright 2024 Reuters")
    assert cleaned.removed == (
        Removed("Photo: AFP.", "credit", at=len(KEPT) + 1, rule="credit.photo_label"),
        Removed("Copyright 2024 Reuters", "footer", at=len(KEPT) + 1 + len(AFTER), rule="footer.copyright"),
    )


def test_only_boilerplate_leaves_empty_text():
    cleaned = clean_body("Advertisement\n\nShare this article Facebook Twitter")
    assert cleaned.text == ""
    assert [r.reason for r in cleaned.removed] == ["advertisement", "navigation"]


def test_a_text_that_is_one_marked_caption_keeps_it():
    # with no article beside it the caption is all the news there is; beside one it goes (above)
    body = "Xi Jinping (left) shakes hands with Vladimir Putin at the Kremlin."
    assert clean_body(body).text == body
    assert clean_body(f"{body} The talks lasted three hours.").text == "The talks lasted three hours."


def test_empty_body():
    assert clean_body("  \n\n ") == clean_body("")
    assert clean_body("").text == ""


# --- nothing lost ----------------------------------------------------------------------------------

def restored(body: str) -> str:
    """The non-whitespace characters of `text` with each removed piece put back at `at`."""
    cleaned = clean_body(body)
    out, cursor = [], 0
    for piece in cleaned.removed:
        out += [cleaned.text[cursor:piece.at], piece.text]
        cursor = piece.at
    out.append(cleaned.text[cursor:])
    return "".join("".join(out).split())


def test_every_sample_is_read_and_there_are_at_least_30():
    items = list(read([str(SAMPLES)]))
    assert [i.line() for i in items if isinstance(i, Failure)] == []
    assert len(items) >= 30


@pytest.mark.parametrize("body", [seed_body(), *(r[0] for r in REMOVALS), *KEPT_SENTENCES])
def test_text_and_removed_hold_every_character_in_order(body):
    assert restored(body) == "".join(body.split())


def test_every_sample_keeps_every_character():
    for item in read([str(SAMPLES)]):
        assert isinstance(item, Input), item
        assert restored(item.body) == "".join(item.body.split()), item.origin


# --- the rules files -------------------------------------------------------------------------------

def test_rules_load_and_every_rule_id_is_unique():
    rules = load_rules()
    ids = [r.id for r in (*rules.sentence, *rules.prefix, *rules.opener, *rules.lead)]
    assert len(ids) == len(set(ids))
    assert {"credit.photo_label", "caption.file_photo", "dateline.agency", "heading.glued"} <= set(ids)


@pytest.mark.parametrize(("line", "problem"), [
    ("x.y\tcaption\tsentence\t-", "expected 5 tab-separated fields"),
    ("x.y\tfluff\tsentence\t-\tAd", "unknown reason 'fluff'"),
    ("x.y\tcaption\teverywhere\t-\tAd", "unknown scope 'everywhere'"),
    ("x.y\tcaption\tsentence\t-\t(unclosed", "bad pattern in rule x.y"),
    ("x.y\tcaption\tsentence\t-\t{NOSUCH}", "unknown macro {NOSUCH}"),
])
def test_a_bad_rule_line_is_a_config_error_naming_the_line(line, problem):
    with pytest.raises(ConfigError, match=problem) as info:
        _rule(7, line, {})
    assert "rules.tsv:7" in str(info.value)


def test_data_files_have_a_readme():
    text = (DATA / "README.md").read_text(encoding="utf-8")
    for name in ("rules.tsv", "macros.tsv", "agencies.txt", "caption_verbs.txt", "abbreviations.txt"):
        assert name in text


# --- any text --------------------------------------------------------------------------------------

FRAGMENTS = ["MOSCOW (Reuters) -", "By Jane Doe", "Photo: AFP.", "Yuri Ushakov.", "'No limits'", "Support HKFP |",
             "Contact us |", "Deadline : Kyiv", "Article type:", "Share this article Facebook", "Copyright 2024",
             "(Reporting by A; Editing by B)", "Xi meets Putin in Moscow.", "The talks ended on Friday.",
             "REUTERS/Name/File Photo", "Read more:", "#tag", "U.S.", "Gen.", "“", "”", "(", ")", "|", "—", "\n",
             "\n\n", " ", "\t", "é", "\u00a0", "\u2028"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40).map(" ".join))
def test_any_text_is_cleaned_without_losing_a_character(body):
    assert restored(body) == "".join(body.split())
    cleaned = clean_body(body)
    assert all(0 <= r.at <= len(cleaned.text) for r in cleaned.removed)
    assert cleaned.text == cleaned.text.strip()
