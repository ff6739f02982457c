"""Distractor strategies: fact type -> wrong options of the same type and form (registry)."""

from __future__ import annotations

import datetime
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from questions import gazetteers as gz
from questions import resources as R
from questions import wordlists as W
from questions.context import name_part_problem
from questions.facts import PERSON_TYPES, SUCCESSION_NOUNS, Fact
from questions.gazetteers import familiar_cities, familiar_states, place_kind, region_of
from questions.gender import from_first_name
from questions.memory import EntityMemory
from questions.numbers import Number, first_number, format_cardinal, format_ordinal
from questions.realise import body_start
from questions.spans import Mention, clean_person


@dataclass
class Context:
    """What strategies may know about the article: language, all facts, all name mentions."""

    language: str
    facts: list[Fact] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    text: str = ""
    year: int = field(default_factory=lambda: datetime.date.today().year)  # article's year
    memory: EntityMemory | None = None
    genders: dict[str, str] = field(default_factory=dict)  # person -> 'm'/'f' where known
    year_known: bool = True  # False when `year` is only the latest year the article names
    field: str = ""  # the story's field ('schaatsen', 'politiek'), see `story_field`
    headline: str = ""  # the article's headline as written
    person_tails: frozenset[str] | None = None  # cache for `_same_person`


Strategy = Callable[[Fact, Context, random.Random], list[str]]
# A numeric strategy: values below and above the key, each side nearest first.
Ladder = Callable[[Fact, Context, random.Random], tuple[list[str], list[str]]]


def _nice_unit(value: int) -> int:
    """Largest of 1, 5, 10, 50, ... that divides value and is at most a quarter of it."""
    unit = 1
    for candidate in (5, 10, 50, 100, 500, 1000, 5000, 10_000, 50_000, 100_000):
        if value % candidate == 0 and candidate * 4 <= value:
            unit = candidate
    return unit


LADDER = 6  # values offered on each side of the key; spares for those pick() filters out


def steps_around(
    value: int, step: int, low: float, high: float = float("inf")
) -> tuple[list[int], list[int]]:
    """Values `step` apart below and above value, nearest first, within low..high."""
    below = [value - k * step for k in range(1, LADDER + 1) if value - k * step >= low]
    above = [value + k * step for k in range(1, LADDER + 1) if value + k * step <= high]
    return below, above


def _step(rng: random.Random, value: int, low: int, high: int) -> int:
    """1, 2 or 3 apart: a wider step only when three values still fit on either side."""
    fits = [s for s in (1, 2, 3) if low <= value - 3 * s and value + 3 * s <= high]
    return rng.choice(fits or [1])


def spread(rng: random.Random, below: list[str], above: list[str], n: int = 3) -> list[str]:
    """n options around the key, so that the key's rank among the sorted options tells
    nothing.

    How many lie below the key is drawn evenly from the counts the two sides allow: a short
    side (one value below 'drie', nothing after the article's year) narrows the choice
    without piling the key onto one rank, as clamping a draw from 0..n did (reviewers found
    the key second-lowest in 8 of 13 questions). Weighting the upper ranks to make up for
    small keys was worse: a key with room on both sides then sat in the upper half two
    times in three, and reviewers saw it was never the lowest. Each side lists its values
    nearest first.
    """
    fewest, most = max(0, n - len(above)), min(n, len(below))
    counts = list(range(fewest, most + 1)) or [most]  # too few values: all of them
    k = rng.choice(counts)
    return below[:k] + above[: n - k]


def _written(values: list, write: Callable[[object], str | None]) -> list[str]:
    """Values as written like the key; values that cannot be written so are left out."""
    return [text for text in map(write, values) if text]


def numeric_neighbours(
    value: float, decimals: int = 0, floor: float = 0, step: float | None = None
) -> tuple[list[float], list[float]]:
    """Values of the same magnitude and precision below and above value (above floor):
    about 12% apart, or `step` apart when given."""
    scale = 10**decimals
    v = int(round(value * scale))
    if v <= 0:
        return [], []
    if step is None:
        unit = _nice_unit(v)
        scaled_step = unit * max(1, round(v * 0.12 / unit))
    else:
        scaled_step = int(round(step * scale))
    below, above = steps_around(v, scaled_step, max(1, floor * scale))
    return [x / scale for x in below], [x / scale for x in above]


def counts(fact: Fact, ctx: Context, rng: random.Random) -> tuple[list[str], list[str]]:
    """Other counts, durations, percentages and amounts written like the key.

    Digits stay digits, words stay words, decimals keep their places, the unit stays;
    counts and durations are never below 2.
    """
    number: Number = fact.value
    if number is None:
        return [], []
    floor = 2 if fact.type in ("count", "duration") else 0
    # a temperature is no quantity that grows by a share: 25 graden sits among 21, 23, 27
    # and 29, not 35 and 40 (an absurd morning in the Netherlands)
    temperature = fact.type == "measure" and fact.noun.lower() in ("graden", "graad")
    step = 2 if temperature else None
    if fact.type == "duration" and number.decimals:
        step = 1  # '3,5 jaar' among 2,5 and 4,5 jaar: a '3,0 jaar' is written by no one
    below, above = numeric_neighbours(number.value, number.decimals, floor, step=step)
    if fact.type == "percentage" and number.value < 100:
        above = [x for x in above if x < 100]  # no '110 procent minder' next to '40 procent'
    sides = below, above

    scaled = re.search(rf"{re.escape(fact.part)}\s+(?:duizend|miljoen|miljard)\b", fact.key)

    def write(x: float) -> str | None:
        if number.form == "digits" and number.value < 10_000 <= x and "." not in fact.part:
            return None  # '8000' has no thousands dot, '10000' would need one: mixed forms
        if scaled and x >= 1000:
            return None  # '1000 miljoen euro' is written '1 miljard euro'
        text = format_cardinal(x, number, ctx.language)
        return fact.key.replace(fact.part, text, 1) if text else None

    return _written(sides[0], write), _written(sides[1], write)


def ordinals(fact: Fact, ctx: Context, rng: random.Random) -> tuple[list[str], list[str]]:
    """Other ordinals in the same form ('dertiende', '15e'), never below 'tweede'."""
    number: Number = fact.value
    v = int(number.value)
    high = 100 if number.form == "words" else v + LADDER  # ordinal words are read up to 100
    below, above = steps_around(v, 1, 2, high)

    def write(x: int) -> str | None:
        return format_ordinal(x, number, ctx.language)

    return _written(below, write), _written(above, write)


def years(fact: Fact, ctx: Context, rng: random.Random) -> tuple[list[str], list[str]]:
    """Years a few years before or after the key, never past the article's own year; a
    round year to come (a target) among other round years to come.

    When the article has no date its year is only the latest it names, which may be a
    year or two early; allowing those keeps that latest year from always being last.
    """
    year = int(fact.key)
    if year > ctx.year and year % 5 == 0:
        # a target year ('tot 2040') is round: among 2039-2042 it would give itself away
        below, above = steps_around(year, 5, ctx.year + 1, year + 5 * LADDER)
        return [str(y) for y in below], [str(y) for y in above]
    latest = max(ctx.year, year) + (0 if ctx.year_known else 2)
    below, above = steps_around(year, _step(rng, year, 0, latest), 0, latest)
    return [str(y) for y in below], [str(y) for y in above]


MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # February: any year


def dates(fact: Fact, ctx: Context, rng: random.Random) -> tuple[list[str], list[str]]:
    """Other days of the same month (and year), valid in that month; whole weeks apart when
    a weekday names the day."""
    day, month = fact.value
    last = MONTH_DAYS[month]
    before = fact.sentence.tokens[fact.i - 1].word.lower() if fact.i else ""
    # 'op donderdag 26 maart': every option must be a Thursday too, so a week apart
    step = 7 if before in W.day_names(ctx.language) else _step(rng, day, 1, last)
    below, above = steps_around(day, step, 1, last)
    pattern = rf"(?<!\d){re.escape(fact.part)}(?!\d)"

    def write(d: int) -> str:
        text = str(d).zfill(len(fact.part)) if fact.part.startswith("0") else str(d)
        return re.sub(pattern, text, fact.key, count=1)

    return _written(below, write), _written(above, write)


def months(fact: Fact, ctx: Context, rng: random.Random) -> list[str]:
    """Other months close to the key, written in the same case."""
    names = W.month_names(ctx.language)
    offsets = rng.sample([-3, -2, -1, 1, 2, 3, 4], 7)
    return [_same_case(names[(fact.value + o) % 12], fact.key) for o in offsets]


def weekdays(fact: Fact, ctx: Context, rng: random.Random) -> list[str]:
    """Other weekdays, keeping a part of the day ('zaterdagmiddag' -> 'vrijdagmiddag').

    Courts, parliaments and councils sit on working days: in their stories a Sunday is no
    plausible option, and a weekend key is not asked.
    """
    names = W.day_names(ctx.language)
    rest = fact.key[len(fact.part) :]
    others = [n for k, n in enumerate(names) if k != fact.value]
    if ctx.field in W.WORKING_DAY_FIELDS:
        if fact.value >= 5:
            return []  # a weekend day among working days would stand out
        others = [n for k, n in enumerate(names[:5]) if k != fact.value]
    rng.shuffle(others)
    if fact.value >= 5:
        # a weekend key among working days alone would stand out: the other weekend day first
        weekend = names[6] if fact.value == 5 else names[5]  # Monday first: 5, 6 weekend
        if (weekend + rest).lower() in true_values(fact, ctx):
            return []  # the story's other weekend day is taken: the key would stand alone
        others = [weekend] + [n for n in others if n != weekend]
    return [_same_case(n, fact.part) + rest for n in others]


def _same_case(word: str, like: str) -> str:
    """Copy capitalisation of `like` onto word."""
    if like.isupper():
        return word.upper()
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _article_names(fact: Fact, ctx: Context, kinds: tuple[str, ...]) -> list[str]:
    """Names of the same kind from the article, full names only, most mentioned first."""
    counts: dict[str, int] = {}
    for m in ctx.mentions:
        if m.kind not in kinds or m.text == fact.key:
            continue
        if m.kind == "PER" and (not clean_person(m) or _same_person(m.text, fact.key, ctx)):
            continue
        if m.text.isupper() and m.kind != "ORG":
            continue
        counts[m.text] = counts.get(m.text, 0) + 1
    return sorted(counts, key=lambda n: (-counts[n], n))


def _same_person(name: str, key: str, ctx: Context) -> bool:
    """True for another way of writing a person: 'Van Vleuten' next to 'Annemiek van Vleuten'.

    A name that ends another, longer person name of the article is only a surname.
    """
    if name.lower().endswith(" " + key.split()[-1].lower()) or key.lower().endswith(
        name.lower().split(maxsplit=1)[-1]
    ):
        return True
    return name.lower() in _name_tails(ctx)


def _name_tails(ctx: Context) -> frozenset[str]:
    """Every ending after a space of the article's person names ('van vleuten', 'vleuten'),
    lower case; built once per article (it was rebuilt per pair of names: cubic)."""
    if ctx.person_tails is None:
        tails = set()
        for m in ctx.mentions:
            if m.kind == "PER":
                words = m.text.lower().split()
                tails.update(" ".join(words[k:]) for k in range(1, len(words)))
        ctx.person_tails = frozenset(tails)
    return ctx.person_tails


def _cut(name: str, ctx: Context) -> bool:
    """True for a name the analyzer cut short ('Jeroen Scholten' of 'Jeroen Scholten van
    Aschat'): as an option it would be a person who does not exist."""
    return any(
        fact.type in PERSON_TYPES and fact.key == name and name_part_problem(fact)
        for fact in ctx.facts
    )


def _nationality(name: str, ctx: Context, adjacent: bool = False) -> str:
    """The nationality the story puts before a person ('de Duitse Julia Görges', 'de
    Amerikaanse renster X', 'de Noor Jens Stoltenberg'), lower case, or ''. With
    `adjacent`, only a nationality right before the name, which a stem keeps before its gap."""
    for fact in ctx.facts:
        if fact.type not in PERSON_TYPES or fact.key != name:
            continue
        k = fact.i - 1
        while k >= 0 and fact.sentence.tokens[k].word.lower() in W.ATHLETE_TITLES:
            k -= 1  # 'de Amerikaanse schaatser Jordan Stolz': the sport's title says nothing
        sport = k
        while k >= 0 and fact.sentence.tokens[k].word.lower() in W.NL_TITLES:
            k -= 1  # 'de Russische minister Lavrov'
        if adjacent and k != sport:
            continue
        word = fact.sentence.tokens[k].word if k >= 0 else ""
        if word in W.NATIONALITIES:
            return W.NATIONALITIES[word].lower()
        if word[:1].isupper() and word.lower().endswith(("se", "sche")) and k > 0:
            return word.lower()
    return ""


COPULAS = frozenset({"is", "was", "wordt", "werd", "blijft", "bleef"})


def _nationality_after(fact: Fact) -> str:
    """The nationality the sentence gives the key right after it, which the stem keeps after
    its gap ('___ is de Nederlander met de meeste titels', '___, de Belg die ...'), lower case
    as `_nationality` writes it, or ''."""
    words = [t.word for t in fact.sentence.tokens[fact.j : fact.j + 4]]
    k = 1 if words and (words[0] == "," or words[0].lower() in COPULAS) else 0
    if k < len(words) and words[k].lower() in ("de", "een", "als"):
        k += 1
    word = words[k] if k < len(words) else ""
    if word in W.NATIONALITIES:
        return W.NATIONALITIES[word].lower()
    if k and word[:1].isupper() and word.lower().endswith(("se", "sche")):
        return word.lower()
    return ""


def _nationality_in_sentence(fact: Fact, ctx: Context) -> str:
    """The one nationality noun of the key's sentence ('... is de elfde Nederlander ooit
    met een ATP-titel'), which the stem keeps, unless the story gives the key another one;
    '' when there is none or more than one ('de Nederlander X versloeg de Belg Y')."""
    tokens = fact.sentence.tokens
    found = {W.NATIONALITIES[t.word].lower() for t in tokens if t.word in W.NATIONALITIES}
    if len(found) != 1:
        return ""
    # only as the key's predicate: 'X is ... de elfde Nederlander', not 'X versloeg de
    # Nederlander Y'
    after = list(tokens[fact.j :])
    copula = next((k for k, t in enumerate(after) if t.word.lower() in COPULAS), None)
    noun = next((k for k, t in enumerate(after) if t.word in W.NATIONALITIES), None)
    if copula is None or noun is None or not copula < noun:
        return ""
    if any(t.entity.endswith("PER") for t in after[: noun + 2]):
        return ""  # another person in between: the noun may be theirs
    [said] = found
    own = _nationality(fact.key, ctx)
    return said if own in ("", said) else ""


def _nationality_for_country(fact: Fact) -> str:
    """The country the key's sentence says the deed was for ('veroverde ___ de titel voor
    Nederland'), lower case, or '' (also when someone else in the sentence may be meant)."""
    tokens = fact.sentence.tokens
    others = [
        t for k, t in enumerate(tokens) if t.entity.endswith("PER") and not fact.i <= k < fact.j
    ]
    if others:
        return ""
    states = gz.sovereign_states("nl")
    for k, token in enumerate(tokens[:-1]):
        if token.word.lower() in ("voor", "namens") and tokens[k + 1].word in states:
            return tokens[k + 1].word.lower()
    return ""


def _nation_adjective(words: list[str]) -> str:
    """The one nationality adjective before a lower-case person noun in words
    ('Nederlandse toptennisster', 'eerste Nederlandse schaatsster'), lower case, or ''."""
    found = {
        w.lower()
        for w, nxt in zip(words, words[1:], strict=False)
        if (w in W.FOREIGN_ADJECTIVES or w == "Nederlandse") and nxt[:1].islower()
    }
    return found.pop() if len(found) == 1 else ""


def _described_nationality(fact: Fact, ctx: Context) -> str:
    """The nationality a description of the key gives, which the stem or the headline keeps
    in view: 'X heeft als eerste Nederlandse schaatsster ...' (after 'als'), or a headline
    that describes its person by nationality ('Nederlandse toptennisster zorgt voor ...');
    '' when the story gives the key another nationality."""
    after = [t.word for t in fact.sentence.tokens[fact.j : fact.j + 9]]
    if "als" in after:
        k = after.index("als")
        people = fact.sentence.tokens[fact.j : fact.j + k + 4]
        said = (
            ""
            if any(t.entity.endswith("PER") for t in people)
            else _nation_adjective(after[k + 1 : k + 4])
        )
    else:
        said = ""
    said = said or _nation_adjective(re.findall(r"[\w'-]+", ctx.headline))
    own = _nationality(fact.key, ctx)
    return said if not own or _same_nation(own, said) else ""


def _same_nation(a: str, b: str) -> bool:
    """'nederland' (from 'Nederlander') and 'nederlandse' are one nationality; a differing
    spelling ('noorwegen', 'noorse') counts as another, which only leaves options out."""
    return bool(a) and a[:5] == b[:5]


PARTY_MEMBER_RE = re.compile(r"[A-Z][\w-]*['’]er")  # 'PvdA'er', 'FNP’er', 'CDA'er'


TEAM_NOUNS = frozenset({"ploeg", "elftal", "selectie", "equipe", "manschappen"})


def _role_of(name: str, ctx: Context) -> str:
    """The title the article puts right before a person ('trainer', 'minister'), or ''.
    Any common noun there counts ('oefenmeester'): a title the word lists do not know still
    tells that the options must share it."""
    for fact in ctx.facts:
        if fact.type in PERSON_TYPES and fact.key == name and fact.i > 0:
            token = fact.sentence.tokens[fact.i - 1]
            word = token.word.lower()
            # lower case, or capitalised only as the sentence's first word ('Pinkpopbaas X')
            opening = fact.i - 1 == body_start(fact.sentence)
            noun = token.pos.startswith("N(soort") and (token.word.islower() or opening)
            if word in SUCCESSION_NOUNS:
                continue  # 'Ruttes voorganger X' says who came before, not what X is
            # 'de ploeg van Giovanni van Bronckhorst': whose team it is, its coach
            team = fact.sentence.tokens[fact.i - 2].word.lower() if fact.i > 1 else ""
            if word == "van" and team in TEAM_NOUNS:
                return "trainer"
            if word in W.NL_TITLES or (noun and word not in W.NL_STOPWORDS and len(word) > 3):
                return word
            # 'FNP’er Durk Oosterhof' (tokens 'FNP', '’', 'er'): options of his party only
            before = fact.sentence.text[: token.end][-20:].split() if token.end > 0 else []
            if before and PARTY_MEMBER_RE.fullmatch(before[-1]):
                return before[-1].lower().replace("'", "’")
    return ""


def persons(fact: Fact, ctx: Context, rng: random.Random, role: str | None = None) -> list[str]:
    """Other people of the key's gender and title: the article's people with the same title
    ('trainer', 'minister') or none, then remembered people with that title; an untitled
    key also takes people from earlier stories of the same field and well-known people of
    it, where the field's people stand in for each other (tennis players, not skaters of
    other disciplines). `role` overrides the key's own title.
    """
    if _surname_only(fact.key):
        return []  # 'Van Schaik' among full names would stand out by its form
    said = (
        _nationality(fact.key, ctx, adjacent=True)
        or _nationality_after(fact)
        or _nationality_in_sentence(fact, ctx)
        or _described_nationality(fact, ctx)
        or _nationality_for_country(fact)
    )
    nationality = said or _nationality(fact.key, ctx)
    found = [
        n
        for n in _article_names(fact, ctx, ("PER",))
        # a film or a nickname read as a name ('Sweet Dreams', 'Bully Boy') has no gender
        # from its first name or the story's pronouns: no person;
        # nor is someone the story calls German an option for a Dutch key
        if gender_of(n, ctx) and _nationality(n, ctx) in ("", nationality) and not _cut(n, ctx)
    ]
    field = _field_of(fact, ctx)
    sentences = [s.text for s in {f.sentence.index: f.sentence for f in ctx.facts}.values()]
    found = [n for n in found if not _elsewhere(n, field, sentences)]
    if said:
        # 'De Nederlander ___', '___ is de Nederlander met ...': every option must be one,
        # as the story says of them
        return [n for n in found if _same_nation(_nationality(n, ctx), said)]
    role = _role_of(fact.key, ctx) if role is None else role
    if role in W.ATHLETE_TITLES and ctx.field:
        role = ""  # 'Atlete ___' in an athletics story: its untitled people are athletes too
    # a coach or a goalkeeper is no option for a goal scorer, nor a minister for a premier
    same_role = [n for n in found if _role_of(n, ctx) == role]
    # the stem keeps the key's title before the gap, so one person of the story with another
    # title of the same kind is safely wrong: the premier for 'minister van Financiën ___'
    kindred = [n for n in found if _role_of(n, ctx) != role and same_kind(role, _role_of(n, ctx))]
    ordered = same_role + kindred[:1] + _remembered(fact, ctx, role, rng, found)
    slot = W.LIST_SLOTS.get(role, role) or (FIELD_ROLE + field if field else "")
    if not role and field:
        ordered += _remembered(fact, ctx, slot, rng, found + ordered)
    return _same_gender(fact.key, ordered, ctx) + well_known(fact, ctx, slot, rng)


# Words that say someone did not take part: 'Ook Koen Verweij ontbreekt in Minsk'.
ABSENT_RE = re.compile(
    r"\b(?:ontbr(?:eekt|eken|ak|aken)|afwezig|afgemeld|meldde zich af|niet van start|"
    r"(?:seizoen|carrière|loopbaan)\b[^.]*\b(?:beëindigd|beëindigde|voorbij|erop zit)|"
    r"geblesseerd|zit een schorsing uit|geschorst)\b",
    re.I,
)


def _elsewhere(name: str, slot: str, sentences: list[str]) -> bool:
    """True for someone of the story who cannot have done what the key did: every sentence
    naming them says they were not there ('Ook Koen Verweij ontbreekt'), or names only
    another discipline than the key's slot ('... hun seizoen na het WK allround al
    beëindigd' for a 'schaatsen/sprint' key)."""
    theirs = [t for t in sentences if R.has_word(t, name.split()[-1])]
    if not theirs:
        return False
    if all(ABSENT_RE.search(t) for t in theirs):
        return True
    if "/" not in slot:
        return False
    field, discipline = slot.split("/")
    named = {d for t in theirs for d in _disciplines_in(t, field)}
    return bool(named) and discipline not in named


def _disciplines_in(text: str, field: str) -> list[str]:
    """The disciplines of a field whose words a text uses ('massastart' -> marathon)."""
    low = text.lower()
    return [d for d, words in W.DISCIPLINE_WORDS.get(field, {}).items() if re.search(words, low)]


def _field_of(fact: Fact, ctx: Context) -> str:
    """The slot of people who stand in for the key: a discipline ('schaatsen/marathon'), or
    a whole field that has none that matter ('tennis'); '' when unsure.

    The key's own sentence decides where it names a discipline ('goud op de massastart' in
    a story of sprints); a sentence naming two gives no slot.
    """
    base = ctx.field.split("/")[0]
    if base not in W.DISCIPLINE_WORDS:
        return ctx.field if ctx.field in W.INTERCHANGEABLE_FIELDS else ""
    told = _disciplines_in(fact.sentence.text, base)
    if len(told) > 1:
        return ""
    if told:
        return f"{base}/{told[0]}"
    return ctx.field if "/" in ctx.field else ""


def successions(fact: Fact, ctx: Context, rng: random.Random) -> list[str]:
    """People for 'Wie volgt Brian Priske op?': as for any person, with the office the
    sentence names ('als trainer van Feyenoord') or the title either side carries
    ('trainer Brian Priske') as every option's title; never the other side itself."""
    other = fact.value.other
    full = next((f.key for f in ctx.facts if f.key.endswith(other) and " " in f.key), other)
    office = fact.value.office.split()[1:2]  # 'als trainer van Feyenoord' -> trainer
    role = (office[0].lower() if office else "") or _role_of(fact.key, ctx) or _role_of(full, ctx)

    def without_other(names: list[str]) -> list[str]:
        return [
            n for n in names if not _same_person(n, other, ctx) and not _same_person(n, full, ctx)
        ]

    found = without_other(persons(fact, ctx, rng, role=role))
    if len(found) < 3:
        # no people of that office at hand: the story's people of the key's own kind, as
        # for any question about the key ('Wie volgde Mark Rutte op als premier?')
        found += [n for n in without_other(persons(fact, ctx, rng)) if n not in found]
    return found


def same_kind(role: str, other: str) -> bool:
    """True for two titles of one group ('minister' for a 'premier' key); a premier or a
    vice-premier is a minister too, so never an option for 'minister ___'."""
    if other in W.MINISTERS_TOO and role in ("minister", "bewindsman", "bewindsvrouw"):
        return False
    return bool(role and other) and any(role in g and other in g for g in W.ROLE_GROUPS)


def well_known(fact: Fact, ctx: Context, slot: str, rng: random.Random) -> list[str]:
    """Well-known people of the key's slot and gender whose surname the story never uses:
    the last, shuffled fallback when the article and the memory run short.

    The key's gender must be known: a list of names cannot tell a rider from a rider.
    """
    gender = gender_of(fact.key, ctx)
    if not slot or not gender:
        return []
    known = gz.known_people().get(slot, ())
    if slot in W.PEERS_ONLY_SLOTS and fact.key not in {name for name, _ in known}:
        return []  # a town councillor among party leaders: only the famous have famous peers
    words = set(re.findall(r"[\w'-]+", ctx.text.lower()))
    names = [
        name
        for name, their_gender in known
        if their_gender == gender and name.split()[-1].lower() not in words
    ]
    rng.shuffle(names)
    return names


def _surname_only(name: str) -> bool:
    """'Van Schaik', 'Froome': a person named without a first name."""
    words = name.split()
    if not words:
        return True
    if words[0].lower() in ("van", "de", "der", "den", "ter", "ten", "te", "in", "'t"):
        return True
    return len(words) == 1 and not from_first_name(name)


def gender_of(name: str, ctx: Context) -> str:
    """'m', 'f' or '' for a person: the article's evidence first, then the first name."""
    return ctx.genders.get(name) or from_first_name(name)


def _same_gender(key: str, names: list[str], ctx: Context) -> list[str]:
    """No one known to be of the other gender when the key's is known (no male riders for
    a female one); people whose gender is unknown stay."""
    gender = gender_of(key, ctx)
    return [n for n in names if gender_of(n, ctx) in (gender, "")] if gender else names


def story_field(text: str) -> str:
    """The field a story is about ('schaatsen', 'voetbal', ...), or '' when unclear, with its
    discipline where the field has them and the story's words point at one clearly more
    than at any other ('schaatsen/marathon').

    The field whose words the story uses most, at least three times and clearly more than
    the next one.
    """
    # 'Premier League' is a competition, no premier's
    words = re.findall(r"[\w-]+", re.sub(r"\bpremier league\b", "", text.lower()))
    counts = {
        field: sum(1 for w in words if any(w.startswith(k) for k in keys))
        for field, keys in W.FIELD_WORDS.items()
    }
    ranked = sorted(counts.items(), key=lambda c: -c[1])
    best, runner_up = ranked[0], ranked[1]
    if best[1] < 3 or best[1] < 2 * runner_up[1]:
        return ""
    disciplines = W.DISCIPLINE_WORDS.get(best[0])
    if not disciplines:
        return best[0]
    low = text.lower()  # how often, not only whether: the clearly most told one wins
    told = sorted(((len(re.findall(w, low)), d) for d, w in disciplines.items()), reverse=True)
    (most, discipline), (next_most, _) = told[0], told[1]
    return f"{best[0]}/{discipline}" if most and most >= 2 * next_most else best[0]


FIELD_ROLE = "field:"  # memory slot of people by the field of their story


def remember_names(memory: EntityMemory, ctx: Context) -> None:
    """Teach the memory this article's people with their titles, and by the field or
    discipline their sentence is about."""
    for fact in ctx.facts:
        if fact.type in PERSON_TYPES:
            memory.remember("person", fact.key, _role_of(fact.key, ctx))
            field = _field_of(fact, ctx)
            if field:
                memory.remember("person", fact.key, FIELD_ROLE + field)


def _remembered(
    fact: Fact, ctx: Context, role: str, rng: random.Random, skip: list[str]
) -> list[str]:
    """People the memory holds under a role or field, shuffled, not the key or `skip`."""
    if ctx.memory is None or not role:
        return []
    names = [
        n
        for n in ctx.memory.names("person", role)
        if n not in skip and n != fact.key and not _same_person(n, fact.key, ctx)
    ]
    rng.shuffle(names)
    return names


def organisations(fact: Fact, ctx: Context, rng: random.Random) -> list[str]:
    """Organisations of the key's class (party, club, ...) that the article does not name.

    Parties or clubs of the same story are left out: they may have done the same thing.
    """
    kind = gz.organisation_class(fact.key)
    named = {m.text for m in ctx.mentions}
    pool = [n for n in gz.ORGANISATION_CLASSES.get(kind, ()) if n not in named]
    rng.shuffle(pool)
    return pool


def places(fact: Fact, ctx: Context, rng: random.Random) -> list[str]:
    """Places of the same kind that the story does not name: states of the same region,
    provinces, familiar municipalities.

    Places named anywhere in the story are left out: the event may well concern them too
    ('Ook Drenthe trekt de regels in' after 'Friesland deed hetzelfde').
    """
    kind = place_kind(fact.key, ctx.language)
    in_article = {m.text for m in ctx.mentions if m.kind in ("LOC", "MISC", "ORG")}
    if kind == "country":
        pool = list(familiar_states(ctx.language, region_of(fact.key, ctx.language))[:30])
    elif kind == "province":
        pool = sorted(gz.dutch_provinces() - {"Fryslân"})
    elif kind == "city":
        pool = list(familiar_cities(ctx.language))
    else:
        return []
    pool = [n for n in pool if n not in in_article]
    rng.shuffle(pool)
    return pool


def origins(fact: Fact, ctx: Context, rng: random.Random) -> list[str]:
    """Other countries for 'Uit welk land komt X?': one of the key's region that the story
    names (so that the key is not the only option a reader could find in it), then familiar
    states of that region. A venue in Asia is no option for a Czech player.

    A person comes from one country, so a country of the story is safe as a wrong option.
    """
    region = region_of(fact.key, ctx.language)
    named = [
        n
        for n in _article_names(fact, ctx, ("LOC",))
        if place_kind(n, ctx.language) == "country"
        and n not in (fact.key, "Nederland")
        and region_of(n, ctx.language) == region
    ]
    pool = [
        n for n in familiar_states(ctx.language, region)[:12] if n not in named and n != fact.key
    ]
    rng.shuffle(pool)
    return named[:1] + pool


# Numeric types: values below and above the key; pick() decides how many come from each side.
def offices(fact: Fact, ctx: Context, rng: random.Random) -> list[str]:
    """Offices the person does not hold: the other departments of a minister, the other
    public offices of a mayor; never one the article gives the same person."""
    low = fact.key.lower()
    before = fact.sentence.tokens[fact.i - 1].word if fact.i else ""
    # 'de Belgische minister van Justitie': Dutch department and local office names are wrong
    foreign = before in W.FOREIGN_ADJECTIVES
    if low in W.OFFICE_OPTIONS:
        options = list(W.OFFICE_OPTIONS[low])
        if foreign:
            options = [o for o in options if o.lower() not in W.DUTCH_LOCAL_OFFICES]
        elif low != "president" and ctx.language == "nl":
            # the Netherlands has no president: no option for a Dutch premier
            options = [o for o in options if o.lower() not in ("president", "vicepresident")]
    elif low in W.COMPOUND_MINISTERS:
        options = sorted(W.COMPOUND_MINISTERS - {low})
    else:
        office, _, department = fact.key.partition(" ")
        department = department.split(" ", 1)[1]  # after 'van' or 'voor'
        own = set(department.replace(",", " ").split()) - {"en", "Zaken"}
        departments = W.DEPARTMENTS_EVERYWHERE if foreign else W.DEPARTMENTS
        options = [f"{office} van {d}" for d in departments if not own & (set(d.split()) - {"en"})]
    surname = fact.value.text.split()[-1]
    held = {
        f.key.lower()
        for f in ctx.facts
        if f.type == "office" and f.value.text.split()[-1] == surname
    }
    rng.shuffle(options)
    return [o for o in options if o.lower() not in held]


LADDERS: dict[str, Ladder] = {
    "ordinal": ordinals,
    "count": counts,
    "duration": counts,
    "percentage": counts,
    "amount": counts,
    "measure": counts,
    "year": years,
    "date": dates,
}

STRATEGIES: dict[str, Strategy] = {
    "month": months,
    "weekday": weekdays,
    "person": persons,
    "predecessor": successions,
    "successor": successions,
    "organisation": organisations,  # only organisations of a known class, see gazetteers
    "place": places,
    "origin": origins,
    "office": offices,
}


def true_values(fact: Fact, ctx: Context) -> set[str]:
    """Values the article states for the same slot (same type and noun) or in the same sentence."""
    out = set()
    for other in ctx.facts:
        names = fact.type in PERSON_TYPES | {"place", "organisation"}
        same_slot = (
            not names and other.type == fact.type and other.noun.lower() == fact.noun.lower()
        )
        if same_slot or (other.sentence.index == fact.sentence.index and other.type == fact.type):
            out.add(other.key.lower())
    return out


def pick(fact: Fact, ctx: Context, rng: random.Random, stem: str, n: int = 3) -> list[str]:
    """n distractors: valid for the fact type, unique, never true, never already in the stem.

    Numbers come from both sides of the key, as many below it as spread() draws, so that
    the key's place among the sorted options tells nothing.
    """
    forbidden = true_values(fact, ctx) | {fact.key.lower()}
    stem_low = stem.lower()

    def usable(candidates: list[str], limit: int | None = None) -> list[str]:
        chosen: list[str] = []
        for candidate in candidates:
            low = candidate.lower()
            if low in forbidden or low in (c.lower() for c in chosen) or not candidate.strip():
                continue
            if re.search(rf"(?<!\w){re.escape(low)}(?!\w)", stem_low):
                continue
            if fact.type in PERSON_TYPES | {"organisation", "place"} and _shares_name_part(
                candidate, stem
            ):
                continue
            if fact.type == "place" and names_in_stem(candidate, stem):
                continue
            aliases = [fact.key, *chosen] if fact.type == "organisation" else []
            if any(_alias(candidate, other) for other in aliases):
                continue
            chosen.append(candidate)
            if len(chosen) == limit:
                break
        return chosen

    ladder = LADDERS.get(fact.type)
    if ladder is not None:
        below, above = (usable(side) for side in ladder(fact, ctx, rng))
        value = first_number(fact.key)
        # values the story sets the key against keep every option on the key's side: the
        # finish of its race ('na ___ al klaar' in a 5.000 meter race) and a value the stem
        # compares it with ('___ millimeter regen, tegenover de 849 millimeter normaal')
        bounds = _race_distance(fact, ctx, value) + _compared_values(fact, stem)
        bounds += _headline_totals(fact, ctx, value)
        for bound in bounds:
            if value is not None and value < bound:
                above = [a for a in above if (first_number(a) or bound) < bound]
            elif value is not None and value > bound:
                below = [b for b in below if (first_number(b) or bound) > bound]
        if not below or not above:
            return []  # the key would always be the lowest (or the highest) option
        chosen = spread(rng, below, above, n)
        if _gap_at_a_true_value(fact, chosen, forbidden):
            return []
        return chosen
    if fact.type == "person" and stem.startswith("Wie "):
        # the question drops the key's title: a team's rider ('Jumbo-Visma-renner') is asked
        # among the race's riders
        role = _role_of(fact.key, ctx)
        return usable(persons(fact, ctx, rng, role=role.rsplit("-", 1)[-1]), n)
    strategy = STRATEGIES.get(fact.type)
    return usable(strategy(fact, ctx, rng), n) if strategy is not None else []


RACE_RE = re.compile(r"\b(?:de|op de)\s+(\d[\d.]*)\s+(meter|kilometer)\b", re.I)


def _race_distance(fact: Fact, ctx: Context, value: float | None) -> list[float]:
    """The shortest race distance of the story beyond a distance key ('de 5.000 meter'
    beyond '4.600 meter'), in the key's unit: one value, or none."""
    words = fact.key.split()
    if fact.type != "measure" or value is None or len(words) < 2:
        return []
    unit = words[-1].lower()
    distances = [
        first_number(number)
        for number, their_unit in RACE_RE.findall(ctx.text)
        if their_unit.lower() == unit
    ]
    beyond = [d for d in distances if d is not None and d > value]
    return [min(beyond)] if beyond else []


TEGENOVER_RE = re.compile(
    r"(?<![\w-])(\d[\d.,]*)[^\d;]{0,30}\btegenover\s+___"
    r"|___[^\d;]{0,30}\btegenover\s+(?:de\s+)?(\d[\d.,]*)"
)


def _compared_values(fact: Fact, stem: str) -> list[float]:
    """Values the stem compares the key with: numbers in the key's own unit ('tegenover de
    849 millimeter' next to '___ millimeter') and a bare number set against the gap
    ('9.069 dit jaar, tegenover ___ vorig jaar')."""
    values = [
        parsed
        for number in TEGENOVER_RE.findall(stem)
        if (parsed := first_number(next(n for n in number if n).rstrip(".,"))) is not None
    ]
    words = fact.key.split()
    after = re.search(r"___\s+([a-zA-Z]+)", stem)
    unit = words[-1] if len(words) > 1 else (after.group(1) if after else "")
    if not unit or unit[:1].isdigit():
        return values
    for number in re.findall(rf"(?<![\w-])(\d[\d.,]*)\s+{re.escape(unit)}\b", stem):
        parsed = first_number(number.rstrip(".,"))
        if parsed is not None:
            values.append(parsed)
    return values


def _headline_totals(fact: Fact, ctx: Context, value: float | None) -> list[float]:
    """Larger values of the key's unit in the headline: the whole the key is part of ('1686
    kilo coke' above 'In de grootste container zat ___'), which no option may pass."""
    if value is None:
        return []
    return [v for v in _compared_values(fact, ctx.headline) if v > value]


def _gap_at_a_true_value(fact: Fact, chosen: list[str], forbidden: set[str]) -> bool:
    """True when the ladder skips another true value of the slot and the key stands alone
    beyond that gap ('zes jaar' before 8, 9 and 10 when the story also says 'zeven jaar'):
    the gap marks the key as the odd one."""
    values = [first_number(o) for o in [fact.key, *chosen]]
    if any(v is None for v in values):
        return False
    values.sort()
    steps = [b - a for a, b in zip(values, values[1:], strict=False)]
    step = min(steps)
    gaps = [
        (a, b) for a, b in zip(values, values[1:], strict=False) if step > 0 and b - a >= 2 * step
    ]
    key = first_number(fact.key)
    for true in forbidden - {fact.key.lower()}:
        value = first_number(true)
        for a, b in gaps:
            if value is None or not a < value < b:
                continue
            side = [v for v in values if v <= a] if key <= a else [v for v in values if v >= b]
            if side == [key]:  # the key alone beyond the gap
                return True
    return False


def _shares_name_part(candidate: str, stem: str) -> bool:
    """True when a capitalised part of the candidate (or its genitive) occurs in the stem."""
    words = set(re.findall(r"\w+", stem))
    for part in candidate.split():
        if part[:1].isupper() and (part in words or part + "s" in words):
            return True
    return False


ADJECTIVE_ENDINGS = ("se", "sche", "s", "er", "ers", "ier", "iër", "iërs", "en")


def names_in_stem(place: str, stem: str) -> bool:
    """True when the stem names the place by an adjective or people ('Russische', 'Fransen')."""
    first = place.split()[0]
    for word in re.findall(r"\w+", stem):
        if not word[:1].isupper() or len(word) < 4:
            continue
        common = 0
        while common < min(len(word), len(first)) and word[common] == first[common]:
            common += 1
        if common >= 4 or (common >= 3 and word.lower().endswith(ADJECTIVE_ENDINGS)):
            return True
    return False


def _initials(name: str) -> str:
    """'Europese Unie' -> 'EU'."""
    return "".join(part[0] for part in name.split() if part[:1].isupper())


def _alias(a: str, b: str) -> bool:
    """True when one name is the acronym of the other ('EU' / 'Europese Unie')."""
    return a.upper() == _initials(b) or b.upper() == _initials(a) or a.lower() == b.lower()
