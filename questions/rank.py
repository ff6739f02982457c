"""Filters that drop uncertain candidates, a difficulty estimate, ranking and option order."""

from __future__ import annotations

import functools
import hashlib
import random
import re

from wordfreq import get_frequency_dict, zipf_frequency

from questions import resources as R
from questions import wordlists as W
from questions.analysis.base import Sentence
from questions.facts import PERSON_TYPES, Fact
from questions.numbers import first_number, parse_cardinal, parse_ordinal
from questions.records import Question

TYPE_WEIGHT = {
    "ordinal": 1.0,
    "count": 0.9,
    "amount": 0.85,
    "percentage": 0.85,
    "date": 0.8,
    "year": 0.75,
    "duration": 0.7,
    "measure": 0.7,
    "person": 0.65,
    "place": 0.55,
    "month": 0.5,
    "organisation": 0.5,
    "weekday": 0.35,
    "origin": 0.65,
    "office": 0.45,  # below the numbers: a copied sentence naming the office beats it
    "successor": 0.7,
    "predecessor": 0.6,
}
TEMPLATE_BONUS = {
    "ordinal_question": 0.3,
    "members_question": 0.6,  # 'Hoeveel landen telt de EU?' stands alone wherever it is
    "origin_question": 0.3,
    "office_question": 0.3,
    "since_question": 0.3,
    "succession_question": 0.3,
    "relative_who_question": 0.2,
    "count_question": 0.2,
    "wh_question": 0.2,
    "who_question": 0.2,
    "gapfill": 0.0,
}
MIN_WORDS, MAX_WORDS = 5, 45
# Types whose options are numbers, ordered ascending; the same as distractors.LADDERS.
NUMERIC_TYPES = ("count", "amount", "percentage", "measure", "duration", "year", "ordinal", "date")


def sentence_problem(sentence: Sentence, language: str) -> str:
    """Why a sentence cannot carry a question ('' when it can)."""
    text = sentence.text.strip()
    words = R.WORD_RE.findall(text)
    if not sentence.aligned:
        return "tokens not aligned with text"
    if not R.TERMINAL_RE.search(text):
        return "not a full sentence (heading or caption)"
    if text.rstrip(R.QUOTE_CHARS + ")").endswith("?"):
        return "sentence is a question"
    if len(words) < MIN_WORDS:
        return "sentence too short"
    if len(words) > MAX_WORDS:
        return "sentence too long"
    tagged = any(t.pos.startswith(("WW", "BW", "VG", "ADJ")) for t in sentence.tokens)  # Frog
    if tagged and not any(t.pos.startswith("WW(pv") for t in sentence.tokens):
        return "no finite verb (a fragment, not a sentence)"
    if text[:1] in ",;:)":
        return "the sentence opens with a comma (cut at an abbreviation such as 'S.')"
    if _unbalanced_quotes(text):
        return "quotation marks do not pair up (sentence cut from a quote)"
    if text.count("(") != text.count(")"):
        return "brackets do not pair up (a sentence cut in two)"
    if (
        text[:1] in R.QUOTE_CHARS
        or R.BOILERPLATE_WORD_RE.search(text)
        or R.VIDEO_CAPTION_RE.match(text)
    ):
        return "quote or boilerplate"
    if _repeated_finite_verb(sentence):
        return "the same verb twice in a row of words (a typo in the source)"
    if _main_clause_lacks_finite_verb(sentence):
        return "the main clause has a participle but no finite verb (a slip in the source)"
    return ""


def _main_clause_lacks_finite_verb(sentence: Sentence) -> bool:
    """'De politie vier personen aangehouden die ...': the auxiliary fell out in the source.

    Only the words before the first comma, relative pronoun or conjunction count, in a
    sentence that opens with its subject, and only a participle right after a noun (Frog
    tags some plural present verbs as infinitives, so those are not counted).
    """
    tokens = sentence.tokens
    if not tokens or not tokens[0].pos.startswith(("LID", "N(", "SPEC")):
        return False
    for k, token in enumerate(tokens):
        if token.pos.startswith(("VNW(betr", "VG(", "WW(pv")) or token.word in (",", ";", ":"):
            return False
        if token.pos.startswith("WW(vd,vrij") and tokens[k - 1].pos.startswith("N("):
            return True
    return False


def _repeated_finite_verb(sentence: Sentence) -> bool:
    """'dat de provincie gaat zo snel mogelijk gaat praten': a garbled source sentence."""
    tokens = sentence.tokens
    for k, token in enumerate(tokens):
        if not token.pos.startswith("WW(pv"):
            continue
        following = tokens[k + 1 : k + 7]
        if any(t.word.lower() == token.word.lower() for t in following):
            return True
    return False


# A closing single quote: after a word or a stop and not before a letter; 'auto’s' and
# '’t Polderhuus' hold an apostrophe
SINGLE_CLOSE_RE = re.compile(r"(?<=\S)’(?!\w)")


def _quote_marks(text: str) -> tuple[int, int]:
    """(opening, closing) curly quotation marks in the text, double and single."""
    opened = sum(text.count(c) for c in "“„«‘")
    closed = sum(text.count(c) for c in "”»") + len(SINGLE_CLOSE_RE.findall(text))
    return opened, closed


def _unbalanced_quotes(text: str) -> bool:
    """True when a sentence opens or closes a quotation it does not contain whole."""
    # '„...”' pairs a low opening with a right closing mark; '“...”' and '‘...’' likewise
    opened, closed = _quote_marks(text)
    return bool(text.count('"') % 2) or opened != closed


def key_in_quote(fact: Fact) -> bool:
    """True when the key sits inside quotation marks (a claim, not a reported fact)."""
    before = fact.sentence.text[: fact.sentence.tokens[fact.i].start]
    opened, closed = _quote_marks(before)
    return before.count('"') % 2 == 1 or opened > closed


def stem_problem(stem: str, key: str, options: list[str]) -> str:
    """Why a realised item is unsafe ('' when it is fine)."""
    low = stem.lower()
    if re.search(rf"(?<!\w){re.escape(key.lower())}(?!\w)", low):
        return "key appears in stem"
    if len(options) != len({o.lower() for o in options}) or len(options) < 4:
        return "too few distinct options"
    if any(o != key and re.search(rf"(?<!\w){re.escape(o.lower())}(?!\w)", low) for o in options):
        return "an option appears in the stem"
    words = [o.lower() for o in options if not re.search(r"\d", o)]
    if any(a != b and b.startswith(a) for a in words for b in words):
        return "one option is another with letters added ('Wachterprijs', 'Wachterprijswinnaar')"
    if acronym_in_stem(key, stem):
        return "the key's acronym or its expansion is in the stem"
    return ""


# Words that give a number's order ('Honderden scholen moeten sluiten'): [low, high)
MAGNITUDES = {
    "tientallen": (10, 100),
    "honderden": (100, 1000),
    "duizenden": (1000, 10_000),
    "tienduizenden": (10_000, 100_000),
    "honderdduizenden": (100_000, 1_000_000),
}


def _option_value(option: str) -> float | None:
    number = parse_cardinal(option.split()[0].lower(), "nl") if option.split() else None
    return number.value if number else None


def magnitude_problem(shown: str, key: str, options: list[str]) -> str:
    """Why the options break an order the player reads ('' when they do not): the headline
    says 'Honderden scholen' and an option is 1000 or more, while the key is in hundreds."""
    values = [_option_value(o) for o in options]
    value = _option_value(key)
    if value is None or None in values:
        return ""
    for word in re.findall(r"[^\W\d_]+", shown.lower()):
        low, high = MAGNITUDES.get(word, (0, 0))
        if low <= value < high and any(not low <= v < high for v in values):
            return f"'{word}' above the question rules out options of another order"
    return ""


def _initials(words: list[str]) -> str:
    """First letters of words that start with a capital: 'Fryske Nasjonale Partij' -> 'FNP'."""
    return "".join(w[0] for w in words if w[:1].isupper())


def acronym_in_stem(key: str, stem: str) -> bool:
    """True when the stem holds the key's expansion ('FNP') or the key's acronym (a full name)."""
    words = re.findall(r"[\w'’-]+", stem)
    if key.isupper() and len(key) >= 2:
        for a in range(len(words)):
            for b in range(a + 2, min(len(words), a + 8) + 1):
                run = words[a:b]
                if not run[0][:1].isupper() or not run[-1][:1].isupper():
                    continue
                if _initials(run) == key.replace(".", ""):
                    return True
        return False
    initials = _initials(key.split())
    return len(initials) >= 2 and initials in words


def seeded_rng(*parts: str) -> random.Random:
    """A random generator seeded from content, so the same article gives the same quiz."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return random.Random(int(digest[:16], 16))


def order_options(
    key: str, distractors: list[str], fact_type: str, rng: random.Random
) -> tuple[tuple[str, ...], int]:
    """Numbers ascending (the key's rank varies with the distractors); other types shuffled."""
    options = [key] + distractors
    if fact_type in NUMERIC_TYPES:
        numbers = [first_number(o) for o in options]
        if all(n is not None for n in numbers):
            options = [
                o for _, o in sorted(zip(numbers, options, strict=False), key=lambda p: p[0])
            ]
            return tuple(options), options.index(key)
    rng.shuffle(options)
    return tuple(options), options.index(key)


def difficulty(fact: Fact, options: tuple[str, ...], position: float, language: str) -> float:
    """0 easy .. 1 hard: later in the article, rarer words and closer numbers are harder."""
    familiarity = sum(zipf_frequency(o, language) for o in options) / len(options)
    base = {"weekday": 0.25, "month": 0.3, "year": 0.45, "ordinal": 0.5}.get(fact.type, 0.5)
    value = base + 0.25 * position + 0.05 * (4.0 - min(familiarity, 6.0))
    return round(min(0.95, max(0.05, value)), 2)


def score(fact: Fact, template: str, position: float) -> float:
    """Ranking score: type, question form, lead position (a key the headline gives away is
    no candidate at all)."""
    return TYPE_WEIGHT.get(fact.type, 0.3) + TEMPLATE_BONUS.get(template, 0) + 0.6 * (1 - position)


def _mentions(stem: str, key: str) -> bool:
    """True when a stem holds a key as a whole word ('1,7 procent' in '... van 1,7 procent')."""
    return bool(re.search(rf"(?<![\w,.-]){re.escape(key.lower())}(?![\w-]|[.,]\d)", stem.lower()))


def _answers(asked: Question, other: Question) -> bool:
    """True when one question's stem holds the other's key: as a whole word, or a weekday
    in a longer word ('zaterdagmorgen' answers 'Op welke dag ...?' with 'zaterdag')."""
    if _mentions(asked.stem, other.key):
        return True
    if other.fact_type != "weekday":
        return False
    day = _identity(other)
    return bool(re.search(rf"(?<![\w-]){re.escape(day)}", asked.stem.lower()))


# Questions about a person rather than the sentence ('Welke functie heeft X?') copy none
# of it: they do not count towards the sentence's one question.
PERSON_TEMPLATES = frozenset({"office_question", "origin_question"})


def _identity(q: Question) -> str:
    """What a key is about: 'woensdagochtend' and 'woensdag' are one day, 'december' and
    '6 december' one month, each asked once."""
    key = q.key.lower()
    if q.fact_type == "weekday":
        return next((d for d in W.day_names("nl") + W.day_names("en") if key.startswith(d)), key)
    if q.fact_type in ("month", "date"):
        # 'december' and '6 december 2019' date one event: asking both gives one away
        months = W.month_names("nl") + W.month_names("en")
        return next((m for m in months if re.search(rf"\b{m}\b", key)), key)
    return key


def select(
    candidates: list[tuple[float, Question]], limit: int | None, per_sentence: int = 1
) -> list[Question]:
    """Best first; one question per key (one per day for weekdays, per month for dates),
    at most `per_sentence` per evidence sentence (not
    counting questions about a person), and no question whose stem holds another one's key
    (one quiz would answer itself)."""
    chosen: list[Question] = []
    keys: set[str] = set()
    per: dict[str, int] = {}
    for _, q in sorted(candidates, key=lambda c: -c[0]):
        k = _identity(q)
        full = per.get(q.evidence, 0) >= per_sentence and q.template not in PERSON_TEMPLATES
        if k in keys or full:
            continue
        if any(_answers(q, c) or _answers(c, q) for c in chosen):
            continue
        keys.add(k)
        if q.template not in PERSON_TEMPLATES:
            per[q.evidence] = per.get(q.evidence, 0) + 1
        chosen.append(q)
        if limit is not None and len(chosen) >= limit:
            break
    return chosen


# Words of letters only, hyphenated parts kept together (unlike resources.WORD_RE, no
# digits and no apostrophes: 'capybara's' and '14e' are no candidates for a typo).
LETTER_WORD_RE = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)*(?![\w-])")


@functools.cache
def known_word(word: str, language: str, depth: int = 0) -> bool:
    """True for a word wordfreq knows, or a compound of known words ('vrouwen|estafette|ploeg',
    'stad|s|bestuur'); False for a typo ('patïenten')."""
    if zipf_frequency(word, language) > 0:
        return True
    if depth >= 3:
        return False
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        heads = (head, head[:-1]) if head.endswith("s") and len(head) > 4 else (head,)
        if any(zipf_frequency(h, language) >= 1.5 for h in heads) and known_word(
            tail, language, depth + 1
        ):
            return True
    return False


LETTERS = "abcdefghijklmnopqrstuvwxyzéëèïöü"


@functools.cache
def near_miss(word: str, language: str) -> str:
    """The common word (Zipf 3 or more) a word no dictionary knows is one slip away from:
    a letter wrong, added, left out or two swapped ('cabaratier', 'sluting',
    'parchtige'); '' when there is none or the word itself is known."""
    if zipf_frequency(word, language) > 0:
        return ""
    edits = set()
    for k in range(len(word) + 1):
        head, tail = word[:k], word[k:]
        edits.update(head + c + tail for c in LETTERS)  # a letter left out
        if tail:
            edits.add(head + tail[1:])  # a letter added
            edits.update(head + c + tail[1:] for c in LETTERS)  # a letter wrong
        if len(tail) > 1:
            edits.add(head + tail[1] + tail[0] + tail[2:])  # two swapped
    common = sorted((edits - {word}) & _frequent_words(language))
    return common[0] if common else ""


@functools.cache
def _frequent_words(language: str) -> frozenset[str]:
    """Words of Zipf 3 or more (a frequency of one in a million, as zipf_frequency rounds
    it): one set lookup per variant instead of a tokenising zipf_frequency call each."""
    floor = 10 ** (2.995 - 9)
    return frozenset(w for w, f in get_frequency_dict(language).items() if f >= floor)


def typo_problem(stem: str, language: str) -> str:
    """Why a stem copies a slip of the source ('' when it does not): a lower-case word of
    five letters or more that is neither a known word nor a compound of known words, or
    one letter from a common word ('cabaratier'), a second capital ('TIlburg'), a particle
    written twice or a participle split in two."""
    for word in LETTER_WORD_RE.findall(stem.replace("___", " ")):
        if CAPS_SLIP_RE.fullmatch(word):
            return f"'{word}' has a second capital by a slip of the source"
        if word[:1].isupper():
            continue  # names and the sentence's first word
        glued = GLUED_RE.fullmatch(word) if language == "nl" else None
        if glued and zipf_frequency(word, language) == 0 and known_word(glued[1], language):
            return f"'{word}' runs two words together ('{glued[1]} {glued[2]}'): a slip"
        for part in word.lower().split("-"):
            if len(part) >= 5 and not known_word(part, language):
                return f"a word no dictionary knows ('{word}'): a typo copied from the source"
            meant = near_miss(part, language) if len(part) >= 6 else ""
            if meant:
                return f"'{word}' is one letter from the common word '{meant}': a typo"
    garbled = GARBLED_NAME_RE.search(stem)
    if garbled:
        return f"'{garbled[0]}' lost a letter to an apostrophe (a slip of the source)"
    if language == "nl":
        twice = DOUBLED_WORD_RE.search(stem) or DOUBLED_ARTICLE_RE.search(stem)
        if twice:
            return f"'{twice[0]}': a word written twice (a slip of the source)"
        if ENE_RE.search(stem):
            return "'ene' where the source meant 'een' (a slip of the source)"
        doubled = DOUBLED_PARTICLE_RE.search(stem)
        if doubled:
            return f"the particle '{doubled.group(1)}' stands twice (a slip in the source)"
        for particle, participle in SPLIT_PARTICIPLE_RE.findall(stem):
            joined = f"{particle}{participle}".lower()
            if zipf_frequency(joined, language) >= 1.8:
                return f"'{particle} {participle}' is one word ('{joined}'): a slip in the source"
    return ""


# 'komt uit op ___ uit': a separable verb's particle written twice
DOUBLED_PARTICLE_RE = re.compile(
    r"(?<![\w-])(uit|aan|af|door|mee|toe|bij|terug)\s+(?:op|aan|in|bij|naar|met)\s.*"
    r"\s\1[.!?]?$",
    re.I,
)
# 'in in haar woonplaats': a short word written twice ('dat dat', 'die die' and 'zijn zijn'
# are Dutch)
DOUBLED_WORD_RE = re.compile(
    r"(?<![\w-])(in|op|de|het|een|van|voor|met|te|aan|naar|bij|om|en|of|is)\s+\1(?![\w-])",
    re.I,
)
# 'in het ’t Polderhuus': an article before a name that has its own; 'volgens ene
# woordvoerder': 'ene' for 'een' ('de ene', 'aan het ene eind' are Dutch)
DOUBLED_ARTICLE_RE = re.compile(r"(?<![\w-])(?:het|de)\s+['’]t(?![\w])", re.I)
ENE_RE = re.compile(r"(?<!de )(?<!het )(?<!die )(?<!dat )(?<![\w-])ene\s+[a-zà-ÿ]", re.I)
# 'And’re Rieu': a letter lost to an apostrophe in a name ('O’Neill' has a capital after it)
GARBLED_NAME_RE = re.compile(r"(?<![\w-])[A-Z][a-z]+[’'](?!s\b)[a-z]{2,}")
# 'prijzendashboardvan': a word and the preposition or article after it, space lost
GLUED_RE = re.compile(r"([^\W\d_]{5,})(van|het)")
# 'TIlburg': a shift key held too long; not the digraph of 'IJmuiden', not an acronym
CAPS_SLIP_RE = re.compile(r"(?!IJ)[A-Z]{2}[a-z]{2,}")

# A separable verb's participle written in two ('heeft stil gelegen', 'is vast gezet').
SPLIT_PARTICIPLE_RE = re.compile(
    r"(?<![\w-])(stil|vast|open|dicht|neer|terug|mee|weg|af|op|uit|aan|door|samen|tegen|"
    r"voort|bij|toe|na|om|over|in)\s+(ge[a-zë]{2,}(?:d|t|en))(?![\w-])",
    re.I,
)


# Words that point back to something the stem does not show: 'Daarvoor moeten ze ...',
# 'de laatste daarvan', 'de gelijknamige provincie', 'de andere vijf woningen'.
ANAPHOR_RE = re.compile(
    r"(?<!\w)(daarvoor|daarvan|daarmee|daardoor|daarom|daarbij|daarop|daarin|daaruit|"
    r"sindsdien|hierdoor|hiervan|hiermee|hiervoor|hierna|hierbij|"
    r"de gelijknamige|het gelijknamige|de andere|het andere|de overige|enige andere|"
    r"een dergelijke|een dergelijk|zo'n soort|"
    # 'Op die ___ was Lafay de sterkste': the gap is the thing the demonstrative points to
    r"(?:op|in|bij|na|tijdens|voor|met|van|uit|aan|over) (?:die|deze) ___)(?!\w)",
    re.I,
)
# At the start only: 'Daarna ...', 'Deze zanger ...', 'Dat kwam ...'.
# 'Het is een van de maatregelen ...': 'het' stands for something the sentence before named
OPENING_ANAPHOR_RE = re.compile(
    r"^(daarna|dit|deze|die|dat|toen|ook dat|het (?:is|was) (?:een|één) van)\b", re.I
)
MONTHS_RE = (
    r"(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
)
DATE_IN_STEM_RE = re.compile(rf"\b\d{{1,2}} {MONTHS_RE}\b", re.I)
COMPARISON_RE = re.compile(r"\b(dan|vergeleken met|ten opzichte van)\b[^,.;]{0,40}___", re.I)
DETERMINER_GAP_RE = re.compile(r"(?<!\w)(de|het|een)\s+___", re.I)


def anaphor_problem(stem: str) -> str:
    """Why a stem does not stand alone ('' when it does).

    A stem that shows the sentence before its own ('A. Dat kwam doordat ___') is let through.
    """
    if re.search(r"[.!?]\s+[A-Z\"“]", stem.strip()):
        return ""
    if ANAPHOR_RE.search(stem) or OPENING_ANAPHOR_RE.match(stem.strip()):
        return "the stem points back to something it does not show"
    return ""


# a match or set score ('2-1', '6-4'), not a date range or a phone number
SCORE_RE = re.compile(r"(?<![\w.,/-])\d{1,2}-\d{1,2}(?![\w/-]|[.,]\d)")
# what may follow the gap and its noun: a list after a comma or colon, up to the full stop
LIST_AFTER_RE = re.compile(r"___[^,:;.]*[,:]\s*([^;]+?)\s*[.!?]?$")
LIST_SPLIT_RE = re.compile(r",\s*|\s+(?:en|and|of|or)\s+")


def count_cue_problem(fact: Fact, stem: str) -> str:
    """Why the rest of the stem tells a small number ('' when it does not).

    A score next to the gap counts the goals or sets ('met ___ doelpunten: 2-1'), a list
    after it counts its items ('___ medailles, op de 1500 en 3000 meter'), 'de ___ politici'
    refers back to people the story already named. (A key at the ladder's floor, 'twee',
    is dropped by `distractors.pick`: nothing fits below it.)
    """
    if fact.type != "count":
        return ""
    value = getattr(fact.value, "value", None)
    if value is None:
        return ""
    if _stem_numbers_add_up(stem, value):
        return "the other numbers in the stem add up to the key"
    if value > 10:
        return ""
    if SCORE_RE.search(stem):
        return "a score in the sentence gives the count away ('2-1')"
    listed = LIST_AFTER_RE.search(stem)
    if listed and len(LIST_SPLIT_RE.split(listed.group(1))) == value:
        return "the list after the count gives it away ('op de 1500 en 3000 meter')"
    # '___ hoogleraren van de UU, de TU Delft, het UMC en de RUG': one place for each
    clause = re.split(r"[.;:!?]", stem.partition("___")[2], maxsplit=1)[0]
    items = LIST_SPLIT_RE.split(clause)
    listing = clause.count(",") >= 2  # 'de 500 en 1000 meter' after one comma is no list
    if listing and len(items) == value and all(len(i.split()) <= 7 for i in items):
        return "a list of as many items after the count gives it away"
    if value <= 5 and re.search(r"(?<!\w)(?:de|die|deze|beide|the|these)\s+___", stem, re.I):
        return "'de ___ politici' refers back to what the story already named"
    return ""


def _neighbour_in_stem(fact: Fact, stem: str) -> bool:
    """True when the stem names the rank right before or after an ordinal key ('de ___ plek
    ..., gevolgd door nummer vier'): the key is the only option left."""
    value = getattr(fact.value, "value", None)
    if value is None:
        return False
    for match in re.finditer(r"(?:nummer\s+)?([\w]+)", stem):
        word = match.group(1)
        ordinal = parse_ordinal(word, "nl")
        number = ordinal or (parse_cardinal(word, "nl") if match.group(0) != word else None)
        if number is not None and abs(number.value - value) == 1:
            return True
    return False


def _number_in_a_name(fact: Fact) -> bool:
    """'de Falcon 9', 'in de Formule 1': a capitalised word inside the sentence right before
    the number, after an article rather than a preposition ('in Nederland 38 schapen')."""
    if fact.i < 2:
        return False
    tokens = fact.sentence.tokens
    name, before = tokens[fact.i - 1], tokens[fact.i - 2].word.lower()
    determiners = W.NL_DETERMINERS | {"the", "a", "an"}
    return (
        name.word[:1].isupper()
        and name.word.isalpha()
        and not name.word.isupper()  # 'op het NFF 321 titels': an organisation's count
        and not name.entity.endswith(("LOC", "PER", "ORG"))
        and before in determiners
    )


def _stem_numbers_add_up(stem: str, value: float) -> bool:
    """True when the stem's other numbers and the key make a sum: the key is their total
    ('___ medailles: vier keer goud, vijf keer zilver en één keer brons') or one of the
    parts of a total the stem gives."""
    numbers = []
    for word in re.findall(r"(?<![\w-])[\w.,]+(?![\w-])", stem):
        word = word.strip(".,")
        if word.lower() in ("één", "one"):
            numbers.append(1)  # not a number word of its own: 'een' is also the article
            continue
        number = parse_cardinal(word, "nl") or parse_cardinal(word, "en")
        if number is not None and not YEAR_RE.fullmatch(word):
            numbers.append(number.value)
    if len(numbers) < 2:
        return False
    total = sum(numbers)
    # the key is the total, or one of the parts ('vijf medailles (___ zilver, één brons)')
    return any(abs(x - (value + total - x)) < 1e-9 for x in numbers) or abs(total - value) < 1e-9


# the gap in brackets right after a number and its unit: a conversion of that number
CONVERTED_RE = re.compile(r"\d[\d.,]*(?:[ -]?[^\W\d]+){0,3}\s*\(\s*___")
# English: a capitalised word right after the gap that is no plural noun ('51 Pegasi b')
EN_NAME_AFTER_RE = re.compile(
    r"___\s+(?!(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b)[A-Z][a-z]+(?<!s)\b"
)
SCALES = (10, 100, 1000, 1_000_000)


def _stem_number_scales_to_key(stem: str, value: float) -> bool:
    """True when another number of the stem is the key times a power of ten: a unit
    conversion ('800 hectare, ___ vierkante kilometer') or a tenfold the stem spells out."""
    for word in re.findall(r"(?<![\w-])\d[\d.,]*(?![\w-])", stem):
        word = word.strip(".,")
        number = parse_cardinal(word, "nl")
        if number is None or YEAR_RE.fullmatch(word) or not number.value:
            continue
        big, small = max(number.value, value), min(number.value, value)
        if any(abs(big - small * scale) < 1e-9 * big for scale in SCALES):
            return True
    return False


# A race over a set distance ('de 4×100 meter wisselslag', '50 rug', 'op de 1500 meter'):
# other distances name events that do not exist.
RACE_DISTANCE_RE = re.compile(
    r"\d\s*[×x]\s*___|___\s*[×x]\s*\d"
    r"|___\s+(?:meter\s+)?(?:rug|vrij|vrije\s+slag|school|schoolslag|vlinder|vlinderslag|"
    r"wisselslag|borstcrawl|horden|estafette|ploegenachtervolging)\b"
    r"|\bde\s+(?:eerste|laatste)\s+___"
    r"|\bop\s+de\s+___(?=\s*(?:[,.;]|$|\s+(?:in|met|won|werd|pakte|veroverde|zwom|liep|reed)\b))",
    re.I,
)


# A bound before a number: 'meer dan ___ mensen' is also true of every smaller option.
# English only: Dutch 'over ___' is a distance or a time to come ('een rit over 158 km').
EN_BOUND_RE = re.compile(r"(?<!\w)(?:over|under)\s+___", re.I)
BOUND_RE = re.compile(
    r"(?<!\w)(?:(?:meer|minder|groter|kleiner|hoger|lager|langer|korter|ouder|jonger|"
    r"more|less|fewer|greater|higher|lower|longer|shorter|older|younger)\s+(?:dan|than)|"
    r"ten\s+minste|tenminste|minstens|zeker|maximaal|hooguit|minimaal|tot\s+wel|ruim\s+boven|"
    r"boven(?:\s+de)?|onder(?:\s+de)?|at\s+least|up\s+to|at\s+most)\s+___"
    r"|___\s+(?:of|or)\s+(?:meer|minder|langer|korter|hoger|lager|ouder|jonger|later|eerder|"
    r"more|less|longer|higher|older|younger)\b",
    re.I,
)


# The course of a race: '___ vlakke kilometers richting de finish', '___ km voor de streep'.
TO_THE_FINISH_RE = re.compile(
    r"___\s+(?:\w+\s+)?(?:kilometers?|km|meters?)\b[^.]{0,40}"
    r"\b(?:richting|voor|van|tot|naar)\s+(?:de\s+)?(?:finish|streep|meet|aankomst)\b"
    r"|\b(?:ronden?|rondes|lokale ronde|plaatselijke ronde)\s+van\s+___",  # a lap's length
    re.I,
)
# Emphasis that tells a number is large ('maar liefst ___ jongen'): the key is the top option
EMPHASIS_RE = re.compile(
    r"\b(?:maar\s+)?liefst\s+___|\b(?:no\s+fewer\s+than|as\s+many\s+as)\s+___", re.I
)
# Words that tell a number is small ('slechts ___ woningen', 'Hoeveel ... slechts ...?')
FEW_RE = re.compile(
    r"\b(?:slechts|amper|nauwelijks|ternauwernood|nog\s+geen|only|barely)\s+___"
    r"|^(?:Hoeveel|How\s+many|How\s+much)\b.*\b(?:slechts|amper|nauwelijks|only|barely)\b",
    re.I,
)
# A range the stem shows one end of: '13-___ eeuw', 'van 10 tot ___', '___-15e eeuw'
RANGE_END_RE = re.compile(
    r"\d(?:e|ste|de)?\s*(?:-|–|tot(?:\s+en\s+met)?)\s*(?:de\s+)?___|___\s*(?:-|–)\s*\d"
)
# Two days side by side: 'het weekend van 6 en ___ maart', 'zaterdag en ___'
DAY_PAIR_RE = re.compile(
    rf"(?<![\w-])(?:\d{{1,2}}|{'|'.join(W.day_names('nl'))})\s+(?:en|of)\s+___"
    r"|___\s+(?:en|of)\s+\d{1,2}\s+[a-z]",
    re.I,
)
# 'de kwartfinales van de ___ editie', 'in de ___ editie': an edition named in passing
EDITION_PHRASE_RE = re.compile(
    r"\b(?:van|in|tijdens|bij|op|na|voor)\s+de\s+___\s+(?:editie|jaargang)\b", re.I
)
# 'zijn sterkste elf': the team of a football match, eleven by the rules of the game
TEAM_ELEVEN_RE = re.compile(r"\b(?:sterkste|beste|vaste|ideale|basis)\s+___", re.I)
# 'jongeren tot ___', 'kinderen onder de ___': an age that defines a group of people
AGE_GROUP_RE = re.compile(
    r"\b(?:jongeren|kinderen|ouderen|volwassenen|leerlingen|scholieren|studenten|jongens|"
    r"meisjes|vrouwen|mannen|mensen|werknemers|inwoners)\s+(?:tot|onder|boven|vanaf|van)\s+"
    r"(?:en\s+met\s+|de\s+)?___",
    re.I,
)
# A survey's size: 'een inventarisatie bij ___ supermarktketens', 'een peiling onder ___'.
SURVEY_SIZE_RE = re.compile(
    r"\b(?:inventarisatie|peiling|enquête|onderzoek|rondgang|steekproef|analyse)\s+"
    r"(?:\w+\s+){0,3}?(?:bij|onder|van)\s+(?:ruim\s+|bijna\s+|zo'n\s+)?___",
    re.I,
)


# 'groei van 3,2 procent in 2018 en 2,7 procent in ___': a year in a series with another
# year is the next (or the one before); earlier years are no forecast at all
YEAR_SERIES_RE = re.compile(
    r"\b(?:19|20)\d\d\s+(?:en|tot|of)\b[^.;]{0,40}___|___\s+(?:en|tot|of)\b[^.;]{0,40}"
    r"\b(?:19|20)\d\d\b"
)
# 'Tot dusver ging het CPB uit van ___', 'Aanvankelijk werd ___ verwacht': an estimate or
# plan the story replaces (a finite verb in the past tense; 'tot nu toe zijn er' is now)
SUPERSEDED_RE = re.compile(r"\b(?:tot dusver|tot nu toe|aanvankelijk|oorspronkelijk)\b", re.I)
# 'het dichtst bij een doelpunt', 'een inzet op de lat': a chance that came to nothing is
# a side part of a match, not its result
NEAR_MISS_RE = re.compile(
    r"\b(?:dichtst(?:\s+|-)?bij|de (?:lat|paal|kruising)|het aluminium|(?:beste|grootste) kans"
    r"|te laat (?:om|was)|miste)\b",
    re.I,
)


def superseded_problem(fact: Fact, stem: str) -> str:
    """Why the key is an estimate or plan the story has replaced ('' when it is not)."""
    if not SUPERSEDED_RE.search(stem):
        return ""
    if any(t.pos.startswith("WW(pv,verl") for t in fact.sentence.tokens):
        return "an earlier estimate or plan ('tot dusver ging ... uit van'), replaced in the story"
    return ""


# Verbs that tell how a study was done ('GfK vergeleek de prijzen van 55 producten'): the
# count or period in such a sentence is its sample, not what it found.
METHOD_LEMMAS = frozenset({"vergelijken", "ondervragen", "enquêteren", "peilen", "bevragen"})


# One word for a period that a duration key gives in numbers: 'eerste halfjaar' in the
# headline above 'In de eerste ___ van 2019' tells 'zes maanden'.
PERIOD_WORDS: dict[tuple[str, int], tuple[str, ...]] = {
    ("maanden", 6): ("halfjaar", "half jaar"),
    ("maanden", 3): ("kwartaal",),
    ("jaar", 10): ("decennium",),
    ("jaar", 100): ("eeuw",),
    ("uur", 24): ("etmaal",),
}


def period_in_headline(fact: Fact, headline: str) -> str:
    """Why the headline gives a duration key away in one word ('' when it does not)."""
    value = getattr(fact.value, "value", None)
    if fact.type != "duration" or value is None:
        return ""
    for word in PERIOD_WORDS.get((fact.noun.lower(), int(value)), ()):
        if re.search(rf"(?<!\w){word}(?!\w)", headline, re.I):
            return f"the headline says '{word}', which is the key in other words"
    return ""


# A weekday copied into a gap-fill stem must date the sentence's own event: not a side
# clause ('De man die ___ is aangehouden, zit nog vast'), not the day of a report ('meldt
# Nature Today ___'), not a day glued to a name ('Gast was ___ Anna Bos').
WEEKDAY_SIDE_RE = re.compile(
    r"\b(?:die|dat)\s+___"
    r"|\b(?:meldt|meldde|melden|stelt|stelde|zegt|zei|schrijft|schreef|aldus)\s+(?:\S+\s+){0,3}___"
    r"|___\s+[A-Z]",
)


def weekday_gap_problem(stem: str) -> str:
    """Why a weekday gap dates something else than the sentence's event ('' when it does not)."""
    if WEEKDAY_SIDE_RE.search(stem):
        return "a weekday of a side clause, a report or a name, not of the sentence's event"
    return ""


def other_day_problem(stem: str, key: str) -> str:
    """Why a weekday question's options are ordered by another day in its stem ('Na de
    windhoos op ___ zijn vrijdag ...': only the days before Friday fit); '' when none."""
    asked = key.lower()
    for day in W.day_names("nl"):
        if not asked.startswith(day) and re.search(rf"(?<![\w-]){day}", stem, re.I):
            return f"another day in the stem ('{day}') leaves only the days beside it"
    return ""


def _numbers(text: str, scale: str, language: str) -> list[float]:
    """Numbers in a text with the scale word after them ('25 miljoen'), or without one."""
    found = []
    for match in re.finditer(r"(?<![\w.,-])([\d.,]+|\w+)(?:\s+(miljoen|miljard))?", text):
        number = parse_cardinal(match[1].lower(), language)
        if number is not None and (match[2] or "") == scale and number.value >= 2:
            found.append(number.value)
    return found


def sum_give_away(fact: Fact, stem: str, headline: str, language: str = "nl") -> str:
    """Why the key follows by adding or subtracting numbers the player sees ('' when not):
    'De Staat telde ___ neer, het fonds 25 miljoen' under a headline of 175 miljoen."""
    value = getattr(fact.value, "value", None)
    if fact.type not in ("amount", "count", "percentage") or not value or value < 10:
        return ""
    words = [w.lower() for w in fact.noun.split() if w != "#"]  # '# miljoen euro'
    scale = words[0] if words and words[0] in ("miljoen", "miljard") else ""
    seen = _numbers(f"{headline} {stem.replace('___', ' ')}", scale, language)
    for k, a in enumerate(seen):
        for b in seen[k + 1 :]:
            if value in (a + b, abs(a - b)):
                return "the key is the sum or difference of two numbers the player sees"
    return ""


def aside_problem(fact: Fact, stem: str, template: str, year: int, language: str = "nl") -> str:
    """Why a fact is a trivial aside or an easy give-away ('' when it is worth asking)."""
    if re.search(r"(?<!\()\b(?:ANP|Belga|Reuters|AFP|AP|DPA)\b(?!\))", stem):
        return "the news agency's own reporting ('meldt ANP') is no fact of the story"
    bound = BOUND_RE.search(stem) or (language == "en" and EN_BOUND_RE.search(stem))
    if fact.type in NUMERIC_TYPES and bound:
        return "'meer dan ___': a bound, so other options are true as well"
    if re.search(r"___\s+en\s+-\w", stem):
        return "the gap cuts a pair written short ('___ en -avond')"
    if re.search(r"(?<![\w.])a\.s\.(?!\w)", stem):
        return "'a.s.' (coming) holds only on the day the story appeared"
    if fact.type == "percentage" and re.match(r"100(?:,0+)?(?:\s|%)", fact.key):
        return "100 procent is a ceiling: the key would be the highest option"
    if fact.type in NUMERIC_TYPES and EMPHASIS_RE.search(stem):
        return "'maar liefst ___' says the key is a large number: the highest option"
    if fact.type in NUMERIC_TYPES and FEW_RE.search(stem):
        return "'slechts ___' says the key is a small number: the lowest option"
    if fact.type in NUMERIC_TYPES and RANGE_END_RE.search(stem):
        return "the gap ends a range the stem opens ('13-___'): options past its start cannot be"
    if fact.type in ("date", "weekday") and DAY_PAIR_RE.search(stem):
        return "a pair of days ('het weekend van 6 en ___ maart'): only the day next to it fits"
    if fact.type == "count" and fact.key.lower() in ("elf", "11") and TEAM_ELEVEN_RE.search(stem):
        return "'de sterkste elf' is a football team, not a count"
    if fact.type == "duration" and re.search(r"___\s+geleden\b", stem):
        return "how long ago, counted from the day the story appeared, is an aside"
    if fact.type == "ordinal" and re.search(r"(?<!\w)[Ee]en\s+___", stem):
        return "'een ___' with an ordinal is one more ('een vierde inzittende'), not a rank"
    if fact.type == "duration" and AGE_GROUP_RE.search(stem):
        return "an age bound defines a group ('jongeren tot ___'): no news, and widely known"
    if fact.type == "count" and re.search(r"___\s+tegen\s+\d|\d+\s+tegen\s+___", stem):
        return "a vote next to its counterpart ('81 tegen ___'): options break the total"
    if fact.type in ("count", "measure") and RACE_DISTANCE_RE.search(stem):
        return "a race distance: other distances are events that do not exist"
    if fact.type in ("count", "measure") and TO_THE_FINISH_RE.search(stem):
        return "the distance left to the finish: a detail of the race's course"
    if fact.type == "count" and SURVEY_SIZE_RE.search(stem):
        return "how many a survey asked ('een peiling onder ___ ziekenhuizen'): its method"
    words = fact.key.split()
    if len(words) > 1 and re.search(rf"___\s+{re.escape(words[-1])}(?!\w)", stem):
        return "the unit stands twice after the gap ('8,8 procent procent', a slip in the source)"
    if fact.type == "ordinal" and _neighbour_in_stem(fact, stem):
        return "the stem names the place next to the key ('gevolgd door nummer vier')"
    if fact.type in NUMERIC_TYPES and _number_in_a_name(fact):
        return "a number that is part of a name ('de Falcon ___', 'Formule ___')"
    if fact.type == "count" and getattr(fact.value, "decimals", 0):
        return "a bare decimal number ('met ___ zilver': a time or a score) has no unit to ask"
    if fact.type in NUMERIC_TYPES and CONVERTED_RE.search(stem):
        return "the key converts the number before it ('22-mile (___-km)', '900 zloty (___)')"
    if fact.type in NUMERIC_TYPES and language == "en" and EN_NAME_AFTER_RE.search(stem):
        return "a number that is part of a name ('___ Pegasi b', '___ Downing Street')"
    if fact.type == "year" and re.search(
        rf"(?<![\w-]){fact.key[-2:]}(?![\w-])", stem.replace('"', " ")
    ):
        return "the stem holds the year's last two digits ('\"19\" for the year')"
    if fact.type == "duration" and language == "en" and re.search(r"___\s+old\b|aged\s+___", stem):
        return "an age ('who is ___ old') is an aside"
    value = getattr(fact.value, "value", None)
    if fact.type in NUMERIC_TYPES and value and _stem_number_scales_to_key(stem, value):
        return "a number in the stem converts to the key ('800 hectare is ___ vierkante kilometer')"
    problem = count_cue_problem(fact, stem)
    if problem:
        return problem
    if (
        fact.type == "count"
        and template == "gapfill"
        and re.search(r"(?<!\w)(?:de|alle)\s+___", stem, re.I)
    ):
        return "a definite count ('de ___ lidstaten') is the size of a known set: background"
    if fact.type == "duration" and re.search(r"___\s+(?:oudere|jongere|ouder|jonger)\b", stem):
        return "an age difference ('de elf jaar oudere ...') is an aside"
    if fact.type == "duration" and re.search(r"___\s+(?:oude|durende?|lange|bestaande)\b", stem):
        return "a duration that describes a noun ('het ___ oude record') is an aside"
    if re.search(r",\s*met\s+(?:zijn|haar|hun|de|het)?\s*[^,]{0,30}___[^,]{0,30},", stem):
        return "a detail between commas (', met haar ___ leden,') is an aside"
    if fact.type == "duration" and re.search(
        r"\b(?:is|was|wordt|werd|zijn|waren)\s+(?:[a-z]+\s+){0,2}___(?:[,.]|$)",
        stem,
    ):
        return "an age ('Venus is al ___') is an aside, and its options are hard to make fair"
    if fact.type == "measure" and re.search(r"___\s+ten\s+(?:noorden|oosten|zuiden|westen)", stem):
        return "how far one place lies from another is an aside"
    if fact.type == "ordinal" and fact.noun.lower() in W.BOUNDED_SERIES:
        return "a quarter, half or set: a short series whose later options do not exist"
    if fact.type == "ordinal" and fact.noun.lower() in ("editie", "jaargang"):
        words = re.findall(r"[\w.]+", stem)
        if any(parse_ordinal(w, language) for w in words if w != fact.key):
            # 'in de ___ editie ... voor de twaalfde keer': the other number is the news
            return "which edition an event was is an aside beside what happened at it"
        if EDITION_PHRASE_RE.search(stem):
            # 'de laatste acht van de ___ editie': the edition won is news, one named in
            # passing is not
            return "which edition an event was is an aside beside what happened at it"
    if fact.type in ("count", "duration") and any(
        t.lemma.lower() in METHOD_LEMMAS for t in fact.sentence.tokens
    ):
        return "what a study compared or asked, or over how long, is its method, not its finding"
    if fact.type == "measure" and re.search(
        r"\bnog\s+___|___\s+(?:van|voor)\s+(?:de|het)\s+(?:streep|finish|meet|einde)\b", stem
    ):
        return "the distance still to go is a moment in a race, not its result"
    if fact.type == "weekday" and (DATE_IN_STEM_RE.search(stem) or re.search(r"___ \d", stem)):
        return "a weekday for a date the stem already gives"
    if fact.type == "month":
        later = re.search(r"___ ((?:19|20)\d\d)\b", stem)
        if later and int(later.group(1)) < year:
            return "the month of a background event in an earlier year"
    if fact.type == "year":
        if YEAR_SERIES_RE.search(stem):
            return "a year in a series with another ('in 2018 en ... in ___'): it is the next"
        if COMPARISON_RE.search(stem):
            return "the year something is compared with"
        if re.match(r"^In ___\b", stem.strip()) and fact.key.isdigit() and int(fact.key) < year:
            return "the year of a background event"
    if (
        fact.type == "ordinal"
        and template != "ordinal_question"
        and fact.key.lower() in ("eerste", "tweede", "1e", "2e", "first", "second")
    ):
        return "a first or second in a copied sentence: the context tells it"
    if fact.type in ("organisation", "place") and DETERMINER_GAP_RE.search(stem):
        return "an article before the gap that the options may not all take"
    if fact.type in PERSON_TYPES and NEAR_MISS_RE.search(stem):
        return "a near miss ('het dichtst bij een doelpunt'): a side part, not the result"
    if language == "nl":
        return superseded_problem(fact, stem)
    return ""


# Nouns for a person, group or role: a copied sentence that names its subject only as
# 'de zanger' or 'het duo' never says who the question is about.
ROLE_NOUNS = "|".join(sorted(W.PERSON_ROLE_NOUNS, key=lambda n: (-len(n), n)))
# Compounds that end in a role noun: 'de rockzangeres', 'de oud-premier'; short nouns
# ('stel', 'man', 'ster', 'club') only on their own ('voorstel', 'monster' are not roles).
_LONG_ROLES = "|".join(n for n in ROLE_NOUNS.split("|") if len(n) >= 6)
DESCRIPTION_RE = re.compile(
    rf"(?<!\w)(?:de|het)\s+(?:[\w-]+e\s+){{0,2}}"
    rf"(?:[\w-]*(?:{_LONG_ROLES})|(?:{ROLE_NOUNS}))(?!\w)(?!\s+___)"
    r"|^de\s+\d+-jarige\b",  # 'De 21-jarige reed ...': an age, no name
    re.I,
)
# Openings that continue the sentence before: 'Nog vijf mensen ...', 'Ook in Syrië ...'.
CONTINUATION_RE = re.compile(r"^(nog|ook|bovendien|verder|wel|toch)\b", re.I)


def description_problem(stem: str, names: list[str]) -> str:
    """Why a stem never says whom it is about ('' when it does).

    A stem that names its subject only by a description ('De zangeres zal in ___ steden
    optreden.') or opens by continuing the sentence before ('Nog ___ mensen ...') is unsafe
    unless a person's or organisation's name from the article is in it, or it shows the
    sentence before its own.
    """
    text = stem.strip()
    if re.search(r"[.!?]\s+[A-Z\"“]", text):
        return ""
    if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in names if n):
        return ""
    if CONTINUATION_RE.match(text):
        return "the stem continues an earlier sentence and names no one"
    if DESCRIPTION_RE.search(text):
        return "the stem names its subject only by a description ('de zanger')"
    return ""


NATIONALITY_NOUNS = "|".join(sorted(W.NATIONALITIES, key=len, reverse=True))
# 'Wie verving de Mexicaan?': someone named only by nationality, with no name after it
NATIONALITY_ONLY_RE = re.compile(rf"\b(?:de|het) (?:{NATIONALITY_NOUNS})\b(?![ -]+[A-Z])")


def nationality_only_problem(stem: str) -> str:
    """Why the stem names someone only by nationality ('' when it does not)."""
    found = NATIONALITY_ONLY_RE.search(stem)
    if found:
        return f"the stem names someone only as '{found.group(0)}': the player cannot tell who"
    return ""


# 'ook', 'eveneens': others did the same, so a wrong option may be true as well
ALSO_RE = re.compile(r"(?<!\w)(?:ook|eveneens|tevens|evenmin|also|too)(?!\w)", re.I)
# the gap inside a list of names: 'Kensington, ___, Tino Martin en ...'
LIST_GAP_RE = re.compile(r",\s*___\s*(?:,|en\b|and\b|&)|___,\s*[^,]{1,40},\s")


def _gap_clause(stem: str) -> str:
    """The clause around the gap (the whole question for 'Wie ...?'): from the last comma
    before it up to the first comma, 'en', 'maar' or 'terwijl' after it."""
    at = stem.find("___")
    if at < 0:
        return stem
    start = max(stem.rfind(",", 0, at), stem.rfind(";", 0, at)) + 1
    end = re.search(r"[,;]|\s(?:en|maar|terwijl|and|but|while)\s", stem[at + 3 :])
    return stem[start : at + 3 + end.start()] if end else stem[start:]


def person_stem_problem(stem: str, names: list[str]) -> str:
    """Why a question about a person cannot have one answer ('' when it can).

    A stem whose subject is someone it only describes ('De 24-jarige schaatsster hield ___
    achter zich') may offer that very person among the options.
    """
    described = DESCRIPTION_RE.search(stem)
    if described and described.start() == 0:
        words = set(described.group(0).lower().split())
        # 'De ploeg van trainer ___': the gap is the description's owner, not its object
        owner = re.match(r"\s+van\s+(?:[a-z][\w-]*\s+)?___", stem[described.end() :])
        if not words & W.GROUP_NOUNS and not owner:
            return "the stem's subject is someone it only describes: that person may be an option"
    if ALSO_RE.search(_gap_clause(stem)):
        return "the stem says 'ook': others did the same, so another option may be true"
    if LIST_GAP_RE.search(stem):
        return "the gap is one name from a list"
    if stem.startswith("Wie "):
        for name in names:
            if re.search(rf",\s+{re.escape(name)}(?!\w)", stem):
                return "'Wie won ..., X de ...': the question keeps another person's elided clause"
    return ""


YEAR_RE = re.compile(r"(?<![\w-])(?<!sinds )(?<!vanaf )(1[89]\d\d|20\d\d)(?![\w-])", re.I)


def background_number_problem(fact_type: str, sentence: str, year: int) -> str:
    """Why a count, amount or percentage is about an earlier event ('' when it is not).

    A sentence that names a year before the article's own ('In 1999 werden 500 mensen
    dakloos') tells a background event; 'sinds 2010' and 'vanaf 2010' still lead to now.
    """
    if fact_type not in ("count", "amount", "percentage", "measure"):
        return ""
    years = [int(y) for y in YEAR_RE.findall(sentence)]
    if years and max(years) < year:
        return "a number from a background event of an earlier year"
    return ""


def history_person_problem(stem: str, lead: str) -> str:
    """'Wie verloor in 2000 de finale?': a year the story's lead does not reach dates a
    person's part in its history, not in the news (the lead may be undated, so the story's
    year is unknown)."""
    years = set(YEAR_RE.findall(stem)) - set(YEAR_RE.findall(lead))
    if years:
        return f"a person in the story's history ({min(years)}), not in its news"
    return ""


def office_problem(fact: Fact, shown: str, sentences: list[str]) -> str:
    """Why 'Welke functie heeft X?' is no fair question ('' when it is): everyone knows a
    head of government, the headline or stem may be about the key's department, or the
    story may say X has left."""
    if fact.key.lower() in W.HEAD_OFFICES:
        return "a head of government's office is common knowledge, and changes hands"
    return topic_problem(fact.key, shown) or left_office_problem(fact.value.text, sentences)


def topic_problem(key: str, shown: str) -> str:
    """An office whose department the headline or stem is about gives itself away:
    'Welke functie heeft ...?' under a headline on exam results is 'onderwijsminister'."""
    low = key.lower()
    department = low.split(" van ", 1)[1] if " van " in low else low.removesuffix("minister")
    for area, words in W.DEPARTMENT_TOPICS.items():
        if not department.startswith(area):
            continue
        shown_words = LETTER_WORD_RE.findall(shown.lower())
        hit = next((w for w in shown_words for t in words.split() if w.startswith(t)), "")
        if hit:
            return f"the headline or stem is about the key's department ('{hit}' for {key})"
    return ""


LEFT_OFFICE_RE = re.compile(
    r"(?<!\w)(?:opstappen|opgestapt|stapte op|aftreden|afgetreden|trad af|teruggetreden|"
    r"ontslag|ontslagen|vertrek|vertrokken|weggestuurd|stepped down|resigned|resignation)(?!\w)",
    re.I,
)


def left_office_problem(name: str, sentences: list[str]) -> str:
    """Whether the story says the person left: 'na het opstappen van burgemeester X' or
    'de intussen afgetreden X' makes 'Welke functie heeft X?' wrong in the present tense."""
    surname = name.split()[-1]
    for sentence in sentences:
        if R.has_word(sentence, surname) and LEFT_OFFICE_RE.search(sentence):
            return "the story says this person left: the office is no longer theirs"
    return ""


def vague_who_problem(stem: str, headline: str) -> str:
    """'Wie maakte lang een sterke indruk?' under 'Schouten snelste op natuurijs': a who
    question with no number, no name and no word of the headline does not say which event
    it asks about (a player would not know which race, nor could one answer be right)."""
    words = stem.rstrip("?").split()[1:]
    if any(re.search(r"\d", w) or w[:1].isupper() for w in words):
        return ""
    shown = {w[:4] for w in re.findall(r"\w{4,}", headline.lower())}
    if any(w[:4].lower() in shown for w in words if len(w) >= 4):
        return ""
    return "the who question names no event of the story: which race or match is meant?"
