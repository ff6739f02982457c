"""Name mentions from BIO entity labels: clean spans, kinds, origins, full-name resolution."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from questions import wordlists as W
from questions.analysis.base import Sentence
from questions.analysis.simple import gazetteer
from questions.gazetteers import dutch_municipalities, dutch_provinces, sovereign_states

PARTICLES = frozenset(
    {"van", "de", "der", "den", "ter", "ten", "von", "le", "la", "da", "du", "di", "'t"}
)
KIND_NAMES = {"PER": "person", "LOC": "place", "ORG": "organisation"}


@dataclass(frozen=True)
class Mention:
    """A name in a sentence: tokens i..j-1, its kind (PER/LOC/ORG/MISC) and origin if stated."""

    kind: str
    text: str
    sentence: int
    i: int
    j: int
    origin: str = ""
    label: str = ""  # the analyzer's own label before correction (PER, PRO, MISC, ...)

    @property
    def size(self) -> int:
        """Number of tokens."""
        return self.j - self.i


def is_name_word(word: str) -> bool:
    """Capitalised word that can be part of a proper name (not a genitive like "Ruttes")."""
    return bool(word) and word[0].isupper() and any(c.isalpha() for c in word)


def bio_spans(sentence: Sentence) -> list[tuple[str, int, int]]:
    """(label, i, j) for every B-/I- run of entity labels."""
    spans, start, kind = [], None, ""
    for k, token in enumerate(sentence.tokens + (None,)):
        label = token.entity if token is not None else "O"
        if start is not None and (label == "O" or label.startswith("B-") or label[2:] != kind):
            spans.append((kind, start, k))
            start = None
        if label.startswith("B-") or (label.startswith("I-") and start is None):
            start, kind = k, label[2:]
    return spans


def split_runs(sentence: Sentence, i: int, j: int) -> list[tuple[int, int]]:
    """Runs of capitalised tokens (with name particles inside) within tokens i..j-1."""
    tokens = sentence.tokens
    runs, k = [], i
    while k < j:
        if is_name_word(tokens[k].word) and _usable(tokens[k].word, k, sentence):
            m = k + 1
            while m < j and (
                (is_name_word(tokens[m].word) and not _genitive(tokens[m].word))
                or (tokens[m].word in PARTICLES and _particles_then_name(tokens, m, j))
            ):
                m += 1
            runs.append((k, m))
            k = m
        else:
            k += 1
    return runs


def _particles_then_name(tokens: tuple, m: int, j: int) -> bool:
    """True when the particles from m on ('van den') lead to a name word before j."""
    while m < j and tokens[m].word in PARTICLES:
        m += 1
    return m < j and is_name_word(tokens[m].word)


def _usable(word: str, k: int, sentence: Sentence) -> bool:
    """Not a sentence-initial function word, a nationality, a title or a genitive."""
    low = word.lower()
    if low in W.NL_DETERMINERS and _town_opening(sentence, k):
        return True  # 'Den Haag', 'De Bilt'
    if word in W.NATIONALITIES or low in W.NL_TITLES or low in W.NL_DETERMINERS:
        return False
    if k == 0 and (low in W.NL_STOPWORDS or low in W.EN_STOPWORDS or low in W.NL_PRONOUNS):
        return False
    return not _genitive(word)


def _town_opening(sentence: Sentence, k: int) -> bool:
    """True when the word at k opens a town's name with the next word ('Den Haag')."""
    tokens = sentence.tokens
    return (
        k + 1 < len(tokens) and f"{tokens[k].word} {tokens[k + 1].word}" in dutch_municipalities()
    )


def _genitive(word: str) -> bool:
    """'Ruttes', 'Rutte's' and friends; not a first name ('Carlos')."""
    return word.endswith(("'s", "’s")) or (
        word.endswith("s")
        and len(word) > 4
        and word[:-1] in gazetteer("familienamen")
        and word not in gazetteer("voornamen")
    )


def kind_of(label: str, text: str, language: str) -> str:
    """PER/LOC/ORG/MISC, correcting Frog's PRO/MISC for names that start with a first name."""
    first = text.split()[0]
    if first in W.PLACE_NAME_HEADS and len(text.split()) >= 2:
        return "LOC"  # 'Alto de Vivero' is a climb, 'Monte Grappa' a mountain
    if (
        label in ("PRO", "MISC", "EVE")
        and len(text.split()) >= 2
        and first in gazetteer("voornamen")
    ):
        return "PER"
    return label if label in ("PER", "LOC", "ORG") else "MISC"


def origin_of(sentence: Sentence, i: int, j: int) -> str:
    """Country given by a nationality word before ("de Noor ...") or "uit X" after the name."""
    tokens = sentence.tokens
    if i > 0 and tokens[i - 1].word in W.NATIONALITIES:
        return W.NATIONALITIES[tokens[i - 1].word]
    if j + 1 < len(tokens) and tokens[j].word == "uit" and tokens[j + 1].entity.endswith("LOC"):
        return tokens[j + 1].word
    return ""


def mentions(sentence: Sentence, language: str = "nl") -> list[Mention]:
    """Cleaned name mentions of one sentence."""
    found = []
    for label, i, j in bio_spans(sentence):
        for a, b in split_runs(sentence, i, j):
            before = sentence.tokens[a - 1] if a >= 1 else None
            if (
                before is not None
                and before.entity == "O"
                and before.pos.startswith("SPEC")
                and _usable(before.word, a - 1, sentence)
                and before.word in gazetteer("voornamen")
            ):
                a, label = a - 1, "PER"
            elif a >= 1 and before.word[:1].isupper() and _town_opening(sentence, a - 1):
                a = a - 1  # 'De Bilt' labelled from 'Bilt' on
            if label == "PER":
                b = _with_surname(sentence, a, b)
            b = _without_home_town(sentence, a, b)
            text = sentence.span_text(a, b)
            kind = kind_of(label, text, language)
            origin = origin_of(sentence, a, b) if kind == "PER" else ""
            found.append(Mention(kind, text, sentence.index, a, b, origin, label))
    return found


def _with_surname(sentence: Sentence, a: int, b: int) -> int:
    """End of a lone first name with the surname the tagger left out of it: 'Patrick'
    labelled a person and 'Roest' (also a common word) left outside -> 'Patrick Roest'."""
    tokens = sentence.tokens
    if b - a != 1 or b >= len(tokens) or tokens[a].word not in gazetteer("voornamen"):
        return b
    after = tokens[b]
    if (
        after.entity == "O"
        and after.pos.startswith("SPEC")
        and is_name_word(after.word)
        and _usable(after.word, b, sentence)
    ):
        return b + 1
    return b


@cache
def _home_places() -> frozenset[str]:
    """Dutch towns and provinces and the world's countries: where a person may be 'van'."""
    return frozenset(dutch_municipalities() | dutch_provinces() | set(sovereign_states("nl")))


def _without_home_town(sentence: Sentence, a: int, b: int) -> int:
    """End of a name without a town after it: 'Sharon Dijksma van Utrecht' -> 'Sharon
    Dijksma'. A 'van' right after the first name is part of the surname ('Jan van Gent')."""
    words = [t.word for t in sentence.tokens[a:b]]
    for k in range(2, len(words) - 1):
        rest = " ".join(words[k + 1 :])
        if words[k] == "van" and words[k - 1] not in PARTICLES and rest in _home_places():
            return a + k
    return b


def clean_person(m: Mention) -> bool:
    """A full person name the analyzer itself labelled PER, not a club read as a name."""
    parts = m.text.split()
    return (
        m.kind == "PER"
        and len(parts) >= 2
        and m.label in ("PER", "")
        and not m.text.isupper()
        and not any(p in PERSON_STOP_WORDS for p in parts)
    )


# Words that end up in Frog's person spans but are never part of a person's name.
PERSON_STOP_WORDS = frozenset(
    {"II", "III", "FC", "Eagles", "United", "City", "Vak", "K", "Producties", "Productions"}
)


def full_names(all_mentions: list[Mention]) -> dict[str, str]:
    """Map a surname ("Rutte") to the one full person name that ends with it ("Mark Rutte")."""
    candidates: dict[str, set[str]] = {}
    for m in all_mentions:
        parts = m.text.split()
        if m.kind == "PER" and len(parts) >= 2:
            candidates.setdefault(parts[-1], set()).add(m.text)
            candidates.setdefault(m.text, set()).add(m.text)
    return {short: next(iter(full)) for short, full in candidates.items() if len(full) == 1}
