"""Distractor strategies: fact type -> wrong options of the same type and form (registry)."""

from __future__ import annotations

import datetime
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from questions import gazetteers as gz
from questions import wordlists as W
from questions.facts import Fact
from questions.gazetteers import familiar_cities, familiar_states, place_kind, region_of
from questions.memory import EntityMemory
from questions.numbers import Number, format_cardinal, format_ordinal
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


Strategy = Callable[[Fact, Context, random.Random], list[str]]


def _nice_unit(value: int) -> int:
    """Largest of 1, 5, 10, 50, ... that divides value and is at most a quarter of it."""
    unit = 1
    for candidate in (5, 10, 50, 100, 500, 1000, 5000, 10_000, 50_000, 100_000):
        if value % candidate == 0 and candidate * 4 <= value:
            unit = candidate
    return unit


def numeric_neighbours(
    value: float, rng: random.Random, decimals: int = 0, small: bool = False
) -> list[float]:
    """Nearby values of the same magnitude and precision; how many lie below the key varies."""
    scale = 10**decimals
    v = int(round(value * scale))
    if v <= 0:
        return []
    unit = _nice_unit(v)
    step = unit * max(1, round(v * (0.04 if small else 0.12) / unit))
    below = rng.choice([0, 1, 1, 2, 2, 3]) if v - 3 * step > 0 else rng.choice([0, 1])
    below = min(below, max(0, (v - 1) // step))
    offsets = [-(k + 1) for k in range(below)] + [k + 1 for k in range(3 - below)]
    if rng.random() < 0.5:  # skip one step now and then so the key is not always in the middle
        offsets = [
            o + (1 if o > 0 else -1) if abs(o) == max(abs(x) for x in offsets) else o
            for o in offsets
        ]
    values = [(v + o * step) / scale for o in offsets]
    extra = [(v + o * step) / scale for o in (4, 5, -4, -5) if v + o * step > 0]
    return [x for x in values if x > 0] + extra


def _numbers(fact: Fact, ctx: Context, rng: random.Random, small: bool = False) -> list[str]:
    """Cardinal distractors written like the key (digits, words, decimals)."""
    number: Number = fact.value
    if number is None:
        return []
    out = []
    for x in numeric_neighbours(number.value, rng, number.decimals, small):
        if fact.type in ("count", "duration") and x < 2:
            continue
        text = format_cardinal(x, number, ctx.language)
        if text:
            out.append(fact.key.replace(fact.part, text, 1))
    return out


def ordinals(fact: Fact, ctx: Context, rng: random.Random) -> list[str]:
    """Other ordinals in the same form ('dertiende', '15e')."""
    number: Number = fact.value
    out = []
    v = int(number.value)
    below = rng.choice([1, 1, 2, 2, 3, 0]) if v > 4 else min(v - 2, rng.choice([0, 1]))
    offsets = [-(k + 1) for k in range(below)] + [k + 1 for k in range(3 - below)] + [4, -4, 5]
    if rng.random() < 0.4 and v > 6:
        offsets[0] -= 1
    for o in offsets:
        if v + o >= 2:
            text = format_ordinal(v + o, number, ctx.language)
            if text:
                out.append(text)
    return out


def counts(fact: Fact, ctx: Context, rng: random.Random) -> list[str]:
    """Other counts of the same magnitude and writing."""
    return _numbers(fact, ctx, rng)


def years(fact: Fact, ctx: Context, rng: random.Random) -> list[str]:
    """Years a few years before or after the key, never past the article's own year."""
    year = int(fact.key)
    latest = max(ctx.year, year)
    offsets = rng.sample([-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6], 8)
    return [str(year + o) for o in offsets if year + o <= latest]


def dates(fact: Fact, ctx: Context, rng: random.Random) -> list[str]:
    """Same month and year, other days."""
    day, _month = fact.value
    offsets = rng.sample([-9, -7, -5, -3, -2, -1, 1, 2, 3, 5, 7, 9, 12], 8)
    out = []
    for o in offsets:
        d = day + o
        if 1 <= d <= 28:
            out.append(re.sub(rf"\b{day}\b", str(d), fact.key, count=1))
    return out


def months(fact: Fact, ctx: Context, rng: random.Random) -> list[str]:
    """Other months close to the key, written in the same case."""
    names = W.month_names(ctx.language)
    offsets = rng.sample([-3, -2, -1, 1, 2, 3, 4], 7)
    return [_same_case(names[(fact.value + o) % 12], fact.key) for o in offsets]


def weekdays(fact: Fact, ctx: Context, rng: random.Random) -> list[str]:
    """Other weekdays, keeping a part of the day ('zaterdagmiddag' -> 'vrijdagmiddag')."""
    names = W.day_names(ctx.language)
    rest = fact.key[len(fact.part) :]
    others = [n for k, n in enumerate(names) if k != fact.value]
    rng.shuffle(others)
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
    longer = {m.text for m in ctx.mentions if m.kind == "PER" and m.text != name}
    return any(other.lower().endswith(" " + name.lower()) for other in longer)


def _role_of(name: str, ctx: Context) -> str:
    """The title word the article puts right before a person ('trainer', 'minister'), or ''."""
    for fact in ctx.facts:
        if fact.type == "person" and fact.key == name and fact.i > 0:
            word = fact.sentence.tokens[fact.i - 1].word.lower()
            if word in W.NL_TITLES:
                return word
    return ""


def persons(fact: Fact, ctx: Context, rng: random.Random) -> list[str]:
    """Other people: with the key's title ('minister') when it has one, else the article's.

    A titled key takes people with the same title, from the article and then from the entity
    memory; only when those run short do other people of the article follow.
    """
    found = _article_names(fact, ctx, ("PER",))
    role = _role_of(fact.key, ctx)
    if not role:
        return found
    titled = [n for n in found if _role_of(n, ctx) == role]
    if ctx.memory is not None:
        remembered = [
            n
            for n in ctx.memory.names("person", role)
            if n not in found and not _same_person(n, fact.key, ctx)
        ]
        rng.shuffle(remembered)
        titled += remembered
    return titled + [n for n in found if n not in titled]


def remember_names(memory: EntityMemory, ctx: Context) -> None:
    """Teach the memory this article's people with their titles (and without)."""
    for fact in ctx.facts:
        if fact.type == "person":
            memory.remember("person", fact.key, _role_of(fact.key, ctx))


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


STRATEGIES: dict[str, Strategy] = {
    "ordinal": ordinals,
    "count": counts,
    "duration": counts,
    "percentage": counts,
    "amount": counts,
    "year": years,
    "date": dates,
    "month": months,
    "weekday": weekdays,
    "person": persons,
    "organisation": organisations,  # only organisations of a known class, see gazetteers
    "place": places,
}


def true_values(fact: Fact, ctx: Context) -> set[str]:
    """Values the article states for the same slot (same type and noun) or in the same sentence."""
    out = set()
    for other in ctx.facts:
        names = fact.type in ("person", "place", "organisation")
        same_slot = (
            not names and other.type == fact.type and other.noun.lower() == fact.noun.lower()
        )
        if same_slot or (other.sentence.index == fact.sentence.index and other.type == fact.type):
            out.add(other.key.lower())
    return out


def pick(fact: Fact, ctx: Context, rng: random.Random, stem: str, n: int = 3) -> list[str]:
    """n distractors: valid for the fact type, unique, never true, never already in the stem."""
    strategy = STRATEGIES.get(fact.type)
    if strategy is None:
        return []
    forbidden = true_values(fact, ctx) | {fact.key.lower()}
    stem_low = stem.lower()
    chosen: list[str] = []
    for candidate in strategy(fact, ctx, rng):
        low = candidate.lower()
        if low in forbidden or low in (c.lower() for c in chosen) or not candidate.strip():
            continue
        if re.search(rf"(?<!\w){re.escape(low)}(?!\w)", stem_low):
            continue
        if fact.type in ("person", "organisation", "place") and _shares_name_part(candidate, stem):
            continue
        if fact.type == "place" and names_in_stem(candidate, stem):
            continue
        aliases = [fact.key, *chosen] if fact.type == "organisation" else []
        if any(_alias(candidate, other) for other in aliases):
            continue
        chosen.append(candidate)
        if len(chosen) == n:
            break
    return chosen


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
