"""Where the key lands among the four options: uniform over many seeds, constraints kept.

Numeric options are sorted ascending, so the distractors decide the key's rank; names,
places, months and weekdays are shuffled. Facts come from the real analysis and extraction
of short sentences written for these tests; each case runs 400 seeded generators.
"""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from questions.analysis import SimpleAnalyzer
from questions.distractors import Context, pick, spread
from questions.facts import Fact, extract
from questions.numbers import parse_cardinal, parse_ordinal
from questions.rank import order_options
from questions.spans import mentions

SEEDS = 400
YEAR = 2024  # the articles' own year


def fact_and_context(text: str, key: str, year: int = YEAR) -> tuple[Fact, Context]:
    """The fact with this key, and the article context, as the pipeline builds them."""
    sentences = SimpleAnalyzer("nl").analyze(text)
    found = [m for s in sentences for m in mentions(s, "nl")]
    facts = [f for s in sentences for f in extract(s, "nl", found)]
    [fact] = [f for f in facts if f.key == key]
    return fact, Context("nl", facts, found, text, year=year)


def quizzes(fact: Fact, ctx: Context) -> list[tuple[tuple[str, ...], int]]:
    """(options, answer index) for SEEDS seeds: distractors picked, then options ordered."""
    stem = fact.sentence.text.replace(fact.key, "___", 1)
    out = []
    for seed in range(SEEDS):
        rng = random.Random(seed)
        distractors = pick(fact, ctx, rng, stem)
        assert len(distractors) == 3, distractors
        options, answer = order_options(fact.key, distractors, fact.type, rng)
        assert options[answer] == fact.key
        assert len({o.lower() for o in options}) == 4
        out.append((options, answer))
    return out


def never_asked(fact: Fact, ctx: Context) -> bool:
    """True when no seed gives options: nothing fits on one side of the key, so it would
    always be the lowest (or highest) option, and the fact is dropped."""
    stem = fact.sentence.text.replace(fact.key, "___", 1)
    return all(pick(fact, ctx, random.Random(seed), stem) == [] for seed in range(50))


def shares(made: list[tuple[tuple[str, ...], int]]) -> list[float]:
    """Share of the quizzes with the key in position 0, 1, 2 and 3."""
    counted = Counter(answer for _, answer in made)
    return [counted[p] / len(made) for p in range(4)]


def value(option: str) -> float:
    """The number an option starts with ('14e', 'negende', '4,6 procent', '14 maart')."""
    word = option.split()[0]
    number = parse_ordinal(word, "nl") or parse_cardinal(word, "nl")
    assert number is not None, option
    return number.value


NUMERIC = [
    # (type, sentence, key, every option matches)
    (
        "count",
        "De gemeente Zwolle plaatst dit jaar 48 nieuwe bankjes langs de rivier.",
        "48",
        r"\d+",
    ),
    (
        "count",
        "Burgemeester Jansen van Zwolle opende zaterdag negentien nieuwe speeltuinen.",
        "negentien",
        r"[a-zë]+",
    ),
    (
        "ordinal",
        "Schaatsster Marieke Vos reed zaterdag haar negende wereldrecord in Heerenveen.",
        "negende",
        r"[a-z]+(de|ste)",
    ),
    ("ordinal", "Wielrenner Bram Kok won in Limburg de 14e etappe van de ronde.", "14e", r"\d+e"),
    (
        "year",
        "Het waterschap Vechtstromen opende in 2016 een nieuw gemaal bij Kampen.",
        "2016",
        r"\d{4}",
    ),
    (
        "duration",
        "De verbouwing van het stadhuis in Emmen duurde volgens wethouder Smit elf maanden.",
        "elf maanden",
        r"[a-z]+ maanden",
    ),
    (
        "percentage",
        "De huren in Groningen stegen vorig jaar met 4,6 procent volgens de Woonbond.",
        "4,6 procent",
        r"\d+,\d procent",
    ),
    (
        "amount",
        "Het ziekenhuis in Almelo krijgt van minister Kok 12 miljoen euro voor een nieuwe vleugel.",
        "12 miljoen euro",
        r"\d+ miljoen euro",
    ),
    (
        "date",
        "De sluis bij Lelystad gaat volgens Rijkswaterstaat op 14 maart weer open.",
        "14 maart",
        r"\d{1,2} maart",
    ),
]


@pytest.mark.parametrize(("type_", "text", "key", "form"), NUMERIC)
def test_numeric_key_lands_in_every_position(type_, text, key, form):
    fact, ctx = fact_and_context(text, key)
    assert fact.type == type_
    made = quizzes(fact, ctx)
    # a key with room on both sides takes every rank equally often (see spread())
    assert all(0.15 <= share <= 0.35 for share in shares(made)), shares(made)
    for options, _ in made:
        assert all(re.fullmatch(form, o) for o in options), options
        values = [value(o) for o in options]
        assert values == sorted(values)


def test_small_counts_have_nothing_below_two():
    fact, ctx = fact_and_context(
        "De bibliotheek in Assen leent nu twee boeken tegelijk uit.", "twee"
    )
    assert never_asked(fact, ctx)  # nothing can lie below 'twee'
    fact, ctx = fact_and_context(
        "De bibliotheek in Assen leent nu drie boeken tegelijk uit.", "drie"
    )
    made = quizzes(fact, ctx)
    assert shares(made)[2:] == [0.0, 0.0] and min(shares(made)[:2]) > 0.15
    for options, _ in made:
        assert all(value(o) >= 2 and o.isalpha() for o in options), options


def test_short_durations_stay_at_two_or_more():
    fact, ctx = fact_and_context(
        "De verbouwing van het stadhuis in Emmen duurde volgens wethouder Smit twee jaar.",
        "twee jaar",
    )
    assert never_asked(fact, ctx)  # 'twee jaar' would always be the lowest


def test_second_is_the_lowest_ordinal():
    fact, ctx = fact_and_context(
        "Schaatsster Marieke Vos reed zaterdag haar tweede wereldrecord in Heerenveen.", "tweede"
    )
    assert never_asked(fact, ctx)  # 'tweede' would always be the lowest


@pytest.mark.parametrize(("year", "feasible"), [(2024, set()), (2023, {2, 3}), (2022, {1, 2, 3})])
def test_years_never_pass_the_article_year(year, feasible):
    fact, ctx = fact_and_context(
        f"Het waterschap Vechtstromen opende in {year} een nieuw gemaal bij Kampen.", str(year)
    )
    if not feasible:  # the article's own year would always be the highest option
        assert never_asked(fact, ctx)
        return
    made = quizzes(fact, ctx)
    assert {answer for _, answer in made} == feasible
    for options, _ in made:
        assert all(int(o) <= YEAR for o in options), options


@pytest.mark.parametrize(
    ("key", "last", "positions"),
    [
        ("1 juni", 30, set()),  # the first or last day of a month is always at the edge
        ("2 juni", 30, {0, 1}),
        ("28 februari", 28, set()),
        ("30 april", 30, set()),
        ("30 mei", 31, {2, 3}),
    ],
)
def test_dates_stay_valid_days_of_the_same_month(key, last, positions):
    month = key.split()[1]
    fact, ctx = fact_and_context(
        f"De sluis bij Lelystad gaat volgens Rijkswaterstaat op {key} weer open.", key
    )
    if not positions:
        assert never_asked(fact, ctx)
        return
    made = quizzes(fact, ctx)
    assert {answer for _, answer in made} == positions
    for options, _ in made:
        for option in options:
            day, name = option.split()
            assert name == month and 1 <= int(day) <= last, options


def _ranks(below: list[str], above: list[str], seeds: range) -> Counter:
    """How often the key ends up with k options below it."""
    return Counter(
        sum(o.startswith("b") for o in spread(random.Random(s), below, above)) for s in seeds
    )


def test_spread_keeps_to_the_feasible_ranks():
    below, above = ["b1", "b2", "b3"], ["a1", "a2", "a3"]
    assert set(_ranks(below, above, range(SEEDS))) == {0, 1, 2, 3}
    for seed in range(50):
        assert spread(random.Random(seed), [], above) == above
        assert spread(random.Random(seed), below, []) == below
        assert sorted(spread(random.Random(seed), ["b1"], ["a1", "a2"])) == ["a1", "a2", "b1"]
        assert spread(random.Random(seed), ["b1"], ["a1"]) == ["b1", "a1"]  # too few: all


def test_spread_draws_every_feasible_rank_evenly():
    # reviewers found the key second-lowest in 8 of 13 numeric questions: small keys have
    # one value below them ('drie' over 'twee'), and clamping piled them onto rank 1
    short = _ranks(["b1"], ["a1", "a2", "a3"], range(1000))
    assert set(short) == {0, 1} and 0.4 < short[0] / 1000 < 0.6
    # a key with room on both sides is as often the lowest as the highest: weighting the
    # upper ranks (to make up for small keys) put it in the upper half two times in three
    free = _ranks(["b1", "b2", "b3"], ["a1", "a2", "a3"], range(4000))
    assert all(0.2 < free[k] / 4000 < 0.3 for k in range(4)), free


NAMED = [
    ("month", "Het museum in Leiden gaat in maart weer open voor publiek.", "maart"),
    ("weekday", "Zaterdag rijden er geen treinen tussen Utrecht en Arnhem.", "Zaterdag"),
    ("place", "De bakkers in Deventer verkopen voortaan brood zonder zout.", "Deventer"),
    (
        "person",
        "Marieke Vos won zaterdag in Heerenveen. Anna Kok, Eva Smit en Lotte Jansen reden mee.",
        "Marieke Vos",
    ),
    ("organisation", "De SP stemde dinsdag tegen het voorstel van de gemeente.", "SP"),
]


@pytest.mark.parametrize(("type_", "text", "key"), NAMED)
def test_shuffled_key_lands_in_every_position_equally_often(type_, text, key):
    fact, ctx = fact_and_context(text, key)
    assert fact.type == type_
    made = quizzes(fact, ctx)
    for share in shares(made):
        assert 0.15 <= share <= 0.35, shares(made)


def test_percentages_below_a_hundred_keep_their_options_below_a_hundred():
    fact, ctx = fact_and_context(
        "Het aantal vluchten vanaf Eindhoven daalde vorig jaar met 80 procent door de crisis.",
        "80 procent",
    )
    for seed in range(SEEDS):
        stem = fact.sentence.text.replace(fact.key, "___", 1)
        options = pick(fact, ctx, random.Random(seed), stem)
        assert options and all(value(o) < 100 for o in options), options


def test_a_date_after_its_weekday_gets_dates_whole_weeks_apart():
    fact, ctx = fact_and_context(
        "De zanger geeft op donderdag 12 maart een concert in Ahoy in Rotterdam.", "12 maart"
    )
    for options, _ in quizzes(fact, ctx):
        assert {int(o.split()[0]) % 7 for o in options} == {12 % 7}, options


@pytest.mark.parametrize(
    ("field", "key", "days"),
    [
        ("rechtspraak", "dinsdag", {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"}),
        ("politiek", "Vrijdag", {"Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag"}),
        ("voetbal", "dinsdag", None),  # matches are played on any day
    ],
)
def test_courts_and_parliaments_sit_on_working_days(field, key, days):
    fact, ctx = fact_and_context(
        f"Het gerechtshof in Arnhem doet {key} uitspraak in de zaak tegen de oud-wethouder.", key
    )
    ctx.field = field
    seen = {o for options, _ in quizzes(fact, ctx) for o in options}
    assert seen == (days or seen) and len(seen) == (5 if days else 7), seen


def test_no_weekend_key_in_a_story_about_a_court():
    fact, ctx = fact_and_context(
        "De rechtbank in Assen deed zaterdag uitspraak in de zaak tegen de bestuurder.", "zaterdag"
    )
    ctx.field = "rechtspraak"
    assert never_asked(fact, ctx)


def test_no_options_around_a_gap_where_another_true_value_sits():
    # 'zeven jaar' is true for another suspect: options 6, 8, 9, 10 would single out 6;
    # 5, 6, 8, 9 would not
    fact, ctx = fact_and_context(
        "Tegen Karel V. eiste het OM zes jaar cel, tegen Piet D. zeven jaar cel.", "zes jaar"
    )
    stem = fact.sentence.text.replace(fact.key, "___", 1)
    dropped = 0
    for seed in range(SEEDS):
        options = pick(fact, ctx, random.Random(seed), stem)
        values = [parse_cardinal(o.split()[0], "nl").value for o in [fact.key, *options]]
        if not options:
            dropped += 1
            continue
        # the key (6) never stands alone below a gap at 7
        assert not (max(values) > 7 and [v for v in values if v < 7] == [6]), options
    assert 0 < dropped < SEEDS  # some draws isolate the key and are refused, others are fine


def picked(text: str, key: str) -> list[list[str]]:
    """The distractors picked for the key of this text, one list per seed."""
    fact, ctx = fact_and_context(text, key)
    stem = fact.sentence.text.replace(fact.key, "___", 1)
    return [pick(fact, ctx, random.Random(seed), stem) for seed in range(SEEDS)]


@pytest.mark.parametrize(
    ("text", "key", "below", "asked"),
    [
        # '1050 miljoen euro' is written '1,05 miljard euro': a form the key does not have
        ("Het bedrijf in Eindhoven boekte een winst van 950 miljoen euro.", "950 miljoen euro",
         1000, False),
        ("Het bedrijf in Eindhoven boekte een winst van 750 miljoen euro.", "750 miljoen euro",
         1000, True),
        # the story compares the key with a value: every option stays on the key's side
        ("Het was droog in Drenthe. In Assen viel 640 millimeter regen, tegenover de 850 "
         "millimeter die er normaal valt.", "640", 850, True),
        # no distance at or past the finish of the race
        ("Kim Bos won in Rome de 10.000 meter. Zij dacht na 8.000 meter al klaar te zijn, "
         "maar er moest nog een stuk gelopen worden.", "8.000 meter", 10_000, True),
    ],
)  # fmt: skip
def test_options_stay_below_a_bound_the_story_sets(text, key, below, asked):
    draws = picked(text, key)
    assert all(value(o) < below for options in draws for o in options)
    assert any(len(options) == 3 for options in draws) is asked
