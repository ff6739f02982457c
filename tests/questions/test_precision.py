"""Precision rules: stems that do not stand alone, trivial asides, give-aways (own sentences)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from questions import generate, parse_text
from questions.numbers import parse_cardinal, parse_ordinal
from questions.pipeline import story_province
from questions.rank import (
    anaphor_problem,
    aside_problem,
    background_number_problem,
    description_problem,
    history_person_problem,
    select,
    stem_problem,
    vague_who_problem,
)
from questions.spans import kind_of
from tests.questions.test_templates import stems


@pytest.mark.parametrize(
    ("stem", "dangling"),
    [
        ("Daarvoor moet de club nog ___ wedstrijden winnen.", True),
        ("Het concert in ___ is de laatste daarvan.", True),
        ("Sindsdien verschenen er nog ___ boeken van de schrijver.", True),
        ("Wanneer werd de gelijknamige stad getroffen door een storm?", True),
        ("Met de bewoners van de andere ___ huizen wordt nog gepraat.", True),
        ("Deze fietser won eerder al ___ etappes in de Giro.", True),
        ("Daarna reed de bus nog ___ kilometer door naar Zwolle.", True),
        ("Hierdoor stonden er ___ kilometer file op de A12.", True),
        ("Een dergelijke brug kost ongeveer ___.", True),
        ("De fietser won eerder al ___ etappes in deze Giro.", False),
        ("Eerder reed de Deen naar winst in de ___ rit.", False),
        ("Zoals elk jaar reed het peloton ___ rustig naar Parijs.", False),
        ("De winst steeg met 5 procent. Dat kwam doordat de kosten met ___ daalden.", False),
        ("De enige andere renner die de rit ooit won, was ___.", True),
        ("Op die ___ was Jan Smit de sterkste renner van de vlucht.", True),
        ("De renner die ___ kilometer alleen reed, won de rit.", False),
        # 'het' stands for what the sentence before named
        ("Het is een van de maatregelen om ___ te besparen.", True),
        ("Het is de ___ dag op rij dat het kwik boven de dertig graden komt.", False),
    ],
)
def test_stems_that_point_back_to_nothing(stem, dangling):
    assert bool(anaphor_problem(stem)) is dangling


def _fact(type_: str, key: str):
    number = parse_ordinal(key, "nl") if type_ == "ordinal" else parse_cardinal(key, "nl")
    sentence = SimpleNamespace(tokens=())  # a stem alone: no verb of its sentence to read
    return SimpleNamespace(type=type_, key=key, value=number, noun="", i=0, j=1, sentence=sentence)


@pytest.mark.parametrize(
    ("type_", "key", "stem", "template", "aside"),
    [
        # a weekday for a date the stem gives
        ("weekday", "vrijdag", "De kaartverkoop begint op ___ 12 maart.", "gapfill", True),
        ("weekday", "dinsdag", "Op ___ 3 juni opent de nieuwe brug.", "gapfill", True),
        ("weekday", "zaterdag", "De schaatser won ___ de 5000 meter.", "gapfill", False),
        # the month of a background event of an earlier year
        ("month", "juni", "In ___ 2004 trof een overstroming de stad.", "gapfill", True),
        ("month", "maart", "Sinds ___ vorig jaar stijgen de prijzen elke maand.", "gapfill", False),
        # the year something is compared with, the year of a background paragraph
        (
            "year",
            "2021",
            "De winst was een derde hoger dan in het derde kwartaal van ___.",
            "gapfill",
            True,
        ),
        (
            "year",
            "2010",
            "In ___ trof een storm de kust, waarbij tien mensen omkwamen.",
            "gapfill",
            True,
        ),
        ("year", "2010", "De zanger trad eind ___ voor het laatst op.", "gapfill", False),
        # first or second in a copied sentence
        ("ordinal", "tweede", "Na Jansen boekte hij de ___ zege voor de ploeg.", "gapfill", True),
        ("ordinal", "eerste", "Zij is de ___ vrouw in die functie.", "gapfill", True),
        ("ordinal", "zesde", "Hij won de ___ etappe van de ronde.", "gapfill", False),
        ("ordinal", "derde", "De hoeveelste zege boekte de ploeg?", "ordinal_question", False),
        # a score, a list or 'de ___' tells a small count ('twee' and 'tweede', always the
        # lowest option, are dropped by pick(): test_distractors_position)
        ("count", "drie", "De ploeg won met ___ doelpunten: 3-1.", "gapfill", True),
        ("count", "drie", "Zij won ___ medailles, op de 500, 1000 en 1500 meter.", "gapfill", True),
        ("count", "drie", "Zij won ___ medailles, op de 500 en 1000 meter.", "gapfill", False),
        ("count", "drie", "De ___ ministers spraken over de begroting.", "gapfill", True),
        ("count", "vier", "In de ___ grote steden stegen de prijzen.", "gapfill", True),
        ("count", "drie", "Er raakten ___ mensen gewond, een van hen ernstig.", "gapfill", False),
        ("count", "zeven", "De ___ ministers spraken over de begroting.", "gapfill", True),
        ("count", "vier", "Met ___ doelpunten won Ajax de wedstrijd in Emmen.", "gapfill", False),
        ("duration", "elf jaar", "Zij versloeg de ___ oudere Eva Bos.", "gapfill", True),
        ("duration", "elf jaar", "De bouw gaat ___ duren.", "gapfill", False),
        # a duration that describes a noun
        ("duration", "acht jaar", "Het was een ruim ___ oude toernooirecord.", "gapfill", True),
        ("duration", "vijf jaar", "Ze rondden een al ___ durend onderzoek af.", "gapfill", True),
        ("duration", "vijf jaar", "Het onderzoek duurde ___.", "gapfill", False),
        # a detail between commas
        ("count", "400", "Voor de club, met haar ___ leden, is de hal te klein.", "gapfill", True),
        ("count", "400", "De club met ___ leden wil een grotere hal.", "gapfill", False),
        # a slip in the source: the unit twice
        ("percentage", "8,8 procent", "Volt kreeg ___ procent van de stemmen.", "gapfill", True),
        ("percentage", "8,8 procent", "Volt kreeg ___ van de stemmen.", "gapfill", False),
        # the rank next to the key is in the stem
        (
            "ordinal",
            "derde",
            "De ___ plek was voor Kim, gevolgd door nummer vier Eva.",
            "gapfill",
            True,
        ),
        ("ordinal", "derde", "De ___ plek was voor Kim, voor de vierde Eva.", "gapfill", True),
        ("ordinal", "derde", "De ___ plek was voor Kim uit Zwolle.", "gapfill", False),
        ("ordinal", "21e", "Zij stijgt van de 27e naar de ___ positie.", "gapfill", False),
        # the size of a known set
        ("count", "27", "Het geld komt van de ___ lidstaten.", "gapfill", True),
        ("count", "27", "Het geld komt van ___ lidstaten.", "gapfill", False),
        ("duration", "38 jaar", "Venus is weliswaar al ___, maar won toch.", "gapfill", True),
        ("measure", "550 kilometer", "Elazig ligt ___ ten oosten van Ankara.", "gapfill", True),
        # a bound: every smaller (or larger) option is true as well
        ("count", "300", "Er kwamen meer dan ___ trekkers naar Arnhem.", "gapfill", True),
        ("count", "30", "Er zitten nog minstens ___ mensen vast.", "gapfill", True),
        ("count", "920", "Er raakten zeker ___ mensen gewond.", "gapfill", True),
        ("percentage", "7 procent", "De koopkracht steeg met ___ of meer.", "gapfill", True),
        ("percentage", "7 procent", "De koopkracht steeg met ___ in een jaar.", "gapfill", False),
        ("measure", "55 kilometer", "Met nog ___ te gaan viel hij aan.", "gapfill", True),
        ("measure", "5 kilometer", "Op ___ van de streep begon de klim.", "gapfill", True),
        ("measure", "53 lichtjaren", "De planeet staat op ___ van de aarde.", "gapfill", False),
        # numbers in the stem that add up to the key, or to a total with it
        (
            "count",
            "tien",
            "De ploeg won ___ medailles: vier keer goud, vijf keer zilver en één keer brons.",
            "gapfill",
            True,
        ),
        ("count", "drie", "Zij won zes prijzen (___ voor zang, drie voor dans).", "gapfill", True),
        ("count", "24", "Er kwamen ___ mensen, 3 uit Gouda en 5 uit Delft.", "gapfill", False),
        # another number of the stem converts to the key
        ("count", "zes", "600 hectare is ___ vierkante kilometer.", "gapfill", True),
        ("count", "2500", "Een dijk van 2,5 kilometer is ___ meter lang.", "gapfill", True),
        ("count", "40", "Er staan 600 huizen; ___ daarvan zijn leeg.", "gapfill", False),
        # the news agency's own bookkeeping; a dateline '(ANP)' is fine
        ("count", "7.993", "Volgens het ANP is de uitslag van ___ zetels bekend.", "gapfill", True),
        ("count", "12", "AMSTERDAM (ANP) - Er zijn ___ mensen gewond.", "gapfill", False),
        # a vote next to its counterpart: most options would break the chamber's total
        ("count", "81", "Het voorstel werd met ___ tegen 66 stemmen aangenomen.", "gapfill", True),
        ("count", "66", "Het voorstel werd met 81 tegen ___ stemmen aangenomen.", "gapfill", True),
        # a race over a set distance: other distances are no events
        ("measure", "200 meter", "De vrouwen werden tweede op de 4×___ vrij.", "gapfill", True),
        ("count", "100", "Zij zwom op de ___ rug een nationaal record.", "gapfill", True),
        ("measure", "1500 meter", "Zij won zaterdag goud op de ___.", "gapfill", True),
        ("measure", "50 meter", "Na de eerste ___ lag de ploeg al achter.", "gapfill", True),
        ("measure", "180 kilometer", "De rit ging over een afstand van ___.", "gapfill", False),
        # an article before the gap that only some options take
        ("organisation", "RIVM", "Het ___ meldde vorige week meer griep.", "gapfill", True),
        ("place", "Verenigde Staten", "Daar kunnen de ___ zelf al veel doen.", "gapfill", True),
        ("organisation", "KNMI", "Volgens ___ wordt het morgen warm.", "gapfill", False),
        # the course of a race and the size of a survey are details, not the news
        (
            "count",
            "30",
            "Toen lagen nog ___ vlakke kilometers richting de finish.",
            "gapfill",
            True,
        ),
        ("count", "30", "Er waren ___ kilometers file op de A12.", "gapfill", False),
        ("count", "79", "Dat blijkt uit een peiling onder ___ ziekenhuizen.", "gapfill", True),
        ("count", "14", "Dat meldt de bond na een inventarisatie bij ___ ketens.", "gapfill", True),
        ("count", "14", "De bond telde ___ ketens die de prijs verhoogden.", "gapfill", False),
        # a bound: 'boven ___' is a class or a threshold, not the value
        ("measure", "100 kilogram", "Hij won goud in de klasse boven ___.", "gapfill", True),
        # a list of as many places after the count: one for each
        (
            "count",
            "vier",
            "De prijs gaat naar ___ artsen uit Zwolle, Assen, Ede en Breda.",
            "gapfill",
            True,
        ),
        (
            "count",
            "vier",
            "De prijs gaat naar ___ artsen van de Universiteit Leiden, de TU Eindhoven, het "
            "Radboudumc en de Universiteit Maastricht.",
            "gapfill",
            True,
        ),
        (
            "count",
            "vijf",
            "De prijs gaat naar ___ artsen uit Zwolle, Assen en Ede.",
            "gapfill",
            False,
        ),
        (
            "count",
            "drie",
            "De club won ___ duels, speelde er een gelijk en verloor er twee.",
            "gapfill",
            False,
        ),
        ("measure", "41 kilometer", "Zij reden drie ronden van ___ rond Ede.", "gapfill", True),
        # how long a body has existed describes it
        ("duration", "vijftig jaar", "De koning bezoekt het ___ bestaande fonds.", "gapfill", True),
        # a year in a series with another year is the next one
        (
            "year",
            "2025",
            "De bank rekent op 1,8 procent groei in 2024 en 1,5 procent in ___.",
            "gapfill",
            True,
        ),
        (
            "year",
            "2024",
            "De bank rekent op 1,8 procent groei in ___ en 1,5 in 2025.",
            "gapfill",
            True,
        ),
        ("year", "2025", "De nieuwe brug over de IJssel gaat in ___ open.", "gapfill", False),
        # a chance that came to nothing is a side part of a match
        ("person", "Anna Kok", "Wie kwam voor rust het dichtst bij een doelpunt?", "who", True),
        ("person", "Anna Kok", "Een schot van ___ belandde op de lat.", "gapfill", True),
        ("person", "Anna Kok", "Wie scoorde voor rust het eerste doelpunt?", "who", False),
        # 100 percent is a ceiling: the key would be the highest option
        ("percentage", "100 procent", "Ze vrezen een verlies tussen 20 en ___.", "gapfill", True),
        ("percentage", "60 procent", "Ze vrezen een verlies tussen 20 en ___.", "gapfill", False),
        # emphasis says the number is large
        ("count", "zes", "De uilen kregen maar liefst ___ jongen.", "gapfill", True),
        ("count", "zes", "De uilen kregen dit voorjaar ___ jongen.", "gapfill", False),
        # 'slechts' says the number is small
        ("count", "40.000", "Er worden slechts ___ woningen gebouwd.", "gapfill", True),
        ("count", "40.000", "Hoeveel woningen worden er slechts gebouwd?", "count", True),
        ("count", "40.000", "Er worden dit jaar ___ woningen gebouwd.", "gapfill", False),
        # one end of a range rules out options past the other end
        ("ordinal", "15e", "De scherven komen uit de 13e-___ eeuw.", "gapfill", True),
        ("count", "30", "Elke groep telt van 10 tot ___ kinderen.", "gapfill", True),
        ("ordinal", "13e", "De scherven komen uit de ___-15e eeuw.", "gapfill", True),
        ("ordinal", "13e", "De scherven komen uit de ___ eeuw.", "gapfill", False),
        # two days side by side: only the day next to it fits
        ("date", "7 maart", "De competitie begint in het weekend van 6 en ___.", "gapfill", True),
        ("weekday", "zondag", "Het festival duurt zaterdag en ___.", "gapfill", True),
        (
            "date",
            "6 maart",
            "De competitie begint in het weekend van ___ en 7 maart.",
            "gapfill",
            True,
        ),
        ("date", "7 maart", "De competitie begint op ___ in Ede.", "gapfill", False),
        # a football team is eleven by the rules of the game
        ("count", "elf", "De trainer stuurt zijn sterkste ___ het veld in.", "gapfill", True),
        ("count", "elf", "De trainer nam ___ nieuwe spelers mee.", "gapfill", False),
        # an age bound defines a group
        ("duration", "25 jaar", "Onder jongeren tot ___ daalde de werkloosheid.", "gapfill", True),
        ("duration", "25 jaar", "De bouw van de sluis duurde ___ en was duur.", "gapfill", False),
        # how long ago counts from the day the story appeared
        ("duration", "drie weken", "De renners vertrokken ___ geleden uit Rome.", "gapfill", True),
        ("duration", "drie weken", "De renners waren ___ onderweg.", "gapfill", False),
        # 'een' before an ordinal is one more, not a rank
        ("ordinal", "vierde", "Een ___ inzittende ligt in het ziekenhuis.", "gapfill", True),
        ("ordinal", "vierde", "De ___ inzittende ligt in het ziekenhuis.", "gapfill", False),
        # a gap that cuts a pair written short
        ("weekday", "vrijdagmiddag", "Voor ___ en -avond geldt code oranje.", "gapfill", True),
        # 'a.s.' holds only on the day the story appeared
        (
            "date",
            "3 november",
            "Het concert op zaterdag ___ a.s. sluit het feest af.",
            "gapfill",
            True,
        ),
    ],
)
def test_asides_and_give_aways(type_, key, stem, template, aside):
    assert bool(aside_problem(_fact(type_, key), stem, template, 2024)) is aside


def test_a_climb_category_is_a_short_series():
    fact = SimpleNamespace(**{**vars(_fact("ordinal", "vierde")), "noun": "categorie"})
    stem = "De renners moesten een heuvel van de ___ categorie op."
    assert "short series" in aside_problem(fact, stem, "gapfill", 2024)


@pytest.mark.parametrize(
    ("stem", "language", "bound"),
    [
        ("Het was een rit over ___ met start en finish in Luik.", "nl", False),
        ("De brug gaat over ___ open.", "nl", False),
        ("Het was een rit van meer dan ___ door de Ardennen.", "nl", True),
        ("The police arrested over ___ people in the city.", "en", True),
    ],
)
def test_over_is_a_bound_in_english_only(stem, language, bound):
    problem = aside_problem(_fact("measure", "158 kilometer"), stem, "gapfill", 2024, language)
    assert ("bound" in problem) is bound


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("In Goes brandde een schuur af. De brandweer van Zeeland rukte uit.", "Zeeland"),
        ("In Utrecht brandde een schuur af.", ""),  # a town as well as a province
        ("In Zwolle brandde een schuur af.", ""),
    ],
)
def test_story_province(text, province):
    assert story_province(text) == province


def test_one_question_per_sentence():
    a = SimpleNamespace(
        key="twee",
        evidence="S1",
        stem="Er kwamen ___ ploegen.",
        template="gapfill",
        fact_type="count",
    )
    b = SimpleNamespace(
        key="vier",
        evidence="S1",
        stem="Er waren ___ ritten.",
        template="gapfill",
        fact_type="count",
    )
    c = SimpleNamespace(
        key="zes",
        evidence="S2",
        stem="Er reden ___ renners.",
        template="gapfill",
        fact_type="count",
    )
    assert select([(1.0, a), (0.9, b), (0.8, c)], None) == [a, c]
    # a question about a person copies nothing of the sentence: it does not fill it
    d = SimpleNamespace(
        key="wethouder",
        evidence="S1",
        stem="Welke functie heeft Anna Bos?",
        template="office_question",
        fact_type="office",
    )
    assert select([(1.0, a), (0.9, b), (0.8, c), (0.7, d)], None) == [a, c, d]


def test_no_question_whose_stem_answers_another():
    a = SimpleNamespace(
        key="1,7 procent",
        evidence="S1",
        stem="De prijzen stegen ___.",
        template="gapfill",
        fact_type="count",
    )
    b = SimpleNamespace(
        key="2018",
        evidence="S2",
        stem="In ___ stegen de prijzen 1,7 procent.",
        template="gapfill",
        fact_type="count",
    )
    c = SimpleNamespace(
        key="3 procent",
        evidence="S3",
        stem="De lonen stegen 1,75 keer ___.",
        template="gapfill",
        fact_type="count",
    )
    assert select([(1.0, a), (0.9, b), (0.8, c)], None) == [a, c]
    # a weekday inside a longer word of another stem gives the day away
    d = SimpleNamespace(
        key="zaterdag",
        evidence="S4",
        stem="Op welke dag kwam de Sint aan in Scheveningen?",
        template="wh_question",
        fact_type="weekday",
    )
    e = SimpleNamespace(
        key="12 november",
        evidence="S5",
        stem="De boot bracht de Sint zaterdagmorgen ___ aan land.",
        template="gapfill",
        fact_type="date",
    )
    assert select([(1.0, e), (0.9, d)], None) == [e]
    assert select([(1.0, d), (0.9, e)], None) == [d]


def test_no_town_question_in_a_story_set_in_one_province(frog):
    text = (
        "Overval\n\nIn Middelburg is dinsdagavond een snackbar aan de Stationsweg overvallen. "
        "Twee mannen gingen er met de kassa vandoor, meldt de politie van Zeeland.\n\n"
        "De politie zoekt getuigen van de overval in de binnenstad."
    )
    generation = generate(parse_text(text), analyzer=frog)
    assert not [q for q in generation.questions if q.key == "Middelburg"]
    assert any("one province" in d.reason for d in generation.dropped)


def test_weekday_next_to_its_date_is_dropped(frog):
    text = (
        "Concert\n\nDe band De Kraaien speelt in december drie keer in de Amsterdamse "
        "concerthal. De kaartverkoop voor de concerten begint op vrijdag 12 maart om tien uur."
    )
    generation = generate(parse_text(text), analyzer=frog)
    assert not [q for q in generation.questions if q.key.lower() == "vrijdag"]


def test_no_question_on_the_country_the_headline_names(frog):
    text = (
        "Storm in Portugal\n\nIn Portugal zijn door storm Martinho 12 mensen omgekomen. "
        "Ook in Spanje, Frankrijk en Marokko richtte de storm schade aan.\n\n"
        "In Portugal vallen vaker zware stormen, omdat het land aan de oceaan ligt."
    )
    generation = generate(parse_text(text), analyzer=frog)
    assert not [q for q in generation.questions if q.key == "Portugal"]
    reasons = [d.reason for d in generation.dropped if d.detail == "Portugal"]
    assert reasons and all("headline" in r for r in reasons)


@pytest.mark.parametrize(
    ("stem", "names", "unclear"),
    [
        ("De zangeres geeft in ___ steden een concert.", [], True),
        ("Op ___ staat de rockzangeres weer op het podium in Rotterdam.", [], True),
        ("De Nederlandse renner won zaterdag de ___ etappe in de Alpen.", [], True),
        ("Het duo brengt op ___ een nieuw album uit.", [], True),
        ("Op welke dag speelt de band in Groningen?", [], True),
        ("Nog ___ mensen werden in het ziekenhuis nagekeken.", [], True),
        ("Ook in ___, Polen en Litouwen werd de storm gevoeld.", [], True),
        ("In Tilburg eindigen de christendemocraten met ___ zetels.", [], True),
        # a name in the stem tells who it is about
        ("De zangeres Lisa Jansen geeft in ___ steden een concert.", ["Lisa Jansen"], False),
        ("Ook Ajax verloor met ___ doelpunten verschil.", ["Ajax"], False),
        # the description introduces the gap, the stem shows the sentence before
        ("Volgens de woordvoerder ___ is het pand onbewoonbaar.", [], False),
        ("Jansen trad op in Tilburg. De zangeres kreeg ___ bloemen.", [], False),
        # no role noun: 'voorstel' is no 'stel', 'monster' no 'ster'
        ("Het voorstel kost ___ euro per huishouden.", [], False),
        ("In het meer leeft volgens de sage een monster van ___ meter.", [], False),
    ],
)
def test_stems_that_name_their_subject_only_by_a_description(stem, names, unclear):
    assert bool(description_problem(stem, names)) is unclear


@pytest.mark.parametrize(
    ("type_", "sentence", "year", "background"),
    [
        ("count", "Bij de beving van 1999 werden 500 mensen dakloos.", 2023, True),
        ("amount", "In 2015 kostte de brug nog 12 miljoen euro.", 2024, True),
        ("percentage", "De partij haalde in 2017 nog 21 procent van de stemmen.", 2023, True),
        ("count", "Dit jaar kwamen er 300 bezoekers, tegen 200 in 2024.", 2024, False),
        ("count", "Sinds 2010 zijn er 40 windmolens bijgekomen.", 2024, False),
        ("count", "De club won 3 wedstrijden op rij.", 2024, False),
        ("year", "In 2015 kostte de brug nog 12 miljoen euro.", 2024, False),
    ],
)
def test_numbers_from_an_earlier_event(type_, sentence, year, background):
    assert bool(background_number_problem(type_, sentence, year)) is background


def test_a_stem_under_a_headline_with_two_actors_must_name_one(frog):
    text = (
        "Philips en Shell boeken meer winst\n\nDe winst van Philips steeg in het laatste "
        "kwartaal met 18 procent tot 400 miljoen euro. Door de sterke gulden daalde het "
        "resultaat in guldens met 3 procent, meldde het bedrijf in de jaarcijfers."
    )
    generation = generate(parse_text(text), analyzer=frog)
    assert [q.key for q in generation.questions if "Philips" in q.stem]
    assert not [q for q in generation.questions if "gulden" in q.stem]
    assert any("two actors" in d.reason for d in generation.dropped)


@pytest.mark.parametrize(
    ("headline", "given_away"),
    [
        ("Ruim 90 boten doen mee aan de race", True),  # close to the key: 92
        ("Eigenaar en 3 mannen opgepakt na vondst", False),  # key 12: far off
        ("Race op het IJsselmeer gaat door", False),
        ("Meer dan 200 boten op het water", False),
        ("Race na 91 jaar weer op het IJsselmeer", False),  # a number of years, not boats
    ],
)
def test_a_headline_number_close_to_the_key_is_blanked(frog, headline, given_away):
    text = (
        f"{headline}\n\nAan de zeilrace op het IJsselmeer deden zaterdag 92 boten mee. "
        "Volgens de organisatie kwamen er 12 mensen van de reddingsbrigade helpen. Het "
        "weer was goed en de wind kwam uit het westen, zodat de boten snel konden varen."
    )
    generation = generate(parse_text(text), analyzer=frog)
    assert any(q.key == "92" for q in generation.questions)
    # a close number is blanked in the headline players see; another number is not
    blanked = generation.shown_headline != headline
    assert blanked is given_away
    assert "90" not in generation.shown_headline or not given_away


def _people_options(frog, text: str, key: str) -> list[str]:
    """distractors.persons() for the person `key`, with the context the pipeline builds."""
    import random

    from questions.distractors import Context, persons
    from questions.facts import extract
    from questions.gender import person_genders
    from questions.spans import full_names, mentions

    sentences = frog.analyze(text)
    found = [m for s in sentences for m in mentions(s, "nl")]
    facts = [f for s in sentences for f in extract(s, "nl", found)]
    ctx = Context("nl", facts, found, text)
    ctx.genders = person_genders(sentences, found, full_names(found))
    [fact] = [f for f in facts if f.key == key and f.type == "person"]
    return persons(fact, ctx, random.Random(1))


def test_a_nationality_before_the_gap_takes_only_people_of_that_nationality(frog):
    text = (
        "De Nederlander Bart Smit werd vierde. De Nederlander Jan de Boer werd vijfde. "
        "De Belg Tom Peeters werd zesde. Kees Visser werd zevende. De Nederlander Piet "
        "Bos werd achtste."
    )
    # 'De Nederlander ___ werd vierde.': a Belgian or a rider of unknown nationality is no option
    assert sorted(_people_options(frog, text, "Bart Smit")) == ["Jan de Boer", "Piet Bos"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bart Smit is de Nederlander met de meeste zeges: 12.",
        "Bart Smit, de Nederlander met de meeste zeges, stopt.",
        "Bart Smit is dankzij zijn zege de elfde Nederlander met een titel.",
    ],
)
def test_a_nationality_after_the_gap_takes_only_people_of_that_nationality(frog, sentence):
    text = (
        f"{sentence} De Nederlander Jan de Boer werd vierde. De Belg Tom Peeters werd "
        "zesde. Kees Visser werd zevende. De Nederlander Piet Bos werd achtste."
    )
    # '___ is de Nederlander met ...': a Belgian or a rider of unknown nationality is no option
    assert sorted(_people_options(frog, text, "Bart Smit")) == ["Jan de Boer", "Piet Bos"]


def test_a_nationality_of_someone_else_in_the_sentence_binds_nothing(frog):
    text = (
        "Bart Smit versloeg in de finale de Nederlander Jan de Boer. De Belg Tom Peeters "
        "werd zesde. Kees Visser werd zevende. De Nederlander Piet Bos werd achtste."
    )
    # the key's nationality is unknown: no Dutchman is forced on it (nor a Belgian)
    assert _people_options(frog, text, "Bart Smit") == ["Kees Visser"]


def test_a_title_the_lists_do_not_know_still_binds_the_options(frog):
    text = (
        "De ploeg van oefenmeester Henk Mulder won zaterdag. Spits Rick Smit scoorde twee "
        "keer. De ploeg van oefenmeester Jan Bos verloor thuis. Ook Tom de Bruin scoorde."
    )
    assert _people_options(frog, text, "Henk Mulder")[:1] == ["Jan Bos"]
    assert not {"Rick Smit", "Tom de Bruin"} & set(_people_options(frog, text, "Henk Mulder"))


@pytest.mark.parametrize(
    ("sentence", "key", "in_name"),
    [
        ("De raket werd gelanceerd met een Falcon 9 van het bedrijf.", "9", True),
        ("Hij reed jarenlang in de Formule 1 voor een Duits team.", "1", True),
        ("In Nederland zijn vorige maand 38 schapen doodgebeten.", "38", False),
        ("Op de Veluwe zijn 38 schapen doodgebeten.", "38", False),
        ("In totaal zijn er op het NFF 321 films te zien.", "321", False),
        ("The capsule was launched on a Falcon 9 rocket from Florida.", "9", True),
    ],
)
def test_a_number_that_is_part_of_a_name(frog, sentence, key, in_name):
    from questions.facts import extract
    from questions.spans import mentions

    [s] = frog.analyze(sentence) if "The " not in sentence else get_simple("en").analyze(sentence)
    language = "en" if sentence.startswith("The ") else "nl"
    facts = [f for f in extract(s, language, mentions(s, language)) if f.key == key]
    if not facts:  # Frog reads 'Falcon 9' as one name: no number fact at all
        assert in_name
        return
    problem = aside_problem(facts[0], sentence.replace(key, "___", 1), "gapfill", 2024)
    assert ("part of a name" in problem) is in_name


def get_simple(language: str):
    from questions.analysis.simple import SimpleAnalyzer

    return SimpleAnalyzer(language)


def test_a_sentence_cut_in_two_at_a_bracket_is_no_question(frog):
    from questions.rank import sentence_problem

    [s] = get_simple("en").analyze(
        "UTC) on Saturday morning, the capsule was launched from Florida."
    )
    assert "brackets" in sentence_problem(s, "en")
    [s] = frog.analyze("De capsule (van SpaceX) werd zaterdag gelanceerd vanuit Florida.")
    assert sentence_problem(s, "nl") == ""


def test_english_weekdays_only_in_the_lead_and_pronouns_tell_the_gender():
    text = (
        "Launch in Florida\n\nThe capsule was launched on Saturday from Florida by a team of "
        "engineers. It carried food and water for the crew of the station. The crew of the "
        "station had waited for weeks. Engineers checked the capsule again on Monday after "
        "the docking. Anna Smith said he would lead the next flight in the spring."
    )
    generation = generate(parse_text(text, language="en"))
    asked = {q.key for q in generation.questions}
    assert "Saturday" in asked and "Monday" not in asked
    assert any(d.detail == "Monday" and "lead" in d.reason for d in generation.dropped)
    # 'he' and a woman's first name: no question about Anna Smith with men and women mixed
    assert "Anna Smith" not in asked


@pytest.mark.parametrize(
    ("sentence", "cut"),
    [
        # a single quote opened and not closed: the quote goes on in the next sentence
        ("Wethouder Kok zegt: ‘Het is voor het eerst in 12 jaar dat de bond staakt.", True),
        ("Kok zegt dat de bond ‘voor het eerst in 12 jaar’ staakt in Zwolle.", False),
        # apostrophes are no quotation marks
        ("Op de A7 stonden 12 auto’s in de file bij ’t Zandt.", False),
    ],
)
def test_a_sentence_cut_from_a_single_quote_is_a_fragment(frog, sentence, cut):
    from questions.rank import sentence_problem

    s = frog.analyze(sentence)[0]
    assert ("quotation marks" in sentence_problem(s, "nl")) is cut


def test_a_sentence_opening_with_a_comma_is_a_fragment(frog):
    from questions.rank import sentence_problem

    [s] = frog.analyze(", die ontkende, moet ook een oude straf van twee jaar uitzitten.")
    assert "comma" in sentence_problem(s, "nl")


@pytest.mark.parametrize(
    ("text", "key", "allowed"),
    [
        # a weekend key never stands alone among working days
        (
            "Het festival in Zwolle begon zondag met een optocht door de binnenstad.",
            "zondag",
            None,
        ),
        # the stock exchange is closed at the weekend: working days only
        (
            "Op het Damrak ging het aandeel Philips donderdag hard omhoog. De AEX en de andere "
            "aandelen op de beurs bleven achter.",
            "donderdag",
            {"maandag", "dinsdag", "woensdag", "vrijdag"},
        ),
    ],
)
def test_weekday_options(text, key, allowed):
    import random

    from questions.distractors import pick, story_field
    from tests.questions.test_distractors_position import fact_and_context

    fact, ctx = fact_and_context(text, key)
    ctx.field = story_field(text)
    for seed in range(20):
        options = pick(fact, ctx, random.Random(seed), text.replace(key, "___"))
        assert len(options) == 3
        if allowed is None:
            assert "zaterdag" in options
        else:
            assert set(options) <= allowed


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a year inside a date counts: the story reaches 2017, so 2014 is background
        ("In 2014 brandde er 500 hectare af. In juni 2017 brandde het weer.", 2017),
        ("Op 3 maart 2021 opende de brug. Sinds 2019 werd eraan gebouwd.", 2021),
        ("In 2014 brandde er 500 hectare af.", 2014),
        ("De brug is 2000 meter lang.", 2026),
    ],
)
def test_the_reference_year_reads_years_inside_dates(text, year):
    from questions.pipeline import reference_year

    article = SimpleNamespace(published="", text=text)
    facts = [SimpleNamespace(type="year", key=y) for y in ("2014", "2019") if f"n {y}" in text]
    assert reference_year(article, facts, 2026) == year


@pytest.mark.parametrize(
    ("stem", "headline", "side"),
    [
        ("De ___ plaats ging naar Noorwegen.", "Goud voor Kok op de 500 meter", True),
        ("Wie eindigde als negende?", "Hassan grijpt Europese titel", True),
        ("Piet Bos werd als tweede Nederlander ___.", "Visser wint in Oman", True),
        ("Jan Smit was op de ___ plaats de beste Nederlander.", "Visser wint in Oman", True),
        ("Feyenoord moest winnen voor de ___ plaats.", "Feyenoord verliest", False),
        ("Wie eindigde als negende?", "", False),  # no headline: nothing to tell
        ("De ___ etappe ging naar Jan Smit.", "Visser wint in Oman", False),  # no placing
        # a lesser medal is a placing too
        ("Wie legde met een snelle tijd beslag op het brons?", "Kok wint in Thialf", True),
        ("Wie won zilver op de 500 meter?", "Goud voor Kok in Thialf", True),
        # a rank by time is a placing too
        ("Anna Bos reed de ___ tijd in Heerenveen.", "Goud voor Kok in Thialf", True),
        ("Kok reed de ___ tijd in Heerenveen.", "Goud voor Kok in Thialf", False),
    ],
)
def test_a_placing_of_someone_the_headline_does_not_name_is_a_side_result(stem, headline, side):
    from questions.context import side_placing_problem

    assert bool(side_placing_problem(stem, headline)) is side


def test_the_headline_own_placing_is_no_side_result():
    from questions.context import side_placing_problem

    stem = "Wie won zilver op de 500 meter?"
    assert side_placing_problem(stem, "Zilver voor Kok in Thialf", "Femke Kok") == ""
    assert side_placing_problem(stem, "Zilver voor Kok in Thialf", "Anna Bos")


@pytest.mark.parametrize(
    ("tags", "asked"),
    [
        (("VVD’er", "PvdA’er", "CDA’er", "D66’er"), False),  # each of another party
        (("VVD’er", "VVD’er", "VVD’er", "VVD’er"), True),
    ],
)
def test_a_party_member_tag_binds_the_options_to_the_party(frog, tags, asked):
    a, b, c, d = tags
    text = (
        f"Gemeenteraad\n\nNamens de coalitie liet {a} Kees Mol dinsdag weten dat de fracties "
        f"in Zwolle doorgaan. {b} Jan Bos betreurde de overstap van een raadslid. {c} Piet "
        f"Vink sprak van een zwarte dag. {d} Tom Bakker zweeg in de raad."
    )
    generation = generate(parse_text(text), analyzer=frog)
    assert bool([q for q in generation.questions if q.fact_type == "person"]) is asked


def test_a_weekend_key_whose_other_weekend_day_is_taken_is_not_asked(frog):
    # 'zaterdag' is true for another race of the story: 'zondag' would stand alone
    text = (
        "Schaatsen\n\nJan Bos heeft zondag de 500 meter gewonnen in Thialf bij de schaatsers. "
        "Zaterdag won hij al de 1000 meter op de ijsbaan. Het publiek genoot van de races."
    )
    generation = generate(parse_text(text), analyzer=frog)
    assert not [q for q in generation.questions if q.fact_type == "weekday"]
    assert any(d.fact_type == "weekday" and d.detail == "zondag" for d in generation.dropped)


def test_a_dutch_premier_gets_no_president_as_option():
    from random import Random

    from questions.distractors import Context, offices

    fact = SimpleNamespace(
        key="premier",
        i=0,
        value=SimpleNamespace(text="Dick Schoof"),
        sentence=SimpleNamespace(tokens=()),
    )
    for seed in range(10):
        options = offices(fact, Context(language="nl"), Random(seed))
        assert options and "president" not in options and "vicepresident" not in options


@pytest.mark.parametrize(
    ("headline", "sentence", "key", "nationality"),
    [
        (
            "Kok wint",
            "Femke Kok won als eerste Nederlandse schaatsster de beker.",
            "Femke Kok",
            "nederlandse",
        ),
        (
            "Nederlandse toptennisster wint",
            "Suzan Lamens won in Londen.",
            "Suzan Lamens",
            "nederlandse",
        ),
        ("Lamens wint", "Suzan Lamens won in Londen.", "Suzan Lamens", ""),
        # the description after 'als' is someone else's
        ("Kok wint", "Femke Kok won, als eerste na de Duitse Anna Vos in 2010.", "Femke Kok", ""),
    ],
)
def test_a_nationality_that_describes_the_key(frog, headline, sentence, key, nationality):
    from questions.distractors import Context, _described_nationality
    from questions.facts import extract
    from questions.spans import mentions

    [s] = frog.analyze(sentence)
    found = mentions(s, "nl")
    facts = extract(s, "nl", found)
    [fact] = [f for f in facts if f.key == key]
    ctx = Context(language="nl", facts=facts, mentions=found, headline=headline)
    assert _described_nationality(fact, ctx) == nationality


def test_a_race_distance_after_a_superlative_or_possessive_is_no_measure(frog):
    from questions.facts import extract

    for sentence in (
        "Zij reed zondag haar langzaamste 500 meter van het seizoen.",
        "Hij won zijn eerste 1000 meter in Thialf.",
        "Zowel op de 100 meter, 200 meter als 400 meter won een Amerikaan.",
        "Op 100 meter, 200 meter en kogelstoten was het podium Amerikaans.",
    ):
        [s] = frog.analyze(sentence)
        assert not [f for f in extract(s, "nl", []) if f.type == "measure"]
    [s] = frog.analyze("De file op de A12 was zondag 12 kilometer lang.")
    assert [f.key for f in extract(s, "nl", []) if f.type == "measure"] == ["12 kilometer"]


@pytest.mark.parametrize(
    ("text", "key", "asked"),
    [
        # a dated 'eerder' is still an earlier event: background
        ("Kim Bos, die eerder deze week zilver won, liep ook mee.", "Kim Bos", False),
        ("Kim Bos won zaterdag in Zwolle zilver op de 1500 meter.", "Kim Bos", True),
    ],
)
def test_an_earlier_event_is_background_even_when_dated(frog, text, key, asked):
    from questions.context import pointer_problem
    from questions.facts import extract
    from questions.spans import mentions

    [s] = frog.analyze(text)
    found = mentions(s, "nl")
    [fact] = [f for f in extract(s, "nl", found) if f.key == key]
    stem = s.text.replace(key, "___", 1)
    problem = pointer_problem(fact, stem, [m.text for m in found], [key], False)
    assert (not problem) is asked, problem


@pytest.mark.parametrize(
    ("type_", "key", "stem", "language", "aside"),
    [
        # a bare decimal number: a race time or a score without its unit
        ("count", "35,07", "Jan Bos veroverde met ___ zilver.", "nl", True),
        ("count", "35", "Jan Bos won ___ keer zilver.", "nl", False),
        # the gap converts the number before it
        ("count", "35", "The 22-mile (___-km) trip took an hour.", "en", True),
        ("amount", "181 million pounds", "The price is 900 million zloty (___).", "en", True),
        ("measure", "8 kilometer", "Een dijk van 5 mijl (___) lang.", "nl", True),
        ("count", "35", "The trip (___ km in all) took an hour.", "en", False),
        # a number that is part of a name; a plural or a month after the gap is no name
        ("count", "51", "The planet they found was ___ Pegasi b, a gas giant.", "en", True),
        ("count", "300", "About ___ Americans were evacuated.", "en", False),
        ("count", "4", "The vote is on ___ June in Paris.", "en", False),
        # a year whose last two digits stand in the stem
        ("year", "2019", 'And "19" for the year it was found, ___.', "en", True),
        ("year", "2019", "The bridge opened in ___ after a long wait.", "en", False),
        # an age in English
        ("duration", "23 years", "Smith, who is ___ old, won the race.", "en", True),
        ("duration", "23 years", "The race has been held for ___ in Oslo.", "en", False),
    ],
)
def test_conversions_names_and_ages(type_, key, stem, language, aside):
    assert bool(aside_problem(_fact(type_, key), stem, "gapfill", 2024, language)) is aside


def test_english_stems_name_whom_their_pronoun_means():
    from questions.pipeline import _english_pronoun_problem

    scene = SimpleNamespace(
        mentions=[SimpleNamespace(text="Anna Smith")], full_names={"Smith": "Anna Smith"}
    )
    assert _english_pronoun_problem("Called a record, it featured ___ runners.", scene)
    assert not _english_pronoun_problem("Anna Smith said her team had ___ runners.", scene)
    assert not _english_pronoun_problem("The team had ___ runners.", scene)


def test_a_capitalised_title_opening_the_sentence_still_binds_the_options(frog):
    text = (
        "Festivalbaas Jan Smit noemde het optreden fantastisch. Zanger Kees Bos trad als "
        "eerste op. Daarna speelde zanger Piet de Vries. Festivalbaas Tom Mulder was er ook."
    )
    assert _people_options(frog, text, "Jan Smit") == ["Tom Mulder"]


@pytest.mark.parametrize(
    ("headline", "blanked"),
    [
        ("Duncan hoogtepunt van natte festivaldag", "Duncan"),  # the first name alone
        ("Laurence zingt op natte festivaldag", "Laurence"),
        ("Natte festivaldag in Landgraaf", ""),
    ],
)
def test_a_person_is_blanked_by_first_name_or_surname(headline, blanked):
    from questions.pipeline import _headline_key_spans

    fact = SimpleNamespace(type="person", key="Duncan Laurence", value=None)
    spans = _headline_key_spans(fact, headline, "nl")
    assert [headline[a:z] for a, z in spans] == ([blanked] if blanked else [])


@pytest.mark.parametrize(
    ("sentence", "key", "problem"),
    [
        ("De laatste wist in Zwolle de trui over te nemen van Kees Bos.", "Kees Bos", True),
        ("De Noord-Hollandse won in Zwolle de sprint voor Anna Bos.", "Anna Bos", True),
        ("De laatste dag van het festival trok 4000 bezoekers.", "4000", False),
    ],
)
def test_a_subject_that_only_refers_back(frog, sentence, key, problem):
    from questions.context import demonym_problem
    from questions.facts import extract
    from questions.spans import mentions

    [s] = frog.analyze(sentence)
    found = mentions(s, "nl")
    [fact] = [f for f in extract(s, "nl", found) if f.key == key]
    stem = s.text.replace(key, "___", 1)
    assert bool(demonym_problem(fact, stem, found)) is problem


def test_a_town_with_an_article_keeps_its_capital_after_the_verb():
    from questions.analysis.base import Token
    from questions.realise import _lower_first

    article = Token("De", "de", "LID(bep,stan,rest)")
    assert _lower_first("De Bilt", article) == "De Bilt"
    assert _lower_first("De koopkracht", article) == "de koopkracht"


def test_a_village_the_tagger_does_not_know_keeps_its_capital_after_the_verb():
    from questions.analysis.base import Token
    from questions.realise import _lower_first

    village = Token("Luttelgeest", "luttelgeest", "N(soort,ev,basis,zijd,stan)")
    assert _lower_first("Luttelgeest", village) == "Luttelgeest"
    noun = Token("Wolven", "wolf", "N(soort,mv,basis)")
    assert _lower_first("Wolven", noun) == "wolven"


@pytest.mark.parametrize(
    ("text", "key", "background"),
    [
        ("Drie jaar geleden won de ploeg in Gent de vijfde Europese titel.", "vijfde", True),
        ("Ruim twee jaar geleden sloot de keten 40 winkels in het land.", "40", True),
        ("Vorig seizoen scoorde de spits 21 doelpunten voor de club.", "21", True),
        ("Een week eerder had de ploeg de vierde rit gewonnen.", "vierde", True),
        ("De ploeg won zaterdag in Gent de vijfde Europese titel.", "vijfde", False),
        # an earlier time inside a relative clause dates only the person described
        ("Een man die vorig jaar twee mensen verwondde, kreeg vier maanden cel.", "vier", False),
        # a date in the pluperfect: an earlier step of the story
        ("In de eerste zaak had het OM in 2026 een celstraf van zes jaar geëist.", "2026", True),
        ("Het OM heeft in 2026 een celstraf van tien jaar geëist.", "2026", False),
        ("De man had in maart al een brief gestuurd aan de burgemeester.", "maart", True),
        ("De man stuurde in maart een brief aan de burgemeester.", "maart", False),
    ],
)
def test_earlier_times_and_steps_are_background(frog, text, key, background):
    from questions.context import timeline_problem
    from questions.facts import extract
    from questions.spans import mentions

    [s] = frog.analyze(text)
    [fact] = [f for f in extract(s, "nl", mentions(s, "nl")) if f.key.startswith(key)]
    assert bool(timeline_problem(fact, 2026, 4)) is background


@pytest.mark.parametrize(
    ("stem", "typo"),
    [
        ("Ruim ___ van de patïenten wacht op een operatie.", True),  # a misplaced diaeresis
        ("De minister heeft de regeling beƫindigd na ___ jaar.", True),  # broken encoding
        ("De vrouwenestafetteploeg won de ___ Europese titel.", False),  # a compound
        ("Het stadsbestuur trekt ___ uit voor fietsinfrastructuur.", False),
        ("De Zwolse wethouder Kees Bos-Ypma opende ___ nieuwe scholen.", False),  # names
        # a separable verb's participle written in two
        ("Het verkeer heeft ___ stil gelegen door een storing.", True),
        # a second capital by a slip, not the digraph IJ or an acronym
        ("Breda, TIlburg en Ede krijgen samen ___ euro.", True),
        ("Volgens hoogleraar NIco Mol is de vondst ___ jaar oud.", True),
        ("Volgens de VVDer Nico Mol en de KLM is het ___ jaar oud.", False),
        # a separable verb's particle written twice
        ("Bij Zorgplus komt de premie uit op ___ uit.", True),
        ("Bij Zorgplus komt de premie uit op ___ per maand.", False),
        ("Bij IJmuiden en in KLM-toestellen lagen ___ vissen.", False),
        ("De dader is ___ op gepakt.", True),
        ("De zaal is in ___ in gebruik genomen.", False),
        ("In geval van nood gaan ___ deuren open.", False),
        ("Ze wachtten op getuigen tot ___.", False),
        # a word run together with the preposition after it
        ("Op het ledendashboardvan de bond staan ___ namen.", True),
        ("Op het ledendashboard van de bond staan ___ namen.", False),
        ("De caravan van de bond stond ___ dagen in de wei.", False),
        # a short word written twice; 'dat dat' is Dutch
        ("De winkel aan de Markt in in Assen verkocht ___ jassen.", True),
        ("Hij zei dat dat ___ jaar duurde.", False),
        ("Het zijn zijn ___ beste jaren in Assen.", False),
        # one letter from a common word: a letter wrong, added, left out or two swapped
        ("Op ___ opende cabaratier Jan Smit het zonnepark.", True),
        ("Op ___ opende cabaretier Jan Smit het zonnepark.", False),
        ("De winkel gaat op ___ dicht, na de sluting van de fabriek.", True),
        ("Het was een parchtige ___ dag.", True),
        ("De brand op de eerste verdiepeing duurde ___ uur.", True),
        ("De herstructureringsplannen kosten ___ euro.", False),  # a compound, not a slip
        # an article before a name with its own; 'ene' for 'een'
        ("De leden kwamen in het ’t Polderhuus bijeen met ___ gasten.", True),
        ("In 't Zandt staan ___ zonnepanelen.", False),
        ("Volgens ene woordvoerder moesten ___ mensen mee.", True),
        ("Aan de ene kant van de dijk staan ___ huizen.", False),
        # a letter lost to an apostrophe in a name; an Irish name keeps its capital
        ("Het concert van And’re Rieu duurde ___ uur.", True),
        ("Het concert van Shaun O’Neill duurde ___ uur.", False),
    ],
)
def test_a_typo_copied_from_the_source(stem, typo):
    from questions.rank import typo_problem

    assert bool(typo_problem(stem, "nl")) is typo


@pytest.mark.parametrize(
    ("fact_type", "keys"),
    [
        # 'woensdagochtend' is the day of 'woensdag': one question per day
        ("weekday", ("woensdag", "woensdagochtend", "donderdagavond")),
        # 'december' and '6 december 2019' date one event: one question per month
        ("date", ("december", "6 december 2019", "3 maart")),
    ],
)
def test_one_question_per_day_or_month(fact_type, keys):
    candidates = [
        SimpleNamespace(
            key=key,
            evidence=f"S{n}",
            stem=f"Zin {n} vraagt naar ___.",
            template="gapfill",
            fact_type="month" if key == "december" else fact_type,
        )
        for n, key in enumerate(keys)
    ]
    first, second, third = candidates
    assert select([(1.0, first), (0.9, second), (0.8, third)], None) == [first, third]


@pytest.mark.parametrize(
    ("stem", "problem"),
    [
        ("De 24-jarige schaatsster hield ___ en Lies Bos achter zich.", True),
        ("De schaatsster hield ___ in de laatste ronde achter zich.", True),
        ("De 24-jarige schaatsster van de ploeg hield ___ achter zich.", True),
        ("De ploeg van bondscoach ___ won zaterdag in Zwolle.", False),  # the gap owns it
        ("Lies Bos hield ___ in de laatste ronde achter zich.", False),
    ],
)
def test_a_person_gap_under_a_described_subject(stem, problem):
    from questions.rank import person_stem_problem

    assert bool(person_stem_problem(stem, ["Lies Bos"])) is problem


def test_a_dateline_of_two_towns_is_no_part_of_the_stem():
    from questions import resources as R

    text = "NIJMEGEN/ARNHEM (ANP) - De gemeenten gaan 50.000 woningen bouwen."
    assert text[R.DATELINE_RE.match(text).end() :] == "De gemeenten gaan 50.000 woningen bouwen."


@pytest.mark.parametrize(
    ("sentence", "key", "stem"),
    [
        # a town in capitals opening the story without a dash is a dateline
        (
            "WOUDENBERG In de nieuwe wijk worden tot 2030 nog 400 huizen gebouwd.",
            "400",
            "In de nieuwe wijk worden tot 2030 nog ___ huizen gebouwd.",
        ),
        ("DEN HAAG Het kabinet trekt 400 miljoen euro uit.", "400 miljoen euro", None),
        # a town not in capitals before a dash
        (
            "Leeuwarden - Zuivelbedrijf Melkmeester schrapt 130 banen.",
            "130",
            "Zuivelbedrijf Melkmeester schrapt ___ banen.",
        ),
        # a village from Frog's list of places, not a municipality of its own
        (
            "Honselersdijk - Bij een ongeval op de Middelweg raakten 3 fietsers gewond.",
            "3",
            "Bij een ongeval op de Middelweg raakten ___ fietsers gewond.",
        ),
        # an acronym is no town
        (
            "KLM Cityhopper schrapt zaterdag 34 vluchten.",
            "zaterdag",
            "KLM Cityhopper schrapt ___ 34 vluchten.",
        ),
    ],
)
def test_datelines_without_a_dash_or_capitals(frog, sentence, key, stem):
    made = stems(frog, sentence)
    if stem is None:
        assert all(not s.startswith("DEN HAAG") for s, _ in made.values()), made
    else:
        assert made[key] == (stem, "gapfill")


def test_temperature_options_stay_near_the_key(frog):
    text = (
        "Warm weer\n\nDinsdagochtend loopt de temperatuur al snel op naar 25 graden in het "
        "zuiden van het land. Het KNMI verwacht woensdag opnieuw warm weer in heel Nederland."
    )
    [q] = [q for q in generate(parse_text(text), analyzer=frog).questions if q.key == "25 graden"]
    values = [int(o.split()[0]) for o in q.options]
    assert all(abs(v - 25) <= 6 for v in values) and len(set(values)) == 4


@pytest.mark.parametrize(
    ("stem", "lead", "history"),
    [
        ("Wie verloor in 2001 de finale?", "Kok verliest finale\n\nKok verloor zondag.", True),
        ("Wie won in 2024 de finale?", "Kok wint finale in 2024\n\nKok won zondag.", False),
        ("Wie won zondag de finale?", "Kok wint finale\n\nKok won zondag.", False),
    ],
)
def test_a_person_of_a_year_the_lead_does_not_reach_is_history(stem, lead, history):
    assert bool(history_person_problem(stem, lead)) is history


def test_no_office_question_for_someone_the_story_says_left(frog):
    text = (
        "Raad praat over nieuw stadhuis\n\nDe gemeenteraad van Zwolle praat dinsdag over "
        "het plan van burgemeester Anna Bos voor een nieuw stadhuis. Het plan kost 40 miljoen "
        "euro. De intussen afgetreden Bos schreef het plan vorig jaar met de wethouders."
    )
    dropped = [d.reason for d in generate(parse_text(text), analyzer=frog).dropped]
    assert any("left" in r for r in dropped)
    text = text.replace("De intussen afgetreden Bos", "Bos")
    questions = generate(parse_text(text), analyzer=frog).questions
    assert [q.key for q in questions if q.template == "office_question"] == ["burgemeester"]


def test_origin_options_never_take_a_venue_of_another_continent(frog):
    text = (
        "Noorse wint toernooi\n\nIn Singapore won Kari Dahl uit Noorwegen zondag de finale "
        "van het toernooi. Dahl versloeg in de finale een speelster uit Japan en eerder een "
        "speelster uit Polen. Het was haar derde zege van het jaar."
    )
    [q] = [q for q in generate(parse_text(text), analyzer=frog).questions if q.key == "Noorwegen"]
    assert "Polen" in q.options
    assert not {"Singapore", "Japan"} & set(q.options)
    # without a country of the key's continent in the story the key would be the only
    # option it names
    text = text.replace(" en eerder een speelster uit Polen", "")
    generation = generate(parse_text(text), analyzer=frog)
    assert not [q for q in generation.questions if q.key == "Noorwegen"]


@pytest.mark.parametrize(
    ("stem", "headline", "vague"),
    [
        ("Wie maakte lang een sterke indruk?", "Schouten snelste op natuurijs", True),
        ("Wie klom naar de tweede plaats?", "Nederlands podium bij de sprint", True),
        # a word of the headline, a number or a name says which event is meant
        ("Wie steekt de eindzege op zak?", "Jansen eindwinnaar in Romandië", False),
        ("Wie won de 500 meter?", "Kok wint in Thialf", False),
        ("Wie versloeg Ajax in de slotfase?", "Spannende avond in Amsterdam", False),
    ],
)
def test_a_who_question_must_say_which_event_it_asks_about(stem, headline, vague):
    assert bool(vague_who_problem(stem, headline)) is vague


def test_whose_team_it_is_makes_a_coach_no_option_for_a_scorer(frog):
    text = (
        "Tom Bakker scoorde zondag het enige doelpunt voor Feyenoord. Kees de Wit gaf de "
        "pass. Daarna zette Excelsior de ploeg van Piet Smit onder druk. Bas Mulder redde nog."
    )
    options = _people_options(frog, text, "Tom Bakker")
    assert "Kees de Wit" in options
    assert "Piet Smit" not in options  # the coach: 'de ploeg van Piet Smit'


@pytest.mark.parametrize(
    ("label", "text", "kind"),
    [
        ("MISC", "Alto de Vivero", "LOC"),  # 'Alto' is a first name too
        ("PER", "Monte Grappa", "LOC"),
        ("PER", "Col du Tourmalet", "LOC"),
        ("MISC", "Anna de Vries", "PER"),
    ],
)
def test_climbs_and_mountains_are_no_people(label, text, kind):
    assert kind_of(label, text, "nl") == kind


def test_a_time_the_story_contrasts_with_is_background(frog):
    text = (
        "Zege voor Feyenoord\n\nFeyenoord won zondag van Excelsior met 0-1. In mei verloor "
        "Feyenoord nog met 3-0 van Excelsior. De ploeg staat nu op zes punten en speelt "
        "volgende week thuis tegen de koploper uit Eindhoven."
    )
    generation = generate(parse_text(text), analyzer=frog)
    assert not [q for q in generation.questions if q.key == "mei"]
    assert any("contrasts" in d.reason for d in generation.dropped if d.detail == "mei")


def test_a_person_past_the_lead_is_asked_only_when_the_headline_names_them(frog):
    text = (
        "{headline}\n\nFeyenoord heeft zondag met 1-0 gewonnen van Excelsior. De ploeg staat "
        "nu op zes punten. Het doelpunt viel na twintig minuten. Daarna kreeg Excelsior nog "
        "kansen. In de slotfase schoot Kees de Wit van dichtbij op de paal."
    )
    dropped = generate(parse_text(text.format(headline="Feyenoord wint")), analyzer=frog).dropped
    assert any("side part" in d.reason for d in dropped if d.detail == "Kees de Wit")
    named = generate(parse_text(text.format(headline="Paal voor De Wit")), analyzer=frog)
    assert not any("side part" in d.reason for d in named.dropped)


@pytest.mark.parametrize(
    ("opening", "office"),
    [("Premier Anna Bos", "premier"), ("De Franse president Louis Martin", "president")],
)
def test_no_office_question_for_a_head_of_government(frog, opening, office):
    text = (
        f"Overleg over plan\n\n{opening} praat dinsdag in Den Haag over het plan voor nieuwe "
        "dijken. Volgens haar is het plan klaar voor de zomer, en daarna volgt een besluit "
        "over de kosten en de planning."
    )
    generation = generate(parse_text(text), analyzer=frog)
    assert not [q for q in generation.questions if q.template == "office_question"]
    assert any("common knowledge" in d.reason for d in generation.dropped if d.detail == office)


def test_no_option_passes_the_whole_the_headline_gives(frog):
    text = (
        "Douane vindt {total} kilo drugs\n\nDe douane heeft in de haven van Rotterdam drugs "
        "gevonden in drie containers. In de grootste container zat 1500 kilo tussen de "
        "bananen. De drugs worden vernietigd en de politie zoekt de eigenaar van de lading."
    )
    for total in (1800, 1900, 2000, 2100):
        questions = generate(parse_text(text.format(total=total)), analyzer=frog).questions
        [q] = [q for q in questions if q.key == "1500 kilo"]
        assert all(int(o.split()[0]) < total for o in q.options), q.options


@pytest.mark.parametrize(
    ("sentence", "key", "asked"),
    [
        # a fronted predicate is no subject: 'Op welke dag was gast bij ... X?' reads wrong
        ("Gast bij de radio was maandag schrijfster Anna Bos.", "maandag", False),
        ("Atlete Anna Bos heeft zondag de titel op de 5000 meter gepakt.", "zondag", True),
    ],
)
def test_a_fronted_predicate_is_no_subject(frog, sentence, key, asked):
    made = stems(frog, sentence).get(key)
    assert (made is not None and made[1] == "wh_question") is asked


@pytest.mark.parametrize(
    ("sentence", "superseded"),
    [
        ("Tot dusver ging de bank voor dit jaar uit van een groei van 2,1 procent.", True),
        ("Aanvankelijk rekende de gemeente op een tekort van 2,1 procent.", True),
        # 'tot nu toe' with a verb in the present still tells the news
        ("Tot nu toe is de omzet dit jaar met 2,1 procent gestegen.", False),
        ("De bank gaat voor dit jaar uit van een groei van 2,1 procent.", False),
    ],
)
def test_an_estimate_the_story_replaced_is_no_question(frog, sentence, superseded):
    from questions.facts import extract
    from questions.rank import superseded_problem
    from questions.spans import mentions

    [s] = frog.analyze(sentence)
    [fact] = [f for f in extract(s, "nl", mentions(s)) if f.type == "percentage"]
    stem = s.text.replace(fact.key, "___")
    assert bool(superseded_problem(fact, stem)) is superseded


def test_a_cardinal_in_the_headline_gives_the_ordinal_away(frog):
    headline = "Hitte houdt aan: 6 dagen op rij boven dertig graden"
    text = (
        f"{headline}\n\nHet is de zesde dag op rij dat het kwik in De Bilt boven de dertig "
        "graden komt. Volgens weerman Piet Smit houdt de hitte nog tot het weekend aan. "
        "Daarna koelt het af en valt er in het hele land regen."
    )
    generation = generate(parse_text(text), analyzer=frog)
    assert "zesde" in [q.key for q in generation.questions]
    assert generation.shown_headline == "Hitte houdt aan: … dagen op rij boven dertig graden"


def test_a_title_won_for_a_country_takes_only_people_the_story_gives_that_country(frog):
    text = (
        "Schaatsers winnen honderdste titel\n\nDonderdag veroverde Kees Bakker de honderdste "
        "wereldtitel voor Nederland. De Amerikaan Tom Baker werd tweede. De Nederlander "
        "Piet Smit won de eerste titel, de Nederlander Jan de Vries de vijftigste."
    )
    options = _people_options(frog, text, "Kees Bakker")
    assert options, "the question is asked"
    assert "Tom Baker" not in options  # an American wins no title for the Netherlands
    assert {"Piet Smit", "Jan de Vries"} <= set(options)


def test_a_council_or_province_story_offers_working_days_only(frog):
    text = (
        "Provincie heeft volgend jaar 200 miljoen euro\n\nHet provinciebestuur van Drenthe "
        "presenteerde dinsdag de begroting voor volgend jaar. De Provinciale Staten bespreken "
        "de begroting in november. Gedeputeerde Staten willen vooral investeren in wegen."
    )
    generation = generate(parse_text(text), analyzer=frog)
    [weekday] = [q for q in generation.questions if q.key == "dinsdag"]
    assert not {"zaterdag", "zondag"} & set(weekday.options), weekday.options


def test_an_amount_close_to_the_headline_amount_is_blanked(frog):
    headline = "Premies voor de zorg stijgen naar gemiddeld 140 euro"
    text = (
        f"{headline}\n\nBij de verzekeraar Zorgplus komt de premie volgend jaar op 141,20 "
        "euro per maand. Dat maakte de verzekeraar dinsdag bekend. De premie stijgt "
        "vooral door hogere kosten van medicijnen en ziekenhuiszorg."
    )
    generation = generate(parse_text(text), analyzer=frog)
    assert "141,20 euro" in [q.key for q in generation.questions]
    assert generation.shown_headline == "Premies voor de zorg stijgen naar gemiddeld … euro"


@pytest.mark.parametrize(
    ("stem", "problem"),
    [
        ("Wie verving de Mexicaan?", True),
        ("In de ___ minuut viel de Noor uit.", True),
        # a name after the nationality says who
        ("Wie verving de Mexicaan Hirving Lozano?", False),
        ("De Nederlandse ploeg won met ___ punten.", False),
    ],
)
def test_someone_named_only_by_nationality(stem, problem):
    from questions.rank import nationality_only_problem

    assert bool(nationality_only_problem(stem)) is problem


def test_a_number_set_against_the_gap_bounds_the_options(frog):
    from questions.distractors import _compared_values

    text = "Dit jaar werden 9.069 zeehonden geteld, tegenover 7.649 vorig jaar."
    [s] = frog.analyze(text)
    from questions.facts import extract
    from questions.spans import mentions

    [fact] = [f for f in extract(s, "nl", mentions(s)) if f.key == "7.649"]
    stem = text.replace("7.649", "___")
    assert _compared_values(fact, stem) == [9069]
    stem = "Vorig jaar werden ___ zeehonden geteld, tegenover de 9.069 van dit jaar."
    assert _compared_values(fact, stem) == [9069]


def test_a_production_company_is_no_person():
    from questions.spans import Mention, clean_person

    assert not clean_person(Mention("PER", "Eran Producties", 0, 0, 2, label="PER"))
    assert clean_person(Mention("PER", "Eran Cohen", 0, 0, 2, label="PER"))


@pytest.mark.parametrize(
    ("stem", "side"),
    [
        ("In een flat in Zwolle is ___ brand uitgebroken.", False),
        ("De Staat heeft ___ de nieuwe regels bekendgemaakt.", False),
        # a side clause, a report's day, a day glued to a name
        ("De man die ___ is aangehouden, zit nog vast.", True),
        ("Er zijn meer zeehonden gezien, meldt de stichting ___.", True),
        ("Gast in de studio was ___ Anna Bos.", True),
    ],
)
def test_a_copied_weekday_dates_the_sentence_own_event(stem, side):
    from questions.rank import weekday_gap_problem

    assert bool(weekday_gap_problem(stem)) is side


@pytest.mark.parametrize(
    ("type_", "value", "noun", "headline", "stem", "given"),
    [
        # the headline's total less the stem's other part
        (
            "amount",
            150,
            "# miljoen euro",
            "Schilderij van 175 miljoen terug in museum",
            "De Staat betaalde ___, het fonds 25 miljoen.",
            True,
        ),
        (
            "amount",
            150,
            "# miljoen euro",
            "Schilderij terug in museum",
            "De Staat betaalde ___, het fonds 25 miljoen.",
            False,
        ),
        # two parts in the stem add up to the key
        ("count", 72, "", "Wet aangenomen", "Van de ___ leden stemden 48 voor en 24 tegen.", True),
        ("count", 48, "", "Wet aangenomen", "Van de senatoren stemden ___ voor.", False),
        # another scale does not add up: 25 miljoen and 175 are no 150
        (
            "amount",
            150,
            "# euro",
            "Schilderij van 175 miljoen terug in museum",
            "De Staat betaalde ___, het fonds 25 miljoen.",
            False,
        ),
    ],
)
def test_a_key_that_numbers_the_player_sees_add_up_to(type_, value, noun, headline, stem, given):
    from questions.rank import sum_give_away

    fact = SimpleNamespace(type=type_, value=SimpleNamespace(value=value), noun=noun)
    assert bool(sum_give_away(fact, stem, headline)) is given


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        (
            ["Anton Wachterprijs", "Anton Wachterprijswinnaar", "Libris Literatuur Prijs", "AKO"],
            True,
        ),
        (
            ["Anton Wachterprijs", "Libris Literatuur Prijs", "Bookerprijs", "AKO Literatuurprijs"],
            False,
        ),
        (["12", "120", "1200", "12.000"], False),  # numbers of a ladder share their digits
    ],
)
def test_an_option_that_is_another_with_letters_added_is_refused(options, problem):
    stem = "De schrijfster krijgt dit jaar de ___ voor haar debuut."
    assert bool(stem_problem(stem, options[0], options)) is problem


@pytest.mark.parametrize(
    ("shown", "key", "options", "broken"),
    [
        # 'honderden' above the question: options of a thousand or more are crossed out
        ("Honderden scholen dicht | ___ dorpsscholen sluiten.", "900", "800 900 1000 1100", True),
        ("Honderden scholen dicht | ___ dorpsscholen sluiten.", "700", "600 700 800 900", False),
        # the key is of another order than the word: the word is about something else
        ("Duizenden bezoekers | Er stonden ___ kramen.", "40", "30 40 50 60", False),
        ("Tientallen doden | Er vielen ___ doden.", "90", "70 80 90 100", True),
    ],
)
def test_options_keep_the_order_a_word_above_them_gives(shown, key, options, broken):
    from questions.rank import magnitude_problem

    assert bool(magnitude_problem(shown, key, options.split())) is broken


@pytest.mark.parametrize(
    ("stem", "key", "ordered"),
    [
        # another day in the stem leaves only the days before or after it
        (
            "Na de windhoos in Tinte op ___, zijn vrijdag kassen in Westland getroffen.",
            "donderdag",
            True,
        ),
        ("Het festival begon ___ en duurt tot zondagavond.", "vrijdag", True),
        ("Op welke dag werd het gemeentehuis van Vlissingen bekogeld?", "maandag", False),
        # the key's own day in a longer word is no other day
        ("Op ___ kwam de Sint aan in Scheveningen.", "zaterdagmorgen", False),
    ],
)
def test_another_day_in_the_stem_orders_the_options(stem, key, ordered):
    from questions.rank import other_day_problem

    assert bool(other_day_problem(stem, key)) is ordered


def test_a_term_in_halves_keeps_its_half_in_every_option(frog):
    text = (
        "Celstraf geëist voor overval in Nieuwegein\n\nHet OM in Utrecht eiste dinsdag 3,5 "
        "jaar cel tegen de 41-jarige Piet de Vries voor een overval op een tankstation in "
        "Nieuwegein. De rechtbank in Utrecht doet over twee weken uitspraak."
    )
    generation = generate(parse_text(text), analyzer=frog)
    [q] = [q for q in generation.questions if q.key == "3,5 jaar"]
    assert all(option.endswith(",5 jaar") for option in q.options), q.options
