"""Pure-Python fallback analyzer: regex tokenizer, sentence splitter, number words, name spans."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from babel import Locale

from questions import resources as R
from questions import wordlists as W
from questions.analysis.base import Sentence, build_sentences, split_paragraphs

FROG_DATA = Path("/usr/share/frog/nld")
SENTENCE_END = {".", "!", "?"}


@cache
def gazetteer(name: str) -> frozenset[str]:
    """A Frog name list (first names, places, ...) when installed, else an empty set."""
    path = FROG_DATA / f"{name}.ner"
    try:
        return frozenset(
            line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
        )
    except OSError:
        return frozenset()


@cache
def country_names(language: str = "nl") -> frozenset[str]:
    """Country names from CLDR in the given language."""
    skip = {"EU", "EZ", "UN", "QO", "ZZ"}
    return frozenset(
        n
        for code, n in Locale(language).territories.items()
        if len(code) == 2 and code.isalpha() and code not in skip
    )


def tokenize(text: str) -> list[str]:
    """Split a paragraph into word, number and punctuation tokens."""
    return R.TOKEN_RE.findall(text)


def split_sentences(words: list[str], language: str) -> list[list[str]]:
    """Group tokens into sentences at . ! ? unless an abbreviation or initial precedes."""
    abbreviations = R.NL_ABBREVIATIONS if language == "nl" else R.EN_ABBREVIATIONS
    sentences, current = [], []
    for i, word in enumerate(words):
        current.append(word)
        if word not in SENTENCE_END:
            continue
        prev = words[i - 1] if i else ""
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if word == "." and (prev.lower() in abbreviations or (len(prev) == 1 and prev.isupper())):
            continue
        if nxt and nxt in R.QUOTE_CHARS:
            continue
        if nxt and not (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in R.QUOTE_CHARS):
            continue
        sentences.append(current)
        current = []
    if current:
        sentences.append(current)
    return sentences


def pos_tag(word: str, first: bool, language: str) -> str:
    """A coarse CGN-style tag from word lists and shape."""
    low = word.lower()
    if not any(c.isalnum() for c in word):
        return "LET()"
    ordinals = W.nl_ordinal_words() if language == "nl" else W.EN_ORDINAL_WORDS
    numbers = W.nl_number_words() if language == "nl" else W.EN_NUMBER_WORDS
    if R.ORDINAL_DIGIT_RE.match(word) or low in ordinals:
        return "TW(rang,prenom,stan)"
    if word[0].isdigit() or (low in numbers and low not in ("een", "één", "one", "a")):
        return "TW(hoofd,prenom,stan)"
    if low in W.NL_DETERMINERS or low in ("the", "a", "an"):
        return "LID(bep,stan,rest)"
    if low in W.NL_PRONOUNS or low in W.EN_PRONOUNS:
        return "VNW(pers,pron,stan)"
    if low in W.NL_PREPOSITIONS:
        return "VZ(init)"
    if word[0].isupper() and not first:
        return "SPEC(deeleigen)"
    if word[0].isupper() and first and (low in W.NL_STOPWORDS or low in W.EN_STOPWORDS):
        return "VNW(aanw,pron,stan)"
    if word[0].isupper():
        return "SPEC(deeleigen)"
    return "N(soort,ev,basis,zijd,stan)"


def entity_kind(span: list[str], language: str) -> str:
    """PER, LOC, ORG or MISC for a capitalised span, from name lists and shape."""
    text = " ".join(span)
    if (
        text in country_names(language)
        or text in gazetteer("plaatsen-nld")
        or text in gazetteer("gemeenten-nld")
    ):
        return "LOC"
    if text in gazetteer("provincies-nld") or text in gazetteer("landen-europa"):
        return "LOC"
    if len(span) >= 2 and span[0] in gazetteer("voornamen"):
        return "PER"
    if text.isupper() and len(text) >= 2:
        return "ORG"
    return "MISC"


def label_entities(words: list[str], tags: list[str], language: str) -> list[str]:
    """BIO labels for runs of capitalised words (with name particles inside)."""
    labels = ["O"] * len(words)
    i = 0
    particles = {"van", "de", "der", "den", "ter", "ten", "von", "le", "la", "da"}
    while i < len(words):
        if tags[i].startswith("SPEC"):
            j = i + 1
            while j < len(words) and (
                tags[j].startswith("SPEC")
                or (words[j] in particles and j + 1 < len(words) and tags[j + 1].startswith("SPEC"))
            ):
                j += 1
            kind = entity_kind(words[i:j], language)
            for k in range(i, j):
                labels[k] = ("B-" if k == i else "I-") + kind
            i = j
        else:
            i += 1
    return labels


class SimpleAnalyzer:
    """Regex-based analyzer for any language; used for English and when Frog is absent."""

    name = "simple"

    def __init__(self, language: str = "nl") -> None:
        self.language = language

    def analyze(self, text: str) -> list[Sentence]:
        """Split text into sentences with coarse tags and capitalised-span entities."""
        paragraphs = split_paragraphs(text)
        raw_paragraphs = []
        for paragraph in paragraphs:
            raw_sentences = []
            for words in split_sentences(tokenize(paragraph), self.language):
                tags = [pos_tag(w, k == 0, self.language) for k, w in enumerate(words)]
                entities = label_entities(words, tags, self.language)
                raw_sentences.append(
                    [
                        (w, w.lower(), t, e, "O")
                        for w, t, e in zip(words, tags, entities, strict=False)
                    ]
                )
            raw_paragraphs.append(raw_sentences)
        return build_sentences(raw_paragraphs, paragraphs)
