"""Typed facts found in analysed sentences: numbers, ordinals, dates, names (extractor registry)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from questions import resources as R
from questions import wordlists as W
from questions.analysis.base import Sentence
from questions.gazetteers import organisation_class, place_kind
from questions.numbers import Number, parse_cardinal, parse_ordinal
from questions.spans import KIND_NAMES, Mention, clean_person


@dataclass(frozen=True)
class Fact:
    """One fact: its type, the key as written (tokens i..j-1 of the sentence) and its reading."""

    type: str
    key: str
    sentence: Sentence
    i: int
    j: int
    value: object = None  # Number, month index, weekday index, Mention, ...
    noun: str = ""  # counted noun, unit or kind of name
    part: str = ""  # the part of the key that changes in distractors ("veertiende", "dinsdag")


Extractor = Callable[[Sentence, str, list[Mention]], Iterator[Fact]]

# Facts whose key is a person's full name: the person rules and options apply to them all.
PERSON_TYPES = frozenset({"person", "predecessor", "successor"})


@dataclass(frozen=True)
class Succession:
    """The other side of 'X volgt Y op': that person as written, the verb the question takes
    ('volgt', 'is', 'wordt') and the office when the sentence names it ('als trainer')."""

    other: str
    verb: str
    office: str = ""


def _words(sentence: Sentence) -> list[str]:
    """Token words of a sentence."""
    return [t.word for t in sentence.tokens]


def _lower(words: list[str], k: int) -> str:
    """Lower-cased word k, or '' outside the sentence."""
    return words[k].lower() if 0 <= k < len(words) else ""


def _in_score_or_time(words: list[str], k: int) -> bool:
    """True for the numbers of '0-4', '1 - 2', '16.30 uur', '3.34,68'."""
    w = words[k]
    if "." in w and "," in w:
        return True
    if _lower(words, k + 1) in ("-", "–") and k + 2 < len(words) and words[k + 2][:1].isdigit():
        return True
    if _lower(words, k - 1) in ("-", "–") and k >= 2 and words[k - 2][:1].isdigit():
        return True
    if "." in w and _lower(words, k + 1) == "uur":
        return True
    ranges = ("tot", "à", "a", "of", "to", "or", "and", "en")
    if (
        _lower(words, k - 1) in ranges
        and k >= 2
        and parse_cardinal(words[k - 2], "nl" if words[k - 1] != "to" else "en")
    ):
        return True
    if _lower(words, k + 1) in ranges and k + 2 < len(words) and parse_cardinal(words[k + 2], "nl"):
        return True
    return _lower(words, k + 1) in (":", "uur", "u", "am", "pm") and _lower(words, k - 1) in (
        "om",
        "rond",
        "tot",
        "at",
    )


def _month_index(word: str, language: str) -> int | None:
    """0-based month index of a month name (English months must be capitalised)."""
    if language == "en" and not word[:1].isupper():
        return None
    low = word.lower()
    months = W.month_names(language)
    return months.index(low) if low in months else None


def _weekday(word: str, language: str) -> tuple[int, str] | None:
    """(0-based weekday, the weekday part) for 'dinsdag', 'zondagmiddag', 'Friday'."""
    low = word.lower()
    for index, day in enumerate(W.day_names(language)):
        if low == day or (
            language == "nl" and low.startswith(day) and low[len(day) :] in W.DAYPART_SUFFIXES
        ):
            return index, word[: len(day)]
    return None


def dates(sentence: Sentence, language: str, mentions: list[Mention]) -> Iterator[Fact]:
    """Full dates ('1 december', '23 april 2022', 'January 4, 2019') and lone months."""
    words = _words(sentence)
    used: set[int] = set()
    for k, w in enumerate(words):
        month = _month_index(w, language)
        if month is None:
            continue
        day_k = k - 1 if language == "nl" or (k and words[k - 1].isdigit()) else k + 1
        if 0 <= day_k < len(words) and words[day_k].isdigit() and 1 <= int(words[day_k]) <= 31:
            a, b = min(day_k, k), max(day_k, k) + 1
            year_k = b + 1 if b < len(words) and words[b] == "," else b
            if year_k < len(words) and R.YEAR_RE.match(words[year_k]):
                b = year_k + 1
            used.update(range(a, b))
            yield Fact(
                "date",
                sentence.span_text(a, b),
                sentence,
                a,
                b,
                (int(words[day_k]), month),
                "",
                words[day_k],
            )
        elif k not in used:
            yield Fact("month", w, sentence, k, k + 1, month, "", w)


def _night_between(words: list[str], k: int, language: str) -> bool:
    """True for either day of 'de nacht van woensdag op donderdag': only one answer fits."""
    before = _lower(words, k - 1)
    if before == "van" and _lower(words, k + 1) == "op":
        return _weekday(words[k + 2], language) is not None if k + 2 < len(words) else False
    if before == "op" and _lower(words, k - 3) == "van":
        return _weekday(words[k - 2], language) is not None
    return False


def _weekday_aside(words: list[str], k: int) -> bool:
    """'tot zondag', 'de cijfers van woensdag', 'vrijdag, zaterdag en zondag': no question.

    After 'tot', 'van' or 'sinds' the day dates a side remark; a day in a row of days is
    given away by its neighbours.
    """
    if _lower(words, k - 1) in ("tot", "van", "sinds", "vanaf"):
        return True
    neighbours = (_lower(words, k - 2), _lower(words, k + 2))
    joined = _lower(words, k - 1) in (",", "en", "of", "tot") or _lower(words, k + 1) in (
        ",",
        "en",
        "of",
        "tot",
    )
    return joined and any(n in W.day_names("nl") for n in neighbours)


def weekdays(sentence: Sentence, language: str, mentions: list[Mention]) -> Iterator[Fact]:
    """Weekdays, also with a part of the day ('zondagmiddag')."""
    words = _words(sentence)
    for k, w in enumerate(words):
        found = _weekday(w, language)
        if found and not _night_between(words, k, language) and not _weekday_aside(words, k):
            yield Fact("weekday", w, sentence, k, k + 1, found[0], "", found[1])


RELATIVE_YEAR_RE = re.compile(
    r"\b(?:dit|vorig|volgend|afgelopen|komend|vorige|volgende|dat) jaar\b", re.IGNORECASE
)


def years(sentence: Sentence, language: str, mentions: list[Mention]) -> Iterator[Fact]:
    """Four-digit years (1950-2049) that do not count a noun and are not part of a date."""
    words = _words(sentence)
    if RELATIVE_YEAR_RE.search(sentence.text):
        return  # 'in 2017 en dit jaar': the article's own year would be true as well
    for k, w in enumerate(words):
        if not R.YEAR_RE.match(w) or _in_score_or_time(words, k):
            continue
        if _month_index(words[k - 1], language) is not None if k else False:
            continue
        if (
            k >= 2
            and words[k - 1] == ","
            and _month_index(words[k - 2], language) is None
            and words[k - 2].isdigit()
        ):
            continue
        nxt = _lower(words, k + 1)
        stop = W.NL_STOPWORDS | W.EN_STOPWORDS | W.NL_PREPOSITIONS
        verb_after = k + 1 < len(words) and sentence.tokens[k + 1].pos.startswith("WW")
        dated = _lower(words, k - 1) in ("in", "sinds") and verb_after  # 'In 2019 opende ...'
        dated = dated or _lower(words, k - 1) in ("sinds", "vanaf")  # 'sinds 2022 kandidaat-lid'
        counts_noun = nxt and nxt[0].isalpha() and nxt not in stop and not words[k + 1][0].isupper()
        if counts_noun and not dated:
            continue
        yield Fact("year", w, sentence, k, k + 1, parse_cardinal(w, language), "", w)


def _unit_after(words: list[str], k: int, units: frozenset[str]) -> bool:
    """True when the word after position k is one of units."""
    return _lower(words, k + 1) in units


def quantities(sentence: Sentence, language: str, mentions: list[Mention]) -> Iterator[Fact]:
    """Counts with their noun, durations, percentages and money amounts."""
    words = _words(sentence)
    nl = language == "nl"
    percent = W.NL_PERCENT_WORDS if nl else W.EN_PERCENT_WORDS
    money = W.NL_MONEY_WORDS if nl else W.EN_MONEY_WORDS
    durations = W.NL_DURATION_UNITS if nl else W.EN_DURATION_UNITS
    stop_nouns = W.NL_COUNT_STOP_NOUNS if nl else W.EN_COUNT_STOP_NOUNS
    for k, w in enumerate(words):
        number = parse_cardinal(w, language)
        if (
            number is None
            or R.YEAR_RE.match(w)
            and number.form == "digits"
            and not _unit_after(words, k, money)
        ):
            continue
        if _in_score_or_time(words, k) or _lower(words, k + 1) in W.month_names(language):
            continue
        if _lower(words, k - 1) in ("nummer", "number", "no", "nr", "code"):
            continue
        nxt = _lower(words, k + 1)
        if nxt in percent:
            yield Fact(
                "percentage", sentence.span_text(k, k + 2), sentence, k, k + 2, number, nxt, w
            )
        elif (
            _lower(words, k - 1) in money
            or nxt in money
            or (nxt in W.SCALE_WORDS and _lower(words, k + 2) in money)
        ):
            yield from _amount(sentence, words, k, number, money)
        elif nxt in durations:
            yield Fact("duration", sentence.span_text(k, k + 2), sentence, k, k + 2, number, nxt, w)
        elif nl and nxt in W.NL_MEASURE_UNITS:
            if not _event_or_range(words, k):
                span = sentence.span_text(k, k + 2)
                yield Fact("measure", span, sentence, k, k + 2, number, nxt, w)
        elif number.value >= 2 and k + 1 < len(words) and nxt not in stop_nouns:
            noun = _counted_noun(sentence, k + 1, language)
            if noun:
                yield Fact("count", w, sentence, k, k + 1, number, noun, w)


def _event_or_range(words: list[str], k: int) -> bool:
    """True for a distance that names a race ('de 1500 meter', 'de 10 kilometer'), a speed
    ('120 km/uur', '70 kilometer per uur') or one end of a range ('van 80 tot 110 km')."""
    before, after = _lower(words, k - 1), _lower(words, k + 2)
    if before in ("de", "het", "tot", "en", "à", "-", "tussen") or after in ("per", "tot", "à"):
        return True
    if before in ("zijn", "haar", "hun") or (before.endswith("ste") and before.isalpha()):
        return True  # 'haar langzaamste 500 meter', 'zijn eerste 1000 meter': a race
    joins = (",", "en", "of", "als")
    if after in joins and _lower(words, k + 3)[:1].isdigit():
        return True  # 'op 100 meter, 200 meter en ...': a row of races
    if before in joins and _lower(words, k - 2) == _lower(words, k + 1):
        return True  # '..., 200 meter als 400 meter': the row's later races
    return after.startswith("/") or _lower(words, k + 1).endswith("/uur")


def _amount(
    sentence: Sentence, words: list[str], k: int, number: Number, money: frozenset[str]
) -> Iterator[Fact]:
    """'165 miljoen euro', '€ 5 miljoen', '200 euro', '$2 million'."""
    a = k - 1 if _lower(words, k - 1) in money else k
    b = k + 1
    if _lower(words, b) in W.SCALE_WORDS:
        b += 1
    if a == k and _lower(words, b) in money:
        b += 1
    unit = " ".join(words[a:b]).replace(words[k], "#", 1)
    yield Fact("amount", sentence.span_text(a, b), sentence, a, b, number, unit, words[k])


def _counted_noun(sentence: Sentence, k: int, language: str) -> str:
    """The noun (with up to two adjectives before it) right after a number, or ''."""
    tokens = sentence.tokens
    frog = any(t.pos.startswith(("WW", "ADJ", "VZ")) for t in tokens)
    m = k
    while m < len(tokens) and m < k + 2 and tokens[m].pos.startswith("ADJ"):
        m += 1
    if m >= len(tokens):
        return ""
    t = tokens[m]
    if frog:
        ok = t.pos.startswith("N(soort") or (
            t.pos.startswith("SPEC") and "-" in t.word and t.word[-1].islower()
        )
    else:
        low = t.word.lower()
        ok = t.word.isalpha() or "-" in t.word
        ok = (
            ok
            and low not in W.NL_STOPWORDS | W.EN_STOPWORDS | W.NL_PREPOSITIONS
            and not t.word[0].isupper()
        )
        ok = ok or ("-" in t.word and t.word[-1].islower())
    return sentence.span_text(k, m + 1) if ok else ""


def _in_ordinal_pair(tokens: tuple, k: int, language: str) -> bool:
    """True for either ordinal of 'de derde en vierde goal'."""
    words = [t.word for t in tokens]
    before = k >= 2 and words[k - 1] in ("en", "of") and parse_ordinal(words[k - 2], language)
    after = (
        k + 2 < len(words)
        and words[k + 1] in ("en", "of")
        and parse_ordinal(words[k + 2], language)
    )
    return bool(before or after)


def ordinals(sentence: Sentence, language: str, mentions: list[Mention]) -> Iterator[Fact]:
    """Ordinals before a noun ('de veertiende voorzitter', 'de 21e etappe'), not 'eerste'."""
    tokens = sentence.tokens
    for k, token in enumerate(tokens):
        number = parse_ordinal(token.word, language)
        if number is None or number.value < 2:
            continue
        if (
            number.value == 2
            and number.form == "words"
            and _lower([t.word for t in tokens], k + 1) in ("helft", "half", "keer")
        ):
            continue
        if k + 1 >= len(tokens) or not tokens[k + 1].word[:1].isalpha():
            continue
        if k > 0 and token.word[:1].isupper() and tokens[k + 1].word[:1].isupper():
            continue  # part of a name: 'de Tweede Kamer', 'de Derde Wereld'
        if _in_ordinal_pair(tokens, k, language):
            continue  # 'de eerste en tweede categorie': the neighbour gives it away

        noun = _counted_noun(sentence, k + 1, language) or (
            tokens[k + 1].word if tokens[k + 1].word in ("en", "and") else ""
        )
        if noun:
            yield Fact("ordinal", token.word, sentence, k, k + 1, number, noun, token.word)


def _askable_place(name: str, language: str) -> bool:
    """A place of known kind; not the home country, which every Dutch story is about."""
    if language == "nl" and name == "Nederland":
        return False
    return language != "nl" or bool(place_kind(name, language))


def names(sentence: Sentence, language: str, mentions: list[Mention]) -> Iterator[Fact]:
    """Full person names, places and organisations mentioned in the sentence."""
    for m in mentions:
        if m.sentence != sentence.index or m.kind not in KIND_NAMES | {"MISC": ""}:
            continue
        kind = "ORG" if m.kind != "PER" and organisation_class(m.text) else m.kind
        if kind == "MISC":
            continue
        if any(t.pos.startswith("ADJ") for t in sentence.tokens[m.i : m.j]) or (
            m.text.isupper() and kind != "ORG"
        ):
            continue
        if kind == "PER" and not clean_person(m):
            continue
        if kind == "LOC" and not _askable_place(m.text, language):
            continue
        if kind == "ORG" and not organisation_class(m.text):
            continue
        yield Fact(KIND_NAMES[kind], m.text, sentence, m.i, m.j, m, kind, m.text)


def origins(sentence: Sentence, language: str, mentions: list[Mention]) -> Iterator[Fact]:
    """A person's country in the article's own words: 'Ingrid Hansen uit Denemarken'.

    The key is the country after 'uit'; the fact's value is the person. A nationality
    word ('de Noor') is not a key: the country would not be the article's own words.
    """
    if language != "nl":
        return
    tokens = sentence.tokens
    for m in mentions:
        # a full name: Frog may label a name it does not know 'PRO'
        if m.sentence != sentence.index or m.kind != "PER" or len(m.text.split()) < 2:
            continue
        k = m.j
        if k + 1 >= len(tokens) or tokens[k].word != "uit" or not m.origin:
            continue
        end = k + 1
        while end < len(tokens) and tokens[end].entity.endswith("LOC"):
            end += 1
        country = sentence.span_text(k + 1, end)
        if place_kind(country, language) == "country" and country != "Nederland":
            yield Fact("origin", country, sentence, k + 1, end, m, "land", country)


def _department(words: list[str], a: int, z: int) -> str:
    """The department of 'minister van Financiën' in words a..z-1, or ''."""
    text = " ".join(words[a:z]).replace(" ,", ",")
    first = {d.split()[0] for d in W.DEPARTMENTS}
    named = all(w[:1].isupper() or w in (",", "en") for w in words[a:z])
    return text if z > a and words[a] in first and named else ""


def offices(sentence: Sentence, language: str, mentions: list[Mention]) -> Iterator[Fact]:
    """A person's public office right before the name: 'burgemeester Femke Halsema',
    'minister van Financiën Eelco Heinen', 'onderwijsminister Robbert Dijkgraaf'.

    The key is the office as written (lower case at the start of a sentence); the fact's
    value is the person. An office held before or to come ('oud-premier', 'voormalig
    burgemeester', 'beoogd minister') is no fact of today.
    """
    if language != "nl":
        return
    words = _words(sentence)
    for m in mentions:
        if m.sentence != sentence.index or m.kind != "PER" or len(m.text.split()) < 2:
            continue
        start = None
        if m.i >= 1 and (
            words[m.i - 1].lower() in W.OFFICE_OPTIONS
            or words[m.i - 1].lower() in W.COMPOUND_MINISTERS
        ):
            start = m.i - 1
        else:
            for k in range(max(0, m.i - 6), m.i - 2):
                if (
                    words[k].lower() in W.DEPARTMENT_OFFICES
                    and words[k + 1] in ("van", "voor")
                    and _department(words, k + 2, m.i)
                ):
                    start = k
                    break
        if start is None:
            continue
        before = words[start - 1].lower().rstrip("-") if start else ""
        if before in W.OFFICE_NOT_NOW or "-" in words[start]:
            continue
        key = sentence.span_text(start, m.i)
        key = key[:1].lower() + key[1:]  # an office is no name: 'Burgemeester X' opening
        yield Fact("office", key, sentence, start, m.i, m, "office", key)


SUCCESSION_NOUNS = {
    "voorganger": "predecessor",
    "voorgangster": "predecessor",
    "opvolger": "successor",
    "opvolgster": "successor",
}
OTHER_SIDE = {"predecessor": "successor", "successor": "predecessor"}
SUCCESSION_VERBS = frozenset({"volgt", "volgde"})  # 'X volgt Y op'
SUCCESSION_COPULAS = frozenset({"is", "was", "wordt", "werd"})


def _genitive_owner(word: str, mentions: list[Mention]) -> str:
    """The person a genitive names ('Ruttes', "Rutte's" -> 'Mark Rutte'), or ''."""
    for m in mentions:
        if m.kind == "PER" and len(m.text.split()) >= 2:
            last = m.text.split()[-1]
            if word in (f"{last}s", f"{last}'s", f"{last}'"):
                return m.text
    return ""


def _office_after(words: list[str], k: int) -> str:
    """'als trainer van Feyenoord' from position k up to the clause's end, or ''."""
    if _lower(words, k) != "als":
        return ""
    end = k + 1
    while end < len(words) and words[end] not in (",", ".", ";", ":") and end - k <= 6:
        end += 1
    if end >= len(words) or words[end] not in (",", ".") or end == k + 1:
        return ""
    rest = [w.lower() for w in words[k + 1 : end]]
    if any(w in W.NL_STOPWORDS - {"de", "het", "van", "bij", "voor"} for w in rest):
        return ""  # a clause, not an office: 'als hij ...'
    return " ".join(words[k:end])


def successions(sentence: Sentence, language: str, mentions: list[Mention]) -> Iterator[Fact]:
    """Who came before or after whom: 'Ruttes voorganger Jens Stoltenberg', 'Mark Rutte, de
    opvolger van Jens Stoltenberg', 'Mark Rutte is de opvolger van Jens Stoltenberg', 'Mark
    Rutte volgt Jens Stoltenberg op (als ...)'.

    The key is a full person name, the type says what the key is to the other person
    (`Succession`). Only these narrow forms count: an adjective before the noun ('de
    mogelijke opvolger') or a modal verb ('zal ... opvolgen') is no fact of today.
    """
    if language != "nl":
        return
    words = _words(sentence)
    here = [m for m in mentions if m.sentence == sentence.index and m.kind == "PER"]
    at = {m.i: m for m in here}

    def full(m: Mention | None) -> bool:
        return m is not None and len(m.text.split()) >= 2 and clean_person(m)

    def fact(m: Mention, relation: str, other: str, verb: str, office: str = "") -> Fact:
        value = Succession(other, verb, office)
        return Fact(relation, m.text, sentence, m.i, m.j, value, relation, m.text)

    for k, w in enumerate(words):
        relation = SUCCESSION_NOUNS.get(w.lower())
        owner = _genitive_owner(words[k - 1], mentions) if relation and k else ""
        if owner and full(at.get(k + 1)):  # 'Ruttes voorganger Jens Stoltenberg'
            yield fact(at[k + 1], relation, owner, "is")
    for m in here:
        j = m.j
        if not full(m) or j + 4 >= len(words):
            continue
        # 'X, de opvolger van Y' and 'X is (wordt) de opvolger van Y'
        link = words[j].lower()
        relation = SUCCESSION_NOUNS.get(words[j + 2].lower())
        other = at.get(j + 4)
        if (
            relation
            and link in SUCCESSION_COPULAS | {","}
            and words[j + 1].lower() == "de"
            and words[j + 3] == "van"
            and full(other)
        ):
            verb = "is" if link == "," else link
            office = _office_after(words, other.j)
            yield fact(m, relation, other.text, verb, office)
            yield fact(other, OTHER_SIDE[relation], m.text, "is", office)
            continue
        # 'X volgt (per 1 januari) Y op (als trainer)'
        if link not in SUCCESSION_VERBS:
            continue
        nxt = next((n for n in range(j + 1, min(j + 6, len(words))) if n in at), None)
        if nxt is None or any(x in (",", "niet", "geen") for x in words[j + 1 : nxt]):
            continue
        other = at[nxt]
        if full(other) and other.j < len(words) and words[other.j] == "op":
            office = _office_after(words, other.j + 1)
            past = "was" if link == "volgde" else "is"
            yield fact(m, "successor", other.text, link, office)
            yield fact(other, "predecessor", m.text, past, office)


EXTRACTORS: dict[str, Extractor] = {
    "succession": successions,  # before "name": these people are asked as successors
    "origin": origins,  # before "name": the country after 'uit' is an origin, not a place
    "office": offices,
    "ordinal": ordinals,
    "date": dates,
    "weekday": weekdays,
    "year": years,
    "quantity": quantities,
    "name": names,
}


def extract(sentence: Sentence, language: str, mentions: list[Mention]) -> list[Fact]:
    """All facts of a sentence from every registered extractor; overlapping spans keep the first."""
    facts, taken = [], set()
    for extractor in EXTRACTORS.values():
        for fact in extractor(sentence, language, mentions):
            span = set(range(fact.i, fact.j))
            if span & taken:
                continue
            taken |= span
            facts.append(fact)
    return facts
