"""People: 'Wie ...?' questions, gender from the article or the first name (real Frog).

Reviewers accepted few questions whose key is a name, so the learned confidence
(questions/confidence.py) drops most of them; these tests check the options the rules
make, with that filter off (min_confidence=0).
"""

from __future__ import annotations

from random import Random
from types import SimpleNamespace

import pytest

from questions import generate, parse_text
from questions.distractors import Context, same_kind, story_field, well_known
from questions.gazetteers import known_people
from questions.gender import from_first_name, person_genders
from questions.memory import InMemoryEntities
from questions.rank import person_stem_problem
from questions.spans import full_names, mentions
from tests.questions.test_templates import stems


def asked(generation, key: str) -> list:
    """The questions of a generation whose key is `key`."""
    return [q for q in generation.questions if q.key == key]


@pytest.mark.parametrize(
    ("sentence", "key", "stem"),
    [
        (
            "Marieke Vos won de wedstrijd op de schaats.",
            "Marieke Vos",
            "Wie won de wedstrijd op de schaats?",
        ),
        (
            "Anna Visser verdedigt in de Ronde van Drenthe een voorsprong van twee minuten.",
            "Anna Visser",
            "Wie verdedigt in de Ronde van Drenthe een voorsprong van twee minuten?",
        ),
        (
            "Anna Visser won zaterdag de rit naar Emmen en gaat als leider de slotrit in.",
            "Anna Visser",
            "Wie won zaterdag de rit naar Emmen en gaat als leider de slotrit in?",
        ),
        # a title before the name goes with it, a team's rider too
        (
            "Wielrenster Anna Visser won zaterdag de rit naar Emmen.",
            "Anna Visser",
            "Wie won zaterdag de rit naar Emmen?",
        ),
        (
            "Visma-renster Anna Visser won zaterdag de rit naar Emmen.",
            "Anna Visser",
            "Wie won zaterdag de rit naar Emmen?",
        ),
    ],
)
def test_who_question_for_a_person_who_is_the_whole_subject(frog, sentence, key, stem):
    assert stems(frog, sentence)[key] == (stem, "who_question")


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        # a second main clause with its own subject: 'Wie won ... en Eva Bos werd tweede?'
        ("Anna Visser won de rit naar Emmen en Eva Bos werd tweede in de uitslag.", "Anna Visser"),
        # the person is only part of the subject
        ("Anna Visser en Eva Bos wonnen samen de ploegentijdrit in Emmen.", "Anna Visser"),
        # a quotation
        ('Anna Visser zei: "Ik ben blij met de winst in Emmen."', "Anna Visser"),
    ],
)
def test_no_who_question_where_the_subject_is_not_one_person(frog, sentence, key):
    made = stems(frog, sentence)
    assert key not in made or made[key][1] != "who_question"


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Annemiek de Boer", "f"), ("Sven Janssen", "m"), ("Qwzx Plonk", ""), ("J. de Vries", "")],
)
def test_gender_from_first_name(name, gender):
    assert from_first_name(name) == gender


def test_gender_from_the_article_beats_the_first_name(frog):
    text = (
        "Kim Jansen en Robin Smit wonnen zondag in Assen. Kim Jansen reed het snelst van "
        "allemaal. Hij won met ruime voorsprong.\n\nDe wielrenster Robin Smit werd tweede."
    )
    sentences = frog.analyze(text)
    found = [m for s in sentences for m in mentions(s)]
    genders = person_genders(sentences, found, full_names(found))
    assert genders["Kim Jansen"] == "m"  # 'Kim' alone would say female
    assert genders["Robin Smit"] == "f"


def test_a_female_key_gets_no_male_options(frog):
    text = (
        "Wielrennen in Drenthe\n\nAnna Visser verdedigt in de Ronde van Drenthe een ruime "
        "voorsprong op haar landgenote Eva Bos. Marieke de Wit werd derde in de rit naar "
        "Emmen, Sophie Kramer vierde en Lotte Bakker vijfde. Bij de mannen won Piet Jansen "
        "voor Kees Mol en Jan de Graaf de rit naar Assen. Ook Henk Smit reed goed mee in de "
        "Ronde van Drenthe."
    )
    generation = generate(parse_text(text), analyzer=frog, min_confidence=0)
    [q] = asked(generation, "Anna Visser")
    male = {"Piet Jansen", "Kees Mol", "Jan de Graaf", "Henk Smit"}
    assert not male & set(q.options)
    assert len(q.options) == 4


def test_a_stem_that_says_she_offers_only_women(frog):
    text = (
        "Schaatsen\n\nSam Visser won in Thialf goud op de 1500 meter en zij reed ook een nieuw "
        "record. Eva Bos won in Thialf zilver op de 500 meter. Lotte de Graaf won in Thialf "
        "brons op de 1000 meter. Marieke Vink werd in Thialf vierde op de 5000 meter. "
        "Bij de mannen won Piet Mol in Thialf de 1500 meter."
    )
    generation = generate(parse_text(text), analyzer=frog, min_confidence=0)
    # 'Sam' alone would be a man; the article's 'zij' says otherwise
    [q] = asked(generation, "Sam Visser")
    assert "zij" in q.stem
    assert set(q.options) == {"Sam Visser", "Eva Bos", "Lotte de Graaf", "Marieke Vink"}


def test_a_stem_that_says_she_is_dropped_when_no_one_is_known_to_be_a_woman(frog):
    text = (
        "Schaatsen\n\nSam Visser won in Thialf goud op de 1500 meter en zij reed ook een nieuw "
        "record. Kees Mol won in Thialf zilver op de 500 meter. Piet de Graaf won in Thialf "
        "brons op de 1000 meter. Joost Vink werd in Thialf vierde op de 5000 meter."
    )
    generation = generate(parse_text(text), analyzer=frog, min_confidence=0)
    assert not asked(generation, "Sam Visser")
    assert not [q for q in generation.questions if "zij" in q.stem.split()]


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (
            "De schaatser reed in Thialf een baanrecord; de rijdster won de ploegachtervolging. "
            "Het schaatsseizoen begint.",
            "schaatsen",
        ),
        (
            "De minister en de premier spraken met de coalitie en de oppositie in het kabinet.",
            "politiek",
        ),
        ("Het weer wordt morgen zonnig en droog in het hele land.", ""),
        ("De tennisster won; de WTA noemt haar de beste tennisster van de WTA.", "tennis"),
        # a discipline where the story's words point at one ('massastart': marathon skaters)
        (
            "De ploeg won de achtervolging en de massastart op de WK afstanden.",
            "schaatsen/marathon",
        ),
        (
            "De schaatsster won in Thialf op de ijsbaan de 500 meter en werd tweede op de "
            "1000 meter.",
            "schaatsen/sprint",
        ),
        (
            "De schaatsster won in Thialf de 500 meter, de schaatser de 5000 meter op de ijsbaan.",
            "schaatsen",
        ),
        (
            "De renner won de veldrit in Hoogerheide; de renster won bij de vrouwen, voor het "
            "peloton.",
            "wielrennen/veldrijden",
        ),
        (
            "De renner won de etappe in een massasprint; het peloton was te laat.",
            "wielrennen/sprint",
        ),
        ("Het grandslamtoernooi had een lange kwalificatie.", ""),  # no 'grand prix'
        (
            "De atlete won de estafette en werd tweede op de horden; een atleet won de tienkamp.",
            "atletiek",
        ),
        # the Premier League of darts is no premier's
        (
            "De darter won de Premier League in Glasgow, zijn tweede zege in de Premier League; "
            "de darts van de pdc.",
            "darts",
        ),
        # natural ice is skating's own word; a bare marathon may be a run
        (
            "De marathon op natuurijs ging door. Hij won de marathon op het natuurijs van "
            "Noordlaren, net als vorig jaar op natuurijs.",
            "schaatsen/marathon",
        ),
        ("De marathon van Rotterdam trok veel lopers. Hij won de marathon in de regen.", ""),
    ],
)
def test_story_field(text, field):
    assert story_field(text) == field


def test_people_from_earlier_stories_of_the_same_field_fill_the_options(frog):
    memory = InMemoryEntities()
    earlier = (
        "Tennis in Rosmalen\n\nDe tennissers speelden zondag op het gras. Kees Mol won de "
        "finale van het toernooi. Piet de Graaf haalde de halve finale na een tiebreak. Joost "
        "Vink verloor in de eerste ronde van het tennistoernooi."
    )
    politics = (
        "Kabinet\n\nMinister Henk Bos sprak in het kabinet met premier Jan Smit en de "
        "coalitie. De oppositie en de minister waren het oneens over de begroting van het "
        "kabinet."
    )
    for text in (earlier, politics):
        generate(parse_text(text), analyzer=frog, memory=memory, min_confidence=0)
    text = (
        "Tennis in Den Bosch\n\nBram Visser won zaterdag in Den Bosch de finale bij de "
        "tennissers. De tennissers speelden op het gravel van het park een lange tiebreak, "
        "en het publiek op de tribunes genoot van de hele dag.\n\n"
        "Tom Bakker verloor in Den Bosch de halve finale van het tennistoernooi."
    )
    generation = generate(parse_text(text), analyzer=frog, memory=memory, min_confidence=0)
    [q] = asked(generation, "Bram Visser")
    # the story's other player, then players from the earlier story; never the politicians
    assert "Tom Bakker" in q.options
    others = set(q.options) - {"Bram Visser", "Tom Bakker"}
    assert others and others <= {"Kees Mol", "Piet de Graaf", "Joost Vink"}


def test_a_surname_alone_gets_no_full_names_as_options(frog):
    text = (
        "Voetbal\n\nTrainer Kees Mol en spits Piet de Graaf spraken in Alkmaar met Van Schaik. "
        "Joost Vink en Bram Visser waren er ook bij in Alkmaar, net als de hele selectie van "
        "de club."
    )
    generation = generate(parse_text(text), analyzer=frog, min_confidence=0)
    assert not asked(generation, "Van Schaik")


@pytest.mark.parametrize(
    ("sentence", "key", "stem"),
    [
        (
            "Het goud ging naar Sanne Kok, die de 500 meter in een baanrecord reed.",
            "Sanne Kok",
            "Wie reed de 500 meter in een baanrecord?",
        ),
        (
            "De prijs ging naar Pieter Smit, die zaterdag het nieuwe seizoen moest openen in Gent.",
            "Pieter Smit",
            "Wie moest zaterdag het nieuwe seizoen openen in Gent?",
        ),
        (
            "In Emmen sprak burgemeester Johan Bakker, die vorig jaar is benoemd in de stad.",
            "Johan Bakker",
            "Wie is vorig jaar benoemd in de stad?",
        ),
    ],
)
def test_relative_clause_on_a_person_becomes_a_who_question(frog, sentence, key, stem):
    assert stems(frog, sentence)[key] == (stem, "relative_who_question")


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        # 'ook': someone else did it too, so another option could be true
        ("Het goud ging naar Sanne Kok, die ook de 1000 meter in een record reed.", "Sanne Kok"),
        # negated: every wrong option may be true as well
        ("Het goud ging naar Sanne Kok, die geen enkele rit in de Tour won.", "Sanne Kok"),
        # a plural verb: 'die' stands for more than one person
        ("Het goud ging naar Sanne Kok en Eva Bos, die samen de ploegenrit wonnen.", "Eva Bos"),
        # 'die' may be the team of the person
        ("De zege was voor de ploeg van Sanne Kok, die de ploegenrit in Gent reed.", "Sanne Kok"),
        # a separable verb would need its particle moved: 'die de trui afstond'
        ("De leiding ging naar Sanne Kok, die de gele trui gisteren afstond.", "Sanne Kok"),
        # another person in the clause: who did what to whom is not certain
        ("Het goud ging naar Sanne Kok, die Eva Bos in de finale versloeg.", "Sanne Kok"),
    ],
)
def test_no_relative_who_question_where_others_may_fit(frog, sentence, key):
    made = stems(frog, sentence)
    assert key not in made or made[key][1] != "relative_who_question"


def test_the_well_known_people_file_is_well_formed():
    people = known_people()
    assert {"trainer", "minister", "field:schaatsen/marathon", "field:politiek"} <= set(people)
    for slot, entries in people.items():
        names = [name for name, _ in entries]
        assert len(names) == len(set(names)), slot  # no one twice in a slot
        for name, gender in entries:
            assert gender in ("m", "f") and len(name.split()) >= 2, (slot, name)


def test_a_tennis_player_gets_well_known_players_of_her_gender_not_named_in_the_story(frog):
    text = (
        "Tennis\n\nLies Hoving won in Rosmalen de finale van het tennistoernooi op gras. Kiki "
        "Rus zat op de tribune. "
        "Anna Bakker uit Leerdam verloor in de halve finale na een tiebreak. Het dubbelspel ging "
        "naar een Belgisch duo."
    )
    generation = generate(parse_text(text), analyzer=frog, min_confidence=0)
    [q] = [q for q in generation.questions if q.key == "Lies Hoving"]
    women = {name for name, gender in known_people()["field:tennis"] if gender == "f"}
    assert "Anna Bakker" in q.options
    assert set(q.options) - {"Lies Hoving", "Anna Bakker"} <= women
    # a well-known name whose surname the story uses is left out ('Kiki Rus')
    assert "Arantxa Rus" not in q.options


def skaters(discipline: str, gender: str) -> set[str]:
    """Well-known skaters of one discipline and gender."""
    return {n for n, g in known_people()[f"field:schaatsen/{discipline}"] if g == gender}


def test_a_marathon_skater_gets_marathon_skaters_never_sprinters(frog):
    # a long-track sprinter among marathon skaters is absurd (a reviewer's finding)
    text = (
        "Schaatsen\n\nLies Hoving won zaterdag in Thialf de marathon op de ijsbaan van "
        "Heerenveen. Anna Rijpstra uit Leerdam werd tweede in de massastart van de marathon."
    )
    generation = generate(parse_text(text), analyzer=frog, min_confidence=0)
    [q] = asked(generation, "Lies Hoving")
    others = set(q.options) - {"Lies Hoving", "Anna Rijpstra"}
    assert others and others <= skaters("marathon", "f")
    assert not others & (skaters("sprint", "f") - skaters("marathon", "f"))


@pytest.mark.parametrize(
    ("story", "sentence", "slot"),
    [
        # the key's sentence names its discipline: it beats the story's
        ("schaatsen/sprint", "Kim Bos won goud op de massastart.", "schaatsen/marathon"),
        ("schaatsen", "Kim Bos won de 500 meter in Thialf.", "schaatsen/sprint"),
        # a sentence naming two disciplines: no slot, whatever the story's
        ("schaatsen/sprint", "Kim Bos won de 500 meter en de massastart.", ""),
        # a sentence naming none: the story's discipline, or none when it has none
        ("schaatsen/marathon", "Kim Bos was de snelste in Heerenveen.", "schaatsen/marathon"),
        ("schaatsen", "Kim Bos was de snelste in Heerenveen.", ""),
        ("tennis", "Kim Bos won de finale in Rosmalen.", "tennis"),
        ("voetbal", "Kim Bos scoorde twee keer.", ""),
    ],
)
def test_the_slot_of_people_who_stand_in_for_the_key(story, sentence, slot):
    from questions.distractors import _field_of

    fact = SimpleNamespace(sentence=SimpleNamespace(text=sentence))
    assert _field_of(fact, Context(language="nl", field=story)) == slot


@pytest.mark.parametrize(
    ("stem", "problem"),
    [
        ("Wie bracht ook een record op zijn naam?", "ook"),
        ("Kees Mol en ___ kregen ook het brons.", "ook"),
        ("___ won goud en zij reed ook een record.", ""),  # 'ook' in another clause
        ("Op het programma staan Kensington, ___, Tino Martin en Maan.", "list"),
        ("Wie won de 500 meter, Piet Mol de 1000 meter?", "elided"),
        ("Wie won de 500 meter in Thialf?", ""),
    ],
)
def test_person_stems_that_cannot_have_one_answer(stem, problem):
    found = person_stem_problem(stem, ["Piet Mol", "Kees Mol"])
    assert (problem in found) if problem else found == ""


def test_the_well_known_pool_leaves_out_surnames_the_story_uses_and_the_other_gender():
    ctx = Context(
        language="nl", text="Zij won in Leerdam, net als Kramer.", field="schaatsen/allround"
    )
    ctx.genders["Lies Hoving"] = "f"
    pool = well_known(
        SimpleNamespace(key="Lies Hoving"), ctx, "field:schaatsen/allround", Random(1)
    )
    women = {name for name, gender in known_people()["field:schaatsen/allround"] if gender == "f"}
    assert set(pool) == women - {"Jutta Leerdam"}
    # a key of unknown gender gets no one from the pool: a name list cannot tell
    assert (
        well_known(
            SimpleNamespace(key="Dominique Hoving"), ctx, "field:schaatsen/allround", Random(1)
        )
        == []
    )


@pytest.mark.parametrize(
    ("role", "other", "kindred"),
    [
        ("premier", "minister", True),  # a minister is not the premier
        ("minister", "premier", False),  # but a premier is a minister too
        ("minister", "vicepremier", False),
        ("middenvelder", "spits", True),
        ("middenvelder", "trainer", False),  # a coach is no option for a scorer
        ("trainer", "bondscoach", True),
        ("", "trainer", False),
    ],
)
def test_titles_of_one_kind(role, other, kindred):
    assert same_kind(role, other) is kindred


def test_no_option_the_story_gives_another_nationality_or_no_first_name(frog):
    text = (
        "Tennis\n\nAnne Vos won zaterdag de finale van het toernooi in Rosmalen. Zij versloeg "
        "de Duitse Julia Kraus in twee sets. Eerder die week won Lotte Smit van Emma de Boer "
        "en van Kim Bos. Bij de mannen won Sweet Dreams de prijs voor het beste spel."
    )
    generation = generate(parse_text(text), analyzer=frog, min_confidence=0)
    [q] = asked(generation, "Anne Vos")
    assert "Julia Kraus" not in q.options  # German, and the stem asks about a Dutch player
    assert "Sweet Dreams" not in q.options  # a title read as a name: no known first name
    assert set(q.options) == {"Anne Vos", "Lotte Smit", "Emma de Boer", "Kim Bos"}
    # nor is such a name ever a key
    assert not asked(generation, "Sweet Dreams")


def test_a_headline_with_the_surname_shows_it_blanked(frog):
    text = (
        "Vos wint in Rosmalen\n\nAnne Vos won zaterdag de finale van het toernooi in Rosmalen. "
        "Zij versloeg Lotte Smit in twee sets. In de halve finale verloren Emma de Boer en "
        "Sanne Kok. Kim Bos haalde de kwartfinale."
    )
    generation = generate(parse_text(text), analyzer=frog, min_confidence=0)
    assert asked(generation, "Anne Vos")
    # the surname gives the person away: players see the headline without it
    assert generation.shown_headline == "… wint in Rosmalen"
    assert all(q.context == "… wint in Rosmalen" for q in generation.questions)


def test_a_name_cut_short_is_no_option(frog):
    text = (
        "Tennis\n\nBram Kok won zaterdag de finale van het toernooi in Utrecht. Hij versloeg "
        "Jeroen Smit van den Berg in drie sets. In de halve finale verloren Lars Vos en Tim de "
        "Wit. Kees Mol haalde de kwartfinale."
    )
    generation = generate(parse_text(text), analyzer=frog, min_confidence=0)
    [q] = [q for q in generation.questions if q.key == "Bram Kok"]
    assert "Jeroen Smit" not in q.options  # no such person: his name goes on
    people = {"Bram Kok", "Jeroen Smit van den Berg", "Lars Vos", "Tim de Wit", "Kees Mol"}
    assert set(q.options) <= people and len(q.options) == 4


def test_a_local_politician_gets_no_national_party_leaders_as_options():
    ctx = Context(language="nl", text="De fractie in Tiel stapt uit de coalitie.", field="politiek")
    ctx.genders["Joke Verbeek"] = "f"
    local = SimpleNamespace(key="Joke Verbeek")
    assert well_known(local, ctx, "field:politiek", Random(1)) == []
    # a well-known key keeps well-known peers of her gender
    famous, gender = next(p for p in known_people()["field:politiek"] if p[1] == "f")
    ctx.genders[famous] = gender
    peers = well_known(SimpleNamespace(key=famous), ctx, "field:politiek", Random(1))
    assert peers and all(g == "f" for n, g in known_people()["field:politiek"] if n in peers)
    # other fields still lend well-known names to anyone: a domestique among star riders
    ctx.field = "wielrennen/sprint"
    ctx.genders["Bram Kok"] = "m"
    assert well_known(SimpleNamespace(key="Bram Kok"), ctx, "field:wielrennen/sprint", Random(1))


def test_a_team_director_is_no_option_for_a_rider(frog):
    text = (
        "Wielrennen\n\nAnna Kok won zaterdag de etappe naar Bern in de Ronde van Zwitserland. "
        "Ploegleider Maria Peeters was trots op haar renster. Eva Smit werd tweede in de "
        "sprint. Lotte Bakker eindigde als derde en Sanne Vos werd vierde."
    )
    generation = generate(parse_text(text), analyzer=frog, min_confidence=0)
    asked = [q for q in generation.questions if q.fact_type == "person"]
    assert asked
    assert all("Maria Peeters" not in q.options for q in asked if q.key != "Maria Peeters")


def test_people_the_story_says_were_absent_or_in_another_discipline_are_no_options(frog):
    text = (
        "Schaatsen\n\nKees Mol won zaterdag in Thialf de 500 meter op de ijsbaan. Piet de "
        "Graaf werd tweede op de 500 meter. Joost Vink en Bram Kok reden vorige week de WK "
        "allround in Hamar. Ook Tom Bakker ontbreekt in Thialf door een griep."
    )
    generation = generate(parse_text(text), analyzer=frog, min_confidence=0)
    [q] = asked(generation, "Kees Mol")
    assert "Piet de Graaf" in q.options
    assert not {"Joost Vink", "Bram Kok", "Tom Bakker"} & set(q.options)
    # the rest are well-known sprinters
    assert set(q.options) - {"Kees Mol", "Piet de Graaf"} <= skaters("sprint", "m")


def test_a_national_coach_gets_well_known_trainers(frog):
    text = (
        "Voetbal\n\nDe ploeg van bondscoach Kees Mol won zaterdag in Zwolle met 3-0 van "
        "Wales. Trainer Ronald Koeman van de eredivisieclub keek op de tribune toe."
    )
    generation = generate(parse_text(text), analyzer=frog, min_confidence=0)
    [q] = [q for q in generation.questions if q.key == "Kees Mol"]
    trainers = {name for name, gender in known_people()["trainer"] if gender == "m"}
    assert set(q.options) - {"Kees Mol"} <= trainers


def test_a_team_rider_is_asked_among_the_race_riders(frog):
    # 'Visma-renster' is a title no one else of the story has; the who question drops it,
    # and the story's untitled riders and well-known ones stand in
    text = (
        "Wielrennen\n\nVisma-renster Anna Visser heeft zaterdag de eerste rit van de Ronde "
        "van Drenthe gewonnen. Zij won de sprint van Eva Bos en Lotte Smit. De renster uit "
        "Assen pakte ook de leiderstrui in de ronde. De wielrensters reden 140 kilometer."
    )
    generation = generate(parse_text(text), analyzer=frog, min_confidence=0)
    [q] = asked(generation, "Anna Visser")
    assert q.stem == "Wie heeft zaterdag de eerste rit van de Ronde van Drenthe gewonnen?"
    assert {"Eva Bos", "Lotte Smit"} & set(q.options)


def test_a_nationality_before_a_sport_title_binds_the_options(frog):
    # 'De Amerikaanse schaatser ___': no Dutch skater fits, and none of the story is American
    text = (
        "Schaatsen\n\nDe Amerikaanse schaatser Jordan Vos heeft zondag in Heerenveen de 500 "
        "meter gewonnen. Kees Bakker en Joep Smit werden tweede en derde op de schaatsbaan. "
        "Het schaatspubliek zag ook een baanrecord."
    )
    generation = generate(parse_text(text), analyzer=frog, min_confidence=0)
    assert not asked(generation, "Jordan Vos")


def test_an_athlete_title_takes_the_story_athletes_as_options(frog):
    # athletics has no well-known pool: the story's untitled athletes stand in for 'Atlete'
    text = (
        "Atletiek\n\nAtlete Anna Visser heeft zondag in Rome de Europese titel op de 5000 "
        "meter gepakt. Eva Bos werd vierde op de 1500 meter en Lotte Smit won brons op de "
        "horden. Kim de Vries liep een persoonlijk record op de 800 meter. De estafetteploeg "
        "van de atletiekbond viel uit."
    )
    generation = generate(parse_text(text), analyzer=frog, min_confidence=0)
    [q] = asked(generation, "Anna Visser")
    assert {"Eva Bos", "Lotte Smit"} <= set(q.options)
