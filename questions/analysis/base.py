"""Token and sentence records, the Analyzer contract and offset alignment shared by analyzers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class Token:
    """One token with CGN tag, BIO entity label and BIO chunk label; offsets into its sentence."""

    word: str
    lemma: str
    pos: str  # CGN tag string, e.g. "TW(rang,prenom,stan)"
    entity: str = "O"  # BIO label, e.g. "B-PER"
    chunk: str = "O"  # BIO label, e.g. "B-NP"
    start: int = -1  # character offsets in Sentence.text; -1 when not aligned
    end: int = -1

    @property
    def tag(self) -> str:
        """Main CGN tag without features ("TW", "N", "SPEC", ...)."""
        return self.pos.split("(", 1)[0]


@dataclass(frozen=True)
class Sentence:
    """A sentence: its verbatim text, its tokens, and where it sits in the article."""

    text: str
    tokens: tuple[Token, ...]
    paragraph: int = 0
    index: int = 0  # position of the sentence in the whole text
    aligned: bool = True  # every token has offsets into `text`

    def span_text(self, i: int, j: int) -> str:
        """Verbatim text of tokens i..j-1."""
        if not self.aligned:
            return " ".join(t.word for t in self.tokens[i:j])
        return self.text[self.tokens[i].start : self.tokens[j - 1].end]


@runtime_checkable
class Analyzer(Protocol):
    """Turns text (paragraphs separated by blank lines) into analysed sentences."""

    name: str

    def analyze(self, text: str) -> list[Sentence]:
        """Split text into sentences of tokens with lemma, CGN tag, entity and chunk."""
        ...


def align(words: list[str], text: str, start: int = 0) -> list[tuple[int, int]] | None:
    """Character offsets of each word in text, in order; None when a word cannot be found."""
    spans = []
    pos = start
    for word in words:
        found = text.find(word, pos)
        if found < 0 or text[pos:found].strip():
            found = _loose_find(word, text, pos)
            if found is None:
                return None
            spans.append(found)
            pos = found[1]
            continue
        spans.append((found, found + len(word)))
        pos = found + len(word)
    return spans


def _loose_find(word: str, text: str, pos: int) -> tuple[int, int] | None:
    """Find a token whose spaces or quote characters the tokenizer changed."""
    i = pos
    while i < len(text) and text[i].isspace():
        i += 1
    j, k = i, 0
    target = word.replace(" ", "")
    while j < len(text) and k < len(target):
        if text[j].isspace():
            j += 1
            continue
        if text[j] != target[k] and not (_is_quote(text[j]) and _is_quote(target[k])):
            return None
        j += 1
        k += 1
    return (i, j) if k == len(target) else None


def _is_quote(char: str) -> bool:
    """True for any straight or curly quote character."""
    return char in "\"'“”„«»‘’‚`"


CLOSING_QUOTES = "”»"


def reattach_closing_quotes(raw_sentences: list[list[tuple]]) -> list[list[tuple]]:
    """Give a closing quote that opens a sentence back to the sentence before it.

    A tokenizer may cut '... „het karakter benadrukken.” Drie van de vier ...' after the full
    stop, so that the quote's closing mark opens the next sentence; both sentences would
    then look cut from a quotation.
    """
    out: list[list[tuple]] = []
    for raw in raw_sentences:
        raw = list(raw)
        while out and len(raw) > 1 and raw[0][0] in CLOSING_QUOTES:
            out[-1] = [*out[-1], raw.pop(0)]
        out.append(raw)
    return out


def build_sentences(
    paragraph_tokens: list[list[list[tuple]]], paragraphs: list[str]
) -> list[Sentence]:
    """Make aligned Sentence records from raw token tuples per sentence per paragraph."""
    sentences: list[Sentence] = []
    for p_index, (raw_sentences, paragraph) in enumerate(
        zip(paragraph_tokens, paragraphs, strict=False)
    ):
        cursor = 0
        for raw in reattach_closing_quotes(raw_sentences):
            words = [r[0] for r in raw]
            spans = align(words, paragraph, cursor)
            if spans is None:
                tokens = tuple(Token(*r) for r in raw)
                text = " ".join(words)
                sentences.append(Sentence(text, tokens, p_index, len(sentences), aligned=False))
                continue
            s0, s1 = spans[0][0], spans[-1][1]
            tokens = tuple(
                Token(*r, start=a - s0, end=b - s0) for r, (a, b) in zip(raw, spans, strict=False)
            )
            sentences.append(Sentence(paragraph[s0:s1], tokens, p_index, len(sentences)))
            cursor = s1
    return sentences


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a text separated by blank lines, each on one line."""
    blocks = [" ".join(b.split()) for b in text.split("\n\n")]
    return [b for b in blocks if b]
