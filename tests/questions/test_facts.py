"""Fact and distractor tables per fact type, on our own short sentences (simple analyzer)."""

from __future__ import annotations

import pytest

from questions import generate, parse_text
from questions.analysis import SimpleAnalyzer
from questions.facts import extract
from questions.numbers import format_cardinal, format_ordinal, parse_cardinal, parse_ordinal
from questions.spans import mentions


def facts_of(sentence: str, language: str = "nl"):
    """(type, key, noun) of every fact in one sentence."""
    analyzer = SimpleAnalyzer(language)
    [s] = analyzer.analyze(sentence)
    found = extract(s, language, mentions(s, language))
    return {(f.type, f.key, f.noun) for f in found}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Rutte wordt de veertiende secretaris-generaal van het bondgenootschap.",
            ("ordinal", "veertiende", "secretaris-generaal"),
        ),
        ("De renners beginnen aan de 21e etappe naar Parijs.", ("ordinal", "21e", "etappe")),
        ("Volgend jaar komen de 32 lidstaten bijeen in Brussel.", ("count", "32", "lidstaten")),
        ("KLM schrapt zaterdag 34 vluchten vanaf Schiphol.", ("count", "34", "vluchten")),
        ("Het bondgenootschap is sinds 2018 een partner van Oekraïne.", ("year", "2018", "")),
        (
            "De voorganger van Rutte bleef tien jaar aan als leider.",
            ("duration", "tien jaar", "jaar"),
        ),
        (
            "De koopkracht steeg vorig jaar met 0,5 procent volgens het bureau.",
            ("percentage", "0,5 procent", "procent"),
        ),
        (
            "Het museum betaalt 165 miljoen euro voor het schilderij.",
            ("amount", "165 miljoen euro", "# miljoen euro"),
        ),
        (
            "De nieuwe planeet staat op 53 lichtjaren van de aarde.",
            ("measure", "53 lichtjaren", "lichtjaren"),
        ),
        ("Morgen wordt het in Zwolle 23 graden in de middag.", ("measure", "23 graden", "graden")),
        ("De zangeres staat op 1 december in de grote zaal.", ("date", "1 december", "")),
        ("De oorlog begon in februari met een grote aanval.", ("month", "februari", "")),
        ("De ministers komen dinsdag bijeen in het hoofdkwartier.", ("weekday", "dinsdag", "")),
        ("De ploeg speelde zondagmiddag een sterke wedstrijd.", ("weekday", "zondagmiddag", "")),
    ],
)
def test_fact_table_dutch(sentence, expected):
    assert expected in facts_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De wedstrijd eindigde in 2-1 voor de thuisploeg na een lange strijd.",
        "Er werden tien tot twintig vluchten per dag geschrapt door de drukte.",
        "Honderden boeren trokken met hun trekkers naar het provinciehuis.",
        "Het was voor het eerst dat de ploeg de eerste plaats haalde.",
        # races, not metres counted
        "De schaatser won dit seizoen alle drie de 1500 meters in de wereldbeker.",
    ],
)
def test_no_numeric_fact_where_uncertain(sentence):
    assert not {f for f in facts_of(sentence) if f[0] in ("count", "ordinal", "year")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Zij won in Thialf de 1500 meter in een baanrecord.",  # a race, not a distance
        "De windstoten halen 100 tot 120 kilometer per uur aan de kust.",  # a range, a speed
        "Op de snelweg mag je daar 130 km/uur rijden.",
    ],
)
def test_no_measure_for_races_ranges_or_speeds(sentence):
    assert not {f for f in facts_of(sentence) if f[0] == "measure"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The agency said 250 people were rescued on Sunday after the storm.",
            ("count", "250", "people"),
        ),
        ("The treaty was signed in 2019 by twelve countries in Brussels.", ("year", "2019", "")),
        ("Pelosi was elected on January 3, 2019 as the speaker.", ("date", "January 3, 2019", "")),
    ],
)
def test_fact_table_english(sentence, expected):
    assert expected in facts_of(sentence, "en")


@pytest.mark.parametrize(
    ("word", "value", "other", "written"),
    [
        ("veertiende", 14, 15, "vijftiende"),
        ("14e", 14, 12, "12e"),
        ("Derde", 3, 4, "Vierde"),
        ("21ste", 21, 22, "22ste"),
    ],
)
def test_ordinals_keep_their_form(word, value, other, written):
    number = parse_ordinal(word, "nl")
    assert number.value == value
    assert format_ordinal(other, number, "nl") == written


@pytest.mark.parametrize(
    ("word", "other", "written"),
    [
        ("tien", 12, "twaalf"),
        ("32", 28, "28"),
        ("0,5", 1.5, "1,5"),
        ("1.500", 2000, "2.000"),
        ("Twee", 3, "Drie"),
    ],
)
def test_cardinals_keep_their_form(word, other, written):
    assert format_cardinal(other, parse_cardinal(word, "nl"), "nl") == written


TEXT = (
    "Mark Rutte neemt dinsdag het roer over bij de NAVO in Brussel. Het bondgenootschap telt "
    "inmiddels 32 lidstaten.\n\nRutte wordt de veertiende secretaris-generaal. "
    "Zijn voorganger Jens Stoltenberg uit Noorwegen leidde de organisatie tien jaar lang. "
    "Oekraïne is sinds 2018 kandidaat "
    "voor het lidmaatschap."
)


def test_ordinal_gapfill_with_simple_analyzer():
    generation = generate(parse_text(TEXT), analyzer=SimpleAnalyzer("nl"))
    assert generation.analyzer == "simple"
    [q] = [q for q in generation.questions if q.fact_type == "ordinal"]
    assert q.key == "veertiende"
    assert q.stem == "Rutte wordt de ___ secretaris-generaal."
    assert len(q.options) == 4 and all(o.endswith("de") for o in q.options)


def test_every_question_is_recorded_or_dropped_with_reason():
    generation = generate(parse_text(TEXT), analyzer=SimpleAnalyzer("nl"))
    assert generation.questions
    assert all(d.reason for d in generation.dropped)


def test_generation_is_deterministic():
    a = generate(parse_text(TEXT), analyzer=SimpleAnalyzer("nl")).questions
    b = generate(parse_text(TEXT), analyzer=SimpleAnalyzer("nl")).questions
    assert a == b
