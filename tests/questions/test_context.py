"""Stems that stand on their own: pointers back, unnamed subjects, side clauses (real Frog).

Every text here is our own; each case names the rule it exercises.
"""

from __future__ import annotations

import pytest

from questions import generate, parse_text

FILLER = (
    "\n\nOnze verslaggevers volgen het nieuws de komende tijd op de voet en doen "
    "regelmatig verslag van alles wat er gebeurt."
)


def _run(frog, text: str):
    """Questions for a short text; a closing paragraph without facts makes it long enough."""
    return generate(parse_text(text + FILLER), analyzer=frog)


def _reasons(generation, key: str) -> list[str]:
    return [d.reason for d in generation.dropped if d.detail.lower() == key.lower()]


def assert_dropped(generation, key: str, reason: str) -> None:
    """No question on the key, and the drop records say why."""
    assert not _stems(generation, key)
    assert any(reason in r for r in _reasons(generation, key)), _reasons(generation, key)


def _stems(generation, key: str) -> list[str]:
    return [q.stem for q in generation.questions if q.key.lower() == key.lower()]


@pytest.mark.parametrize(
    ("text", "key", "reason"),
    [
        (
            "Beker voor FC Zandvoort\n\nFC Zandvoort speelde zondag sterk tegen Ajax. "
            "In de 85ste minuut scoorde hij de beslissende 3-1.",
            "85ste",
            "pronoun",
        ),
        (
            "Schaatsers winnen goud\n\nDe Nederlandse schaatsers wonnen in Calgary goud. "
            "Op dit onderdeel pakte Nederland al 12 wereldtitels.",
            "12",
            "without saying which",
        ),
        (
            # no headline above the question to say which fire
            "In een rijtjeshuis in Assen brak vannacht brand uit. "
            "Het rijtje van zes woningen is volledig ontruimd.",
            "zes",
            "names no person, place or organisation",
        ),
        (
            "Wielrennen\n\nPiet Hendriks, die vorig jaar de zesde etappe van de Giro won, "
            "reed zondag in Parijs naar de overwinning.",
            "zesde",
            "side clause",
        ),
        (
            "Museum koopt schilderij\n\nHet Rijksmuseum in Amsterdam koopt een schilderij "
            "van Vermeer. Dezelfde verzamelaar bracht eerder al 3 tekeningen naar het Louvre.",
            "3",
            "it leans on an earlier sentence",
        ),
        (
            "Lokale partijen winnen\n\nIn Zwolle en Deventer werd woensdag gestemd. "
            "De lokale partijen wonnen in beide steden 12 zetels.",
            "12",
            "'beide' without naming the two",
        ),
        (
            "Raadsverkiezingen\n\nIn Tilburg werd woensdag een nieuwe raad gekozen. In Tilburg "
            "is het verschil klein, de liberalen eindigen met 9 zetels als tweede.",
            "9",
            "only by a description",
        ),
        (
            "Boodschappen duurder\n\nDe prijzen in de supermarkt stegen dit jaar fors. En nu "
            "verwacht de bank voor volgend jaar een daling van 3 procent.",
            "3 procent",
            "it continues an earlier sentence",
        ),
    ],
)
def test_stems_that_lean_on_other_sentences_are_dropped(frog, text, key, reason):
    assert_dropped(_run(frog, text), key, reason)


def test_a_number_from_an_earlier_event_the_sentence_before_dates_is_dropped(frog):
    text = (
        "Zeeland herdenkt ramp\n\nIn 2023 herdacht de provincie Zeeland de watersnood. "
        "Die trof Zeeland in 1953 hard.\n\n"
        "In februari 1953 braken in Zeeland de dijken. "
        "Ruim 1800 mensen in Zeeland en Zuid-Holland kwamen toen om het leven."
    )
    generation = _run(frog, text)
    assert not _stems(generation, "1800")


def test_a_role_subject_becomes_the_person_the_sentence_before_names(frog):
    text = (
        "Jansen wint in Drenthe\n\nAnnemiek Jansen verdedigt in de Ronde van Drenthe een "
        "ruime voorsprong. De Nederlandse wielrenster won zaterdag in Emmen de zevende etappe "
        "van de Ronde van Drenthe."
    )
    generation = _run(frog, text)
    stems = _stems(generation, "zevende")
    assert stems == [
        "Annemiek Jansen won zaterdag in Emmen de ___ etappe van de Ronde van Drenthe."
    ]


def test_a_group_noun_is_never_replaced_by_a_person(frog):
    text = (
        "Beker voor Vitesse\n\nTrainer Piet de Wit is tevreden over Vitesse. "
        "De club won zondag in Rotterdam voor de vijfde keer de beker van de KNVB."
    )
    generation = _run(frog, text)
    assert not any(q.stem.startswith("Piet de Wit won") for q in generation.questions)


def test_a_chain_of_role_and_pronoun_subjects_keeps_the_person(frog):
    text = (
        "Madonna komt naar Amsterdam\n\nMadonna komt in december naar Nederland. "
        "De popster zingt op 1 december in het GelreDome in Arnhem tijdens haar nieuwe tournee."
    )
    generation = _run(frog, text)
    stems = [q.stem for q in generation.questions if "december" in q.key]
    assert stems and all("Madonna" in s for s in stems), stems


def test_a_pronoun_after_its_name_in_the_stem_is_fine(frog):
    text = (
        "Feyenoord\n\nFeyenoord ontloopt de play-offs alleen als het de resterende 3 duels "
        "tegen Vitesse en Ajax wint."
    )
    generation = _run(frog, text)
    assert not any("pronoun" in r for r in _reasons(generation, "3"))


def test_a_name_part_is_not_the_word_before_a_pronoun(frog):
    # Frog reads the quote's opening 'Van' as a name; the word 'van' in '... van zijn
    # show' is still no name standing before 'zijn'
    text = (
        "Toneel\n\nZWOLLE - Kees Smit gaat het theater in. De première van zijn show is "
        "vrijdag in Zwolle.\n\n,,Van mijn eerste show word ik heel erg vrolijk’’, zegt de "
        "zanger uit Zwolle."
    )
    assert_dropped(_run(frog, text), "vrijdag", "pronoun ('zijn')")


def test_a_dated_pointer_is_not_leaning_on_an_earlier_sentence(frog):
    text = (
        "Froome\n\nChris Froome won de Tour de France eerder in 2013, 2015 en 2016 en "
        "werd dit jaar in Parijs 4de in het klassement."
    )
    generation = _run(frog, text)
    assert not any("earlier sentence" in r for d in generation.dropped for r in [d.reason])


def test_a_key_that_is_part_of_a_longer_name_is_not_asked(frog):
    text = (
        "Voetbal\n\nTrainer Kees Bakker wil met PSV volgende week in de thuiswedstrijd "
        "tegen Heracles Almelo de titel pakken."
    )
    generation = _run(frog, text)
    assert not _stems(generation, "Almelo")


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("Op Texel begon woensdag de Kustschoon Tocht 2019 van Stichting Schone Kust", False),
        ("In 2019 begon op Texel de eerste Kustschoon Tocht van Stichting Schone Kust", True),
    ],
)
def test_a_year_in_an_events_name_is_not_asked(frog, sentence, asked):
    text = f"Strandactie van start\n\n{sentence}, die tot eind augustus langs alle stranden trekt."
    generation = _run(frog, text)
    assert bool(_stems(generation, "2019")) is asked
    if not asked:
        assert_dropped(generation, "2019", "the year is part of a name")


def test_a_role_subject_after_a_sentence_without_people_is_the_headline_person(frog):
    text = (
        "Madonna komt naar Amsterdam\n\nMadonna geeft in december een concert in de Ziggo "
        "Dome.\n\nDe wereldtournee begint in juli in Canada. De zangeres treedt op in 35 "
        "steden in Europa en Amerika."
    )
    generation = generate(parse_text(text), analyzer=frog)
    [q] = [q for q in generation.questions if q.key == "35"]
    assert "Madonna" in q.stem and "zangeres" not in q.stem


def test_a_headline_with_two_women_resolves_no_female_role(frog):
    text = (
        "Madonna en Anouk in Amsterdam\n\nMadonna en Anouk Teeuwe geven in december een concert "
        "in de Ziggo Dome.\n\nDe wereldtournee begint in juli in Canada. De zangeres treedt "
        "op in 35 steden in Europa en Amerika."
    )
    generation = generate(parse_text(text), analyzer=frog)
    assert not [q for q in generation.questions if "Madonna" in q.stem and q.key == "35"]


def test_a_name_after_a_portfolio_is_no_part_of_a_longer_name(frog):
    text = (
        "Begroting\n\nHet kabinet is klaar met de begroting voor volgend jaar, zegt minister "
        "van Financiën Eelco Heinen in Den Haag."
    )
    generation = generate(parse_text(text + FILLER), analyzer=frog)
    assert not any("longer name" in r for r in _reasons(generation, "Eelco Heinen"))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Schaatsen\n\nSven Bakker won in Thialf de 5000 meter. De Fries heeft nu al 13 "
            "titels gewonnen op de wereldkampioenschappen in Heerenveen.",
            "13",
        ),
        (
            "Voetbal\n\nVitesse ontvangt in Arnhem nog Sparta (7 mei) en reist voor het laatste "
            "duel naar NEC in Nijmegen.",
            "7 mei",
        ),
    ],
)
def test_an_origin_for_a_subject_or_a_key_in_brackets_is_no_question(frog, text, key):
    generation = _run(frog, text)
    assert not _stems(generation, key)


def test_a_garbled_source_sentence_is_no_question(frog):
    text = (
        "Boeren\n\nGedeputeerde Peter Drenth zegt dat de provincie Gelderland gaat snel gaat "
        "praten met de boeren over de nieuwe regels."
    )
    assert_dropped(_run(frog, text), "Gelderland", "typo")


def test_a_source_sentence_without_its_auxiliary_is_no_question(frog):
    text = (
        "Aanhoudingen in Tiel\n\nDe politie zes personen aangehouden die worden verdacht van "
        "oplichting in Tiel. Bij de actie in Tiel waren 40 agenten betrokken."
    )
    generation = _run(frog, text)
    assert_dropped(generation, "zes", "no finite verb")
    assert _stems(generation, "40")  # the sentence with its verb still gives a question


def test_a_number_someone_denies_is_no_question(frog):
    text = (
        "Banen op de tocht\n\nDe vakbond ontkent dat het om 400 banen gaat bij de fabriek in "
        "Venlo. De fabriek in Venlo telt 1200 werknemers."
    )
    assert_dropped(_run(frog, text), "400", "negation")


def test_every_question_carries_its_article_headline_as_context(frog):
    text = (
        "Brand in Assen\n\nIn Assen zijn bij een brand in een flat van woningcorporatie Actium "
        "zaterdag 14 mensen geëvacueerd. De brandweer van Assen had het vuur binnen 2 uur onder "
        "controle."
    )
    generation = _run(frog, text)
    assert generation.questions
    assert all(q.context == "Brand in Assen" for q in generation.questions)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Artsen gezocht\n\nNederland telt op dit moment ruim 4.000 artsen in opleiding.", "4.000"),
        # 'dit en volgend jaar' counts from the article's date
        (
            "Banen weg\n\nVolgens de bank verdwijnen dit en volgend jaar 30.000 banen in de bouw.",
            "30.000",
        ),
        # 'zo'n' before a number is 'about', not 'such a'
        (
            "Boeren protesteren\n\nBoerenbond LTO heeft zo'n 9.000 leden gevraagd naar Zwolle "
            "te komen.",
            "9.000",
        ),
    ],
)
def test_time_counted_from_today_and_an_approximation_point_nowhere(frog, text, key):
    reasons = _reasons(_run(frog, text), key)
    assert not any("without saying" in r for r in reasons), reasons


def test_a_weekday_is_copied_from_the_first_sentence_only(frog):
    sentence = "In een flat aan de Markt in Zwolle is zondagochtend brand uitgebroken."
    first = _run(frog, f"Brand in Zwolle\n\n{sentence} Er raakte niemand gewond.")
    assert _stems(first, "zondagochtend") == [sentence.replace("zondagochtend", "___")]
    later = _run(
        frog,
        "Brand in Zwolle\n\nDe brandweer rukte met vier wagens uit naar de Markt. "
        f"Er raakte niemand gewond. {sentence}",
    )
    assert_dropped(later, "zondagochtend", "outside the lead's main event")


@pytest.mark.parametrize(
    ("text", "key", "reason"),
    [
        (
            # blanking the key would leave too little of the headline to read
            "34 vluchten geschrapt\n\nKLM schrapt zaterdag op Schiphol 34 vluchten naar "
            "Londen en Parijs vanwege de drukte.",
            "34",
            "headline",
        ),
        (
            "Storm op komst\n\nHet KNMI waarschuwt voor zware windstoten in Zeeland.\n\n"
            "Wat is code rood?\n\nCode rood geeft het KNMI in Nederland af bij een kans van 80 "
            "procent op extreem weer.",
            "80 procent",
            "explainer box",
        ),
        (
            "Schaatsen\n\nMarieke Bos (rechtsboven) behaalde in Thialf voor de vijfde keer een "
            "titel op de 1000 meter.",
            "vijfde",
            "photo caption",
        ),
        (
            "Voetbal\n\nAjax speelde in Eindhoven tegen PSV. Enig verschil was dat Piet Bakker "
            "in de aanval begon bij Ajax in Eindhoven.",
            "Piet Bakker",
            "bare noun",
        ),
        (
            "Tour\n\nDe renners zijn in de Tour de France in Parijs begonnen aan de 21e en "
            "laatste etappe van de ronde.",
            "21e",
            "last one of a series",
        ),
        (
            "Bibliotheek blijft open\n\nDe gemeente Westerwolde (ruim 26.000 inwoners) houdt "
            "de bibliotheek in Ter Apel toch open.",
            "26.000",
            "aside in brackets",
        ),
        (
            "Nieuwe foto van Jupiter\n\nOp de foto zie je de storm die al 350 jaar over de "
            "planeet Jupiter raast.",
            "350 jaar",
            "speaks to the reader",
        ),
        (
            "Minder winst in eerste halfjaar\n\nIn de eerste zes maanden van dit jaar boekte "
            "bakkerij Bolletje in Almelo minder winst.",
            "zes maanden",
            "halfjaar",
        ),
        (
            "Winkeliers vrezen sluiting\n\nGaan winkels in Dokkum dicht door de bouw van de "
            "brug? De winkeliersvereniging vreest van wel, omdat vier winkels in Dokkum de huur "
            "opzeggen.",
            "vier",
            "answers a question",
        ),
        (
            "Referendum over plein in Oosterhout\n\nDe inwoners van Oosterhout konden kiezen "
            "uit drie plannen voor het plein. Bij een opkomst van 34 procent koos Oosterhout "
            "voor de laatste optie.",
            "34 procent",
            "one of a list",
        ),
        (
            "Zwembad Ermelo\n\nHet zwembad in Ermelo waarvoor de gemeente 12 miljoen euro "
            "uittrekt, gaat in mei van volgend jaar open.",
            "12 miljoen euro",
            "side clause",
        ),
        (
            "Celstraffen voor overval in Kampen\n\nDe rechtbank in Zwolle heeft drie mannen "
            "veroordeeld voor een overval op een juwelier in Kampen. Het OM had om acht jaar "
            "cel gevraagd. Tegen Piet de Vries werd zes jaar cel geëist.",
            "acht jaar",
            "several demands",
        ),
        (
            "Brand in loods in Brunssum\n\nDe eerste melding van de brand in de loods aan de "
            "Boschstraat in Brunssum kwam dinsdagavond om 20.15 uur binnen bij de brandweer.",
            "dinsdagavond",
            "asks the time it gives",
        ),
        (
            "Windhoos treft kassen in Westland\n\nNa de windhoos in Tinte op donderdag zijn "
            "vrijdag kassen in het Westland getroffen door een windhoos.",
            "donderdag",
            "another day in the stem",
        ),
    ],
)
def test_give_aways_boxes_and_leftovers_are_no_question(frog, text, key, reason):
    assert_dropped(_run(frog, text), key, reason)


@pytest.mark.parametrize(
    ("text", "key", "shown"),
    [
        (
            "KLM schrapt 34 vluchten op Schiphol\n\nKLM schrapt zaterdag op Schiphol 34 "
            "vluchten naar Londen en Parijs vanwege de drukte.",
            "34",
            "KLM schrapt … vluchten op Schiphol",
        ),
        (
            "Twaalf vluchten gaan toch door\n\nOp Schiphol gaan zaterdag 12 vluchten van KLM "
            "toch door naar Londen en Parijs.",
            "12",
            "… vluchten gaan toch door",
        ),
    ],
)
def test_a_key_the_headline_holds_is_blanked_in_the_headline_players_see(frog, text, key, shown):
    generation = _run(frog, text)
    [q] = [q for q in generation.questions if q.key == key]
    assert q.context == shown == generation.shown_headline
    # every question of the story shows the same headline, so none gives another away
    assert {q.context for q in generation.questions} == {shown}


def test_a_year_outside_the_lead_and_a_from_to_gap_are_no_question(frog):
    text = (
        "Inflatie daalt\n\nHet CBS in Den Haag meldde donderdag dat de inflatie zakte van 3 "
        "procent in maart naar 2,8 procent in april.\n\nDe econoom Piet de Vries van ING "
        "werkt sinds de zomer in Amsterdam. Piet de Vries schrijft elke week over de rente. "
        "De bank ING werd in 1991 opgericht in Amsterdam "
        "door een fusie van twee banken."
    )
    generation = _run(frog, text)
    assert not _stems(generation, "2,8 procent")
    assert_dropped(generation, "1991", "outside the lead")


def test_the_shown_headline_blanks_every_key_at_once_or_the_question_goes():
    from types import SimpleNamespace

    from questions.numbers import parse_cardinal
    from questions.pipeline import _blank, one_shown_headline

    headline = "Visser wint zaterdag in Oman zijn 34e rit"
    assert _blank(headline, []) == headline
    assert _blank(headline, [(0, 6)]) == "… wint zaterdag in Oman zijn 34e rit"
    assert _blank("Rutte: 34", [(7, 9)]) is None  # nothing left to read

    def fact(type_, key):
        return SimpleNamespace(type=type_, key=key, value=parse_cardinal(key, "nl"))

    facts = [fact("person", "Kees Visser"), fact("weekday", "zaterdag"), fact("place", "Oman")]
    questions = [SimpleNamespace(confidence=c, difficulty=0.5) for c in (0.9, 0.5, 0.8)]
    facts_of = {id(q): f for q, f in zip(questions, facts, strict=True)}
    article = SimpleNamespace(headline=headline, language="nl")
    kept, dropped, shown = one_shown_headline(questions, facts_of, article)
    # three blanks are too many: the least sure question goes, the rest share one headline
    assert dropped == [questions[1]]
    assert kept == [questions[0], questions[2]]
    assert shown == "… wint zaterdag in … zijn 34e rit"


@pytest.mark.parametrize(
    ("headline", "sentence", "asked"),
    [
        # the country has one police force: 'De politie' needs no name
        ("Invallen", "De politie heeft bij acht invallen in Assen drie mannen opgepakt", True),
        # a service with many local branches does say which
        ("Invallen", "De vereniging heeft bij acht invallen in Assen drie mannen opgepakt", False),
        # the headline's 'omroep' names the subject
        ("Lokale omroep zoekt hulp", "De omroep werkt sinds kort samen met acht scholen", True),
        # an adjective sets it apart: the headline's broadcaster is the local one
        ("Lokale omroep zoekt hulp", "De regionale omroep werkt samen met acht scholen", False),
        # the public prosecution service is one for the whole country
        ("Overval in Oss", "Het openbaar ministerie vervolgt acht mannen voor een overval", True),
        ("Overval in Oss", "Het nieuwe ministerie vervolgt acht mannen voor een overval", False),
        # a province holds many towns
        ("Carnaval", "De Limburgse gemeente verwacht dit jaar ruim acht optochten", False),
    ],
)
def test_a_definite_subject_says_which(frog, headline, sentence, asked):
    text = f"{headline}\n\n{sentence}. Er kwamen veel mensen op af."
    generation = _run(frog, text)
    if asked:
        assert any(q.evidence.startswith(sentence) for q in generation.questions)
        assert not any("without saying which" in r for r in _reasons(generation, "acht"))
    else:
        assert_dropped(generation, "acht", "without saying which")


@pytest.mark.parametrize(
    ("sentence", "key", "aside"),
    [
        # how many products a study compared is its method
        (
            "Albert Heijn vergeleek in oktober de prijzen van 64 producten in zes winkels.",
            "64",
            True,
        ),
        ("Albert Heijn ondervroeg in oktober 64 klanten in zes winkels.", "64", True),
        ("Albert Heijn opende in oktober 64 winkels in zes provincies.", "64", False),
        # which edition of a race it was is trivia beside what happened there
        (
            "Oranje won in Valencia de achttiende editie van de beker voor de vijfde keer.",
            "achttiende",
            True,
        ),
        ("Oranje won in Valencia de achttiende editie van de Europese beker.", "achttiende", False),
        # an edition named in passing, in a phrase of its own
        (
            "De beste vier ploegen spelen in juni de halve finales van de achttiende editie "
            "van de Europese beker.",
            "achttiende",
            True,
        ),
        ("Oranje won in Valencia voor de achttiende keer de Europese beker.", "achttiende", False),
        # the period a study compares with is its method too
        (
            "Het CBS vergelijkt de prijzen met het gemiddelde over de afgelopen negen jaar.",
            "negen jaar",
            True,
        ),
        ("Het CBS meet de prijzen al negen jaar in Den Haag.", "negen jaar", False),
    ],
)
def test_a_study_sample_and_an_edition_are_asides(frog, sentence, key, aside):
    text = f"Nieuws uit de sport en de winkel\n\n{sentence} Er kwamen veel mensen op af."
    generation = _run(frog, text)
    reasons = " ".join(_reasons(generation, key))
    if aside:
        assert_dropped(generation, key, "edition" if "editie" in sentence else "method")
    else:  # the fact is read, and asked or dropped for another reason
        assert _stems(generation, key) or reasons
        assert "method" not in reasons and "edition" not in reasons


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Celstraffen geëist voor overval in Kampen\n\nHet OM heeft dinsdag tegen Piet de "
            "Vries zes jaar cel geëist voor een overval op een juwelier in Kampen. Tegen zijn "
            "medeverdachte werd vier jaar cel geëist.",
            "zes jaar",
        ),
        (
            # one demand, told twice: the stem need not say whose
            "Tien jaar geëist in steekzaak Emmen\n\nEen man uit Emmen hoort dinsdag in de "
            "rechtbank in Assen zijn straf voor een steekpartij in een café. Tien jaar cel werd "
            "er vorige week geëist. De advocaat vond tien jaar cel veel te hoog.",
            "Tien jaar",
        ),
    ],
)
def test_a_demand_that_says_whose_or_is_the_only_one_is_asked(frog, text, key):
    """The rule for several demands leaves a demand alone that names its suspect, or that
    is the story's only one."""
    assert _stems(_run(frog, text), key)
