"""Numeric claims in short sentences written for these tests: each with its exact value, unit,
period, subject and source (published 2024-02-09; no time expressions given, so the claims'
own period reader works)."""

import pytest

from tidings.claims import find_claims
from tidings.records import Time

PUBLISHED = "2024-02-09"


def claims(nlp, text: str, times=()) -> list:
    return find_claims(text, nlp(text), list(times), [], published=PUBLISHED)


# (sentence, [(value, unit, period, subject, source_text), ...])
CLAIMS = [
    ('Trade between the two countries reached $240.1 billion in 2023, customs data showed.',
     [(240100000000.0, 'USD', '2023', 'Trade between the two countries', 'customs data')]),
    ('The government will spend €3 mn on new schools this year, the ministry said.',
     [(3000000.0, 'EUR', '2024', 'The government', 'the ministry')]),
    ("China's exports rose 5% in the first quarter, customs data showed.",
     [(5.0, 'percent', '2024-Q1', "China's exports", 'customs data')]),
    ('The company posted a profit of £50m last year.',
     [(50000000.0, 'GBP', '2023', 'The company', None)]),
    ('India allocated Rs 500 crore for flood relief in 2022.',
     [(5000000000.0, 'INR', '2022', 'India', None)]),
    ('Beijing approved 1.2 trillion yuan in new loans in March.',
     [(1200000000000.0, 'CNY', '2023-03', 'Beijing', None)]),
    ('The bank lent US$5bn to the utility in 2021, according to filings.',
     [(5000000000.0, 'USD', '2021', 'The bank', 'filings')]),
    ('Japan set aside ¥300bn for the reconstruction, the finance ministry said.',
     [(300000000000.0, 'JPY', None, 'Japan', 'the finance ministry')]),
    ('Seoul will spend KRW 2 trillion on chips next year.',
     [(2000000000000.0, 'KRW', '2025', 'Seoul', None)]),
    ('The fund holds HK$2.3 billion in assets, its manager said.',
     [(2300000000.0, 'HKD', None, 'The fund', 'its manager')]),
    ('The project cost CHF 20 million, according to the canton.',
     [(20000000.0, 'CHF', None, 'The project', 'the canton')]),
    ("Brazil's deficit reached R$ 45 billion in 2020.",
     [(45000000000.0, 'BRL', '2020', "Brazil's deficit", None)]),
    ('Inflation fell to 3.4% in December, the statistics office said.',
     [(3.4, 'percent', '2023-12', 'Inflation', 'the statistics office')]),
    ('Unemployment rose by 0.5 percentage points in the second half of 2023.',
     [(0.5, 'percentage points', '2023-H2', 'Unemployment', None)]),
    ('Prices were up 12 per cent from last year, according to the survey.',
     [(12.0, 'percent', None, 'Prices', 'the survey')]),
    ('Turnout dropped 7 percent compared with 2019.',
     [(7.0, 'percent', None, 'Turnout', None)]),
    ('Sales jumped 40% in October 2022, the retailer said.',
     [(40.0, 'percent', '2022-10', 'Sales', 'the retailer')]),
    ('The economy grew 2.1% last year, the central bank said.',
     [(2.1, 'percent', '2023', 'The economy', 'the central bank')]),
    ('At least 12 people were killed in the blast, police said.',
     [(12.0, 'people', None, 'people', 'police')]),
    ('The floods displaced nearly 300,000 residents in October, according to the UN.',
     [(300000.0, 'people', '2023-10', 'residents', 'the UN')]),
    ('Police arrested more than 200 protesters on Sunday.',
     [(200.0, 'people', None, 'protesters', None)]),
    ('Some 5,000 demonstrators marched through the capital.',
     [(5000.0, 'people', None, 'demonstrators', None)]),
    ('The attack killed 25 soldiers, the army said.',
     [(25.0, 'people', None, 'soldiers', 'the army')]),
    ('Clashes injured about 40 civilians, medics said.',
     [(40.0, 'people', None, 'civilians', 'medics')]),
    ('The death toll rose to 45, officials said.',
     [(45.0, 'people', None, 'The death toll', 'officials')]),
    ('More than a million refugees crossed the border last year, the agency said.',
     [(1000000.0, 'people', '2023', 'refugees', 'the agency')]),
    ('Twelve miners were rescued, the company said.',
     [(12.0, 'people', None, 'miners', 'the company')]),
    ('The fire killed two firefighters and injured five residents.',
     [(2.0, 'people', None, 'firefighters', None), (5.0, 'people', None, 'residents', None)]),
    ('Around 3,000 migrants arrived in Italy in the first half of 2023.',
     [(3000.0, 'people', '2023-H1', 'migrants', None)]),
    ('A dozen journalists were detained, the press union said.',
     [(12.0, 'people', None, 'journalists', 'the press union')]),
    ('Russia exported 2.5 million barrels per day of crude in March.',
     [(2500000.0, 'barrels per day', '2023-03', 'Russia', None)]),
    ('The refinery processes 400,000 bpd, according to the operator.',
     [(400000.0, 'barrels per day', None, 'The refinery', 'the operator')]),
    ('Farmers harvested 120 million tonnes of wheat last year.',
     [(120000000.0, 'tonnes', '2023', 'Farmers', None)]),
    ('The mine produced 5,000 tonnes of copper in 2022.',
     [(5000.0, 'tonnes', '2022', 'The mine', None)]),
    ('The fire burned 3,000 hectares, firefighters said.',
     [(3000.0, 'hectares', None, 'The fire', 'firefighters')]),
    ('The plant will generate 1,200 megawatts, the utility said.',
     [(1200.0, 'megawatts', None, 'The plant', 'the utility')]),
    ('Storage holds 30 bcm of gas, the regulator said.',
     [(30.0, 'billion cubic metres', None, 'Storage', 'the regulator')]),
    ('Exports fell 8% to $20 billion in the fourth quarter, the ministry said.',
     [(8.0, 'percent', '2023-Q4', 'Exports', 'the ministry'),
      (20000000000.0, 'USD', '2023-Q4', 'Exports', 'the ministry')]),
    ('Spending will rise to €1.5 billion next year, according to the budget.',
     [(1500000000.0, 'EUR', '2025', 'Spending', 'the budget')]),
    ('The aid package is worth up to $3 billion, the minister said.',
     [(3000000000.0, 'USD', None, 'The aid package', 'the minister')]),
    ('Remittances totalled almost $12 billion in 2022, the World Bank said.',
     [(12000000000.0, 'USD', '2022', 'Remittances', 'the World Bank')]),
    ('The strike involved as many as 10,000 workers, the union said.',
     [(10000.0, 'people', None, 'workers', 'the union')]),
    ('The 1.2 trillion yuan ($170 billion) plan was approved in 2021.',
     [(1200000000000.0, 'CNY', '2021', None, None)]),
    ('The epidemic spread across the island, killing more than 10,000 in 2011.',
     [(10000.0, 'people', '2011', None, None)]),
    ('The drive added more than 2,000 voter registrations, organisers said.',
     []),
    ('One official said the road was closed.',
     []),
    ('The index closed at 4,500 points on Friday.',
     []),
    ('The team won the final in 2019 after a 2-1 victory.',
     []),
]


@pytest.mark.parametrize(("text", "expected"), CLAIMS)
def test_value_unit_period_subject_and_source(nlp, text, expected):
    assert [(c.value, c.unit, c.period, c.subject, c.source_text) for c in claims(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("At least 12 people were killed in the blast, police said.", [("at least", None, "killed")]),
    ("The floods displaced nearly 300,000 residents in October, according to the UN.",
     [("nearly", None, "displaced")]),
    ("Police arrested more than 200 protesters on Sunday.", [("more than", None, "arrested")]),
    ("Clashes injured about 40 civilians, medics said.", [("about", None, "injured")]),
    ("The death toll rose to 45, officials said.", [(None, None, "killed")]),
    ("Twelve miners were rescued, the company said.", [(None, None, "rescued")]),
    ("The epidemic spread across the island, killing more than 10,000 in 2011.", [("more than", None, "killed")]),
    ("The fire killed two firefighters and injured five residents.",
     [(None, None, "killed"), (None, None, "injured")]),
    ("China's exports rose 5% in the first quarter, customs data showed.", [(None, "increase", None)]),
    ("Turnout dropped 7 percent compared with 2019.", [(None, "decrease", None)]),
    ("Prices were up 12 per cent from last year, according to the survey.", [(None, "increase", None)]),
    ("Exports fell 8% to $20 billion in the fourth quarter, the ministry said.",
     [(None, "decrease", None), (None, None, None)]),
    ("The aid package is worth up to $3 billion, the minister said.", [("up to", None, None)]),
    ("Remittances totalled almost $12 billion in 2022, the World Bank said.", [("almost", None, None)]),
    ("The strike involved as many as 10,000 workers, the union said.", [("as many as", None, None)]),
])
def test_qualifier_change_and_what_befell_the_people_counted(nlp, text, expected):
    assert [(c.qualifier, c.change, c.event) for c in claims(nlp, text)] == expected


def test_the_claim_span_holds_the_number_and_its_period(nlp):
    text = "Trade between the two countries reached $240.1 billion in 2023, customs data showed."
    [claim] = claims(nlp, text)
    assert (claim.text, text[claim.start:claim.end]) == ("$240.1 billion in 2023", "$240.1 billion in 2023")


def test_the_period_comes_from_the_time_expressions_when_there_are_some(nlp):
    text = "Exports fell 8% in the fourth quarter."
    quarter = Time(text.index("the fourth"), text.index("."), "the fourth quarter", "DATE", "2022-Q4")
    assert [c.period for c in claims(nlp, text, [quarter])] == ["2022-Q4"]


def test_durations_and_baselines_are_no_periods(nlp):
    text = "Sales rose 10% over the past two years."
    span = Time(text.index("the past"), text.index("."), "the past two years", "DURATION", "P2Y")
    assert [c.period for c in claims(nlp, text, [span])] == [None]


def test_a_conversion_in_brackets_is_no_claim_of_its_own(nlp):
    text = "The 1.2 trillion yuan ($170 billion) plan was approved in 2021."
    assert [c.text for c in claims(nlp, text)] == ["1.2 trillion yuan"]


def test_no_numbers_no_claims(nlp):
    assert claims(nlp, "The minister resigned on Monday.") == ()


@pytest.mark.parametrize("text", [t for t, _ in CLAIMS])
def test_every_claim_span_is_its_text(nlp, text):
    assert all(text[c.start:c.end] == c.text for c in claims(nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Trade reached $240.1 billion in 2023, customs data showed.", ["2023"]),
    ("Exports fell 8% in the first quarter of 2023.", ["2023-Q1"]),
    ("The economy grew 2.1% last year, the central bank said.", ["2023"]),
    ("Prices were up 12 per cent from last year, according to the survey.", [None]),
])
def test_the_period_from_the_times_stage(nlp, text, expected):
    from tidings.times import find_times

    doc = nlp(text)
    times = find_times(text, doc, published=PUBLISHED)
    assert [c.period for c in find_claims(text, doc, times, [], published=PUBLISHED)] == expected
