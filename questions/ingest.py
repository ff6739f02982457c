"""Pasted article text in, a clean `Article` out: headline, paragraphs, language, no boilerplate."""

from __future__ import annotations

import re
import unicodedata

from questions import resources as R
from questions import wordlists as W
from questions.errors import ArticleError
from questions.gazetteers import dutch_municipalities
from questions.records import Article

MAX_CHARS = 100_000
MIN_WORDS = 25
HEADLINE_MAX_WORDS = 20
# A text of at least this many sentences is refused when fewer than half of them are distinct:
# it is junk, and every copy of a sentence costs the engine as much as a new one.
REPETITION_MIN_SENTENCES = 20
SENTENCE_BREAK_RE = re.compile(r"(?<=[.!?])\s+")


def validate_text(text: str) -> None:
    """Raise ArticleError when the raw text cannot be an article at all."""
    if text is None or not text.strip():
        raise ArticleError("De tekst is leeg: plak de tekst van een nieuwsartikel.")
    if len(text) > MAX_CHARS:
        raise ArticleError(
            f"De tekst is te lang ({len(text):,} tekens); het maximum is {MAX_CHARS:,} tekens."
        )
    if "\x00" in text or len(R.CONTROL_RE.findall(text)) > 3:
        raise ArticleError("De tekst bevat binaire gegevens (stuurtekens); plak gewone tekst.")
    visible = [c for c in text if not c.isspace()]
    letters = sum(1 for c in visible if c.isalpha())
    if visible and letters / len(visible) < 0.5:
        raise ArticleError(
            "De tekst bestaat grotendeels uit tekens die geen letters zijn; plak gewone tekst."
        )
    tags = R.HTML_TAG_RE.findall(text)
    if len(tags) >= 5 or R.HTML_STRONG_RE.search(text):
        raise ArticleError(
            "De tekst lijkt HTML-code; plak de leesbare tekst van het artikel, zonder tags."
        )


def check_repetition(paragraphs: list[str] | tuple[str, ...]) -> None:
    """Raise ArticleError when the text keeps repeating the same sentences.

    A few repeated short lines (two identical photo credits, a refrain in a quote) are fine:
    only a text of at least REPETITION_MIN_SENTENCES sentences of which fewer than half are
    distinct (compared without case and spacing) is refused.
    """
    sentences = [
        " ".join(s.split()).casefold()
        for paragraph in paragraphs
        for s in SENTENCE_BREAK_RE.split(paragraph)
        if s.strip()
    ]
    distinct = len(set(sentences))
    if len(sentences) >= REPETITION_MIN_SENTENCES and distinct < len(sentences) / 2:
        raise ArticleError(
            f"Deze tekst herhaalt steeds dezelfde zinnen ({distinct} verschillende van de "
            f"{len(sentences)} zinnen); plak een echt nieuwsartikel."
        )


def normalise(text: str) -> str:
    """Unicode NFC, unified line ends, single spaces, no trailing blanks."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00ad", "").replace("\u200b", "")
    lines = [R.SPACES_RE.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def split_blocks(text: str) -> list[str]:
    """Split into paragraphs on blank lines; a paragraph's own line breaks become spaces."""
    return [" ".join(b.split("\n")).strip() for b in R.BLANK_LINES_RE.split(text) if b.strip()]


def strip_agency_glue(line: str) -> str:
    """'ANPKLM annuleert ...' -> 'KLM annuleert ...' (agency tag glued to the first word)."""
    return R.ANP_GLUE_RE.sub("", line, count=1)


def is_boilerplate(block: str) -> bool:
    """True for newsletter, cookie, caption, credit, byline, agency-tag and 'Lees ook' blocks."""
    if R.AGENCY_LINE_RE.match(block) or R.VIDEO_CAPTION_RE.match(block):
        return True
    if R.CREDIT_LINE_RE.match(block) or R.TIMESTAMP_LINE_RE.match(block):
        return True
    words = len(block.split())
    if words <= 12 and (R.BYLINE_RE.match(block) or R.CALL_TO_ACTION_RE.match(block)):
        return True
    if words <= 25 and R.CAPTION_CREDIT_RE.search(block):
        return True  # a caption with its photo credit
    hits = len(R.BOILERPLATE_WORD_RE.findall(block))
    return hits >= 2 or (hits == 1 and words < 30)


def clean_block(block: str) -> str:
    """Remove a section label in capitals ('KORFBAL De ...'), inline photo credits, link
    markers ('(pdf)') and trailing calls to action ('Bekijk de beelden terug:')."""
    kicker = R.KICKER_RE.match(block)
    town = kicker and kicker[0].strip().title() in dutch_municipalities()  # a bare dateline
    if kicker and kicker[1].lower() in W.NL_STOPWORDS and not town:
        block = block[kicker.end() :]
    block = R.INLINE_CREDIT_RE.sub("", block)
    block = R.LINK_MARKER_RE.sub("", block)
    block = R.CALL_TO_ACTION_SENTENCE_RE.sub("", block).strip()
    return block


def looks_like_headline(line: str) -> bool:
    """Short line without a final period: a headline rather than a body sentence."""
    words = line.split()
    return 0 < len(words) <= HEADLINE_MAX_WORDS and not line.rstrip().endswith((".", ":", ";", ","))


def detect_language(text: str) -> str:
    """'nl' or 'en' by counting common function words."""
    words = [w.lower() for w in R.WORD_RE.findall(text[:20000])]
    nl = sum(1 for w in words if w in W.NL_STOPWORDS)
    en = sum(1 for w in words if w in W.EN_STOPWORDS)
    return "en" if en > nl else "nl"


def take_headline(blocks: list[str], raw_first_line: str) -> tuple[str, list[str]]:
    """Split off the headline when the first line looks like one; else derive none."""
    first = strip_agency_glue(raw_first_line)
    if (
        looks_like_headline(first)
        and len(blocks) > 1
        or (looks_like_headline(first) and blocks and blocks[0] != first)
    ):
        own_block = bool(blocks) and blocks[0] == raw_first_line
        rest = blocks[1:] if own_block else blocks
        if not own_block and rest and rest[0].startswith(raw_first_line):
            # the headline glued to the first paragraph, not a body that starts like it
            rest = [rest[0][len(raw_first_line) :].strip()] + rest[1:]
        return first, [b for b in rest if b]
    return "", blocks


def parse_text(
    text: str,
    headline: str | None = None,
    source_url: str | None = None,
    language: str | None = None,
) -> Article:
    """Clean pasted article text into an Article; raise ArticleError when it is unusable.

    Every way into the engine (paste form, CLI, imports, web pages, feeds) comes through here,
    so the rules that refuse a text live here too.
    """
    validate_text(text)
    text = normalise(text)
    blocks = split_blocks(text)
    if headline is None:
        first_line = text.split("\n", 1)[0].strip()
        headline, blocks = take_headline(blocks, first_line)
    headline = strip_agency_glue(" ".join((headline or "").split()))
    if blocks:
        blocks[0] = strip_agency_glue(blocks[0])
    paragraphs = []
    for block in blocks:
        if is_boilerplate(block):
            continue
        block = clean_block(block)
        if block:
            paragraphs.append(block)
    body_words = sum(len(R.WORD_RE.findall(p)) for p in paragraphs)
    if body_words < MIN_WORDS:
        raise ArticleError(
            f"De tekst is te kort ({body_words} woorden na opschonen); er zijn minstens "
            f"{MIN_WORDS} woorden nodig om vragen te maken."
        )
    check_repetition(paragraphs)
    lang = language or detect_language(headline + "\n" + "\n".join(paragraphs))
    return Article(
        headline=headline,
        paragraphs=tuple(paragraphs),
        language=lang,
        source_url=source_url,
    )
