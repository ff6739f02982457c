"""Templates that turn a fact into a stem: narrow question forms, else a gap-fill (registry)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from questions import resources as R
from questions import wordlists as W
from questions.analysis.base import Sentence, Token
from questions.facts import Fact
from questions.gazetteers import (
    common_words,
    dutch_municipalities,
    dutch_places,
    organisation_class,
    place_kind,
)
from questions.gender import FEMALE_ROLES
from questions.spans import Mention

GAP = "___"
COPULAS = frozenset({"wordt", "werd", "is", "was"})


@dataclass
class Scene:
    """Article-wide knowledge templates may use: sentences, names, full-name map, language."""

    language: str
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    full_names: dict[str, str] = field(default_factory=dict)
    headline: str = ""
    genders: dict[str, str] = field(default_factory=dict)  # person -> 'm'/'f' where known

    @functools.cached_property
    def texts(self) -> list[str]:
        """The sentences' texts, in article order."""
        return [s.text for s in self.sentences]


Template = Callable[[Fact, Scene], "str | None"]


def body_start(sentence: Sentence) -> int:
    """Index of the first token after a dateline such as 'DEN HAAG (ANP) -'."""
    if not sentence.aligned:
        return 0
    match = R.DATELINE_RE.match(sentence.text)
    if not match:
        return _bare_dateline(sentence.tokens) or (
            _opening_label(sentence.tokens) if sentence.index == 0 else 0
        )
    for k, token in enumerate(sentence.tokens):
        if token.start >= match.end():
            return k
    return 0


def _bare_dateline(tokens: tuple[Token, ...]) -> int:
    """Tokens of a dateline the pattern misses, or 0: a town in capitals without a dash
    ('WOUDENBERG In de nieuwe wijk ...'; an acronym such as 'KLM Cityhopper' is no town), or
    a town or village not in capitals before a dash ('Leeuwarden - Zuivelconcern ...',
    'Honselersdijk - Bij een ongeval ...')."""
    for size in (1, 2):
        if len(tokens) <= size + 1:
            continue
        words = [t.word for t in tokens[:size]]
        name = " ".join(words).title()
        capitals = all(w.isupper() and w.isalpha() for w in words)
        town = name in dutch_municipalities()
        if town and capitals and tokens[size].word[:1].isupper():
            return size
        dash = tokens[size].word in ("-", "–", "—") and tokens[size + 1].word[:1].isupper()
        if dash and (town or name in dutch_places()):
            return size + 1
    return 0


# Lower-case words inside a label or event name ('Tour de France', 'Ronde van Spanje')
LABEL_PARTICLES = frozenset({"de", "van", "der", "den", "het", "aan", "op", "en"})


def _opening_label(tokens: tuple[Token, ...]) -> int:
    """Tokens of a label before a dash that opens the story's first sentence, or 0: a
    section or event instead of a town ('Tour de France - Dylan Groenewegen heeft ...').
    Only the first sentence: later on 'Ajax - PSV' is a match."""
    for k in range(1, min(5, len(tokens) - 1)):
        if tokens[k].word in ("-", "–", "—"):
            label = tokens[:k]
            if (
                tokens[0].word[:1].isupper()
                and all(t.word[:1].isupper() or t.word in LABEL_PARTICLES for t in label)
                and tokens[k + 1].word[:1].isupper()
                and tokens[k].start > tokens[k - 1].end  # 'Tour -', not 'Noord-Holland'
                and not tokens[0].entity.endswith("ORG")  # 'Ajax - PSV': a match
            ):
                return k + 1
            return 0
    return 0


def subject_replacement(sentence: Sentence, scene: Scene) -> tuple[int, str] | None:
    """(tokens to replace, replacement) for the subject; None when unresolvable.

    A leading 'hij'/'zij'/'ze', or a subject that names a person only by role, age or origin
    ('De Nederlandse wielrenster ...'), becomes the one person it stands for (see
    `_antecedent`). An unresolved description is left for the pipeline's checks to judge.
    """
    b = body_start(sentence)
    if b >= len(sentence.tokens):
        return None
    token = sentence.tokens[b]
    low = token.word.lower()
    pronouns = W.NL_PRONOUNS if scene.language == "nl" else W.EN_PRONOUNS
    described = _description_subject(sentence, b) if scene.language == "nl" else 0
    if described:
        role = sentence.tokens[b + described - 1].word.lower()
        person = _antecedent(sentence, scene, "f" if role in FEMALE_ROLES else "", by_role=True)
        return (described, person) if person else (0, "")
    if low not in pronouns:
        return (0, "")
    if low == "het" and scene.language == "nl":
        return (0, "")  # 'Het' as a dummy subject ('Het gaat om ...') keeps its meaning
    singular_ze = low == "ze" and "ev" in token.pos  # Frog tells 'ze' (she) from 'ze' (they)
    if low not in W.RESOLVABLE_PRONOUNS and not singular_ze:
        return None
    if scene.language == "nl" and low == "zij" and "mv" in _finite_verb_tag(sentence, b + 1):
        return None
    gender = {"hij": "m", "he": "m"}.get(low, "f")
    person = _antecedent(sentence, scene, gender)
    return (1, person) if person else None


def _antecedent(sentence: Sentence, scene: Scene, gender: str, by_role: bool = False) -> str:
    """The person a subject pronoun or role stands for, or '' when that is not certain.

    The one person the sentence before (same paragraph) names. A role ('de zangeres') after
    a sentence that names no one, or at the start of a paragraph, stands for the person the
    headline names when no one else in the article could be meant: the only person of all,
    or for a female role the only woman. A pronoun there is left alone ('Hij' may be anyone
    the paragraph before was about). A known gender that disagrees rules a person out.
    """
    people = _previous_people(sentence, scene)
    if by_role and not people:
        people = _headline_people(scene) & _only_candidates(scene, gender)
    if not people:
        return ""
    if len(people) != 1:
        return ""
    name = next(iter(people))
    # a lone surname is only safe when the article never writes a longer name for it
    longer = any(n != name and n.endswith(" " + name) for n in scene.full_names.values())
    known = scene.genders.get(name, "")
    if longer or not name[:1].isupper() or (gender and known and known != gender):
        return ""
    if gender == "f" and known != "f":
        return ""  # 'zij' and 'de zangeres' need a person known to be a woman
    return name


def _previous_people(sentence: Sentence, scene: Scene, depth: int = 2) -> set[str] | None:
    """Full names of the people the previous sentence of the paragraph names.

    None when the sentence opens its paragraph. A previous sentence whose own subject was
    'zij' or 'de zangeres' lends the person that subject stood for ('Madonna komt ...
    De popster staat ... Ze zal ...').
    """
    previous = [
        s
        for s in scene.sentences
        if s.index == sentence.index - 1 and s.paragraph == sentence.paragraph
    ]
    if not previous or depth == 0:
        return None
    before = previous[0]
    b = body_start(before)  # 'LURE (ANP) -': a dateline names no one
    people = {
        scene.full_names.get(m.text, m.text)
        for m in scene.mentions
        if m.sentence == before.index
        and m.kind == "PER"
        and m.i >= b
        and m.text.split()[0].lower() not in TITLE_OPENERS
    }
    if not people and b < len(before.tokens):
        first = before.tokens[b]
        resolvable = first.word.lower() in W.RESOLVABLE_PRONOUNS or (
            first.word.lower() == "ze" and "ev" in first.pos
        )
        if resolvable or _description_subject(before, b):
            carried = _previous_people(before, scene, depth - 1)
            people = carried if carried and len(carried) == 1 else set()
    return people


def _headline_people(scene: Scene) -> set[str]:
    """Full names of the article's people whose surname the headline names."""
    words = set(re.findall(r"[\w'-]+", scene.headline))
    people = {scene.full_names.get(m.text, m.text) for m in scene.mentions if m.kind == "PER"}
    return {
        full
        for full in people
        if full.split()[-1] in words and full.split()[0].lower() not in TITLE_OPENERS
    }


def _only_candidates(scene: Scene, gender: str) -> set[str]:
    """The article's one person (of that gender, when given), as a set; empty when several."""
    people = {
        scene.full_names.get(m.text, m.text)
        for m in scene.mentions
        if m.kind == "PER" and m.text.split()[0].lower() not in TITLE_OPENERS
    }
    if gender:
        people = {p for p in people if scene.genders.get(p, "") in (gender, "")}
    return people if len(people) == 1 else set()


TITLE_OPENERS = ("the", "de", "het", "een", "a")  # 'The Celebration Tour' is no person


# 'De Nederlandse wielrenster', 'De 21-jarige rijdster', 'De Noor': a person named by role,
# age or origin, standing as the whole subject before the finite verb.
# A spokesperson or victim is rarely the person the sentence before names.
NOT_ANTECEDENT = W.GROUP_NOUNS | {"woordvoerder", "woordvoerster", "slachtoffer"}
PERSON_NOUNS = (frozenset(W.PERSON_ROLE_NOUNS) - NOT_ANTECEDENT) | {
    n.lower() for n in W.NATIONALITIES
}


def _description_subject(sentence: Sentence, b: int) -> int:
    """Length of a 'de [adjectives] role-noun' subject right before the finite verb, or 0."""
    tokens = sentence.tokens
    if b >= len(tokens) or tokens[b].word.lower() != "de":
        return 0
    k = b + 1
    while k < len(tokens) and tokens[k].pos.startswith(("ADJ", "TW")):
        k += 1
    if k >= len(tokens) - 1 or k - b > 3:
        return 0
    noun, verb = tokens[k], tokens[k + 1]
    if not noun.pos.startswith("N(soort,ev") and not (
        noun.pos.startswith("N(eigen") and noun.word in W.NATIONALITIES
    ):
        return 0
    low = noun.word.lower()
    if any(low.endswith(r) for r in NOT_ANTECEDENT):
        return 0
    role = low in PERSON_NOUNS or any(low.endswith(r) for r in PERSON_NOUNS if len(r) >= 6)
    singular = "ev" in verb.pos or "met-t" in verb.pos
    if not role or not verb.pos.startswith("WW(pv") or not singular:
        return 0
    return k + 1 - b


def _named_subject(sentence: Sentence, b: int, v: int, scene: Scene) -> str:
    """The person a pronoun or role subject (tokens b..v-1) stands for, or ''."""
    replacement = subject_replacement(sentence, scene)
    if replacement and replacement[0] == v - b:
        return replacement[1]
    return ""


def _lower_first(subject: str, first: Token) -> str | None:
    """A fronted subject moved after the verb loses its capital unless it is a name; None
    when a name opens with a preposition or article ('Aan Het Laar'): the first word may
    have its capital from the sentence start only."""
    # a plural common noun is no name even where the tagger gives it an entity label
    # ('Wolven hebben ...' read as an organisation)
    plural_noun = first.pos.startswith("N(soort,mv")
    name = first.pos.startswith("SPEC") or (first.entity != "O" and not plural_noun)
    low = first.word.lower()
    if name and (low in W.NL_PREPOSITIONS or low in W.NL_DETERMINERS):
        return None
    if name or first.word.isupper():
        return subject
    if " ".join(subject.split()[:2]) in dutch_municipalities():
        return subject  # 'De Bilt', 'Den Helder': the article belongs to the name
    if first.word in dutch_places() and low not in common_words():
        return subject  # a village the tagger did not know as a name ('Luttelgeest')
    return subject[:1].lower() + subject[1:]


def _finite_verb_tag(sentence: Sentence, k: int) -> str:
    """CGN tag of token k or ''."""
    return sentence.tokens[k].pos if k < len(sentence.tokens) else ""


def key_occurrences(sentence: Sentence, key: str) -> int:
    """How often the key occurs as a whole word sequence in the sentence after its dateline."""
    return len(re.findall(rf"(?<!\w){re.escape(key)}(?!\w)", body_text(sentence), flags=re.I))


def body_text(sentence: Sentence) -> str:
    """The sentence without a leading dateline ('WOERDEN (ANP) - ')."""
    b = body_start(sentence)
    if not b or b >= len(sentence.tokens):
        return sentence.text
    return sentence.text[sentence.tokens[b].start :]


# An aside of a few words in brackets without the gap ('(circa 50.000 inwoners)', '(maar
# liefst 6 jongen)'): the stem reads better without it. A name's label stays ('(BBB)',
# '(Verandas Willems)', '(17)'): it opens with a capital or is one word.
BRACKET_ASIDE_RE = re.compile(r"\s*\((?![^()]*___)(?![A-Z])[^()\s]+(?:\s[^()]+)+\)")


def without_asides(stem: str) -> str:
    """The stem without bracketed asides of two words or more that do not hold the gap."""
    return BRACKET_ASIDE_RE.sub("", stem)


def gapfill(fact: Fact, scene: Scene) -> str | None:
    """The evidence sentence with the key replaced by a gap (dateline off, pronoun resolved)."""
    s = fact.sentence
    if not s.aligned or key_occurrences(s, fact.key) != 1:
        return None
    replacement = subject_replacement(s, scene)
    if replacement is None:
        context = _antecedent_sentence(s, scene)
        if context is None or key_occurrences(context, fact.key):
            return None
        b = body_start(s)
        if fact.i <= b:
            return None
        rest = s.text[s.tokens[b].start : s.tokens[fact.i].start]
        return f"{context.text} {rest}{GAP}{s.text[s.tokens[fact.j - 1].end :]}"
    b = body_start(s)
    if fact.i < b:
        return None
    tokens = s.tokens
    head = s.text[tokens[b].start : tokens[fact.i].start]
    n = replacement[0]
    if n and fact.i >= b + n:
        head = replacement[1] + s.text[tokens[b + n - 1].end : tokens[fact.i].start]
    elif n:
        return None
    stem = head + GAP + s.text[tokens[fact.j - 1].end :]
    return stem[:1].upper() + stem[1:] if stem[:1].islower() and head else stem


def time_deixis(tokens: tuple[Token, ...], k: int) -> bool:
    """Whether the demonstrative at k counts time from the article's date ('dit jaar', 'deze
    afgelopen week', 'dit en volgend jaar') rather than pointing at an earlier sentence."""
    for token in tokens[k + 1 : k + 4]:
        word = token.word.lower()
        if word in W.TIME_NOUNS:
            return True
        if word not in ("en", "of") and not token.pos.startswith(("ADJ", "WW(od", "WW(vd")):
            return False
    return False


def unnamed_demonstrative(tokens: tuple[Token, ...], k: int) -> bool:
    """Whether token k is a demonstrative determiner that points at something another
    sentence named ('deze provincie', 'die man'); not 'dit jaar', 'op dit moment', 'deze
    Ronde van Frankrijk' (named) or 'zo'n 14.000' (about)."""
    token = tokens[k]
    if not token.pos.startswith("VNW(aanw,det") or k + 1 >= len(tokens):
        return False
    following = tokens[k + 1]
    later = tokens[k + 2] if k + 2 < len(tokens) else following
    word = following.word.lower()
    return not (
        word in W.TIME_NOUNS
        or later.word.lower() in W.TIME_NOUNS
        or time_deixis(tokens, k)
        or (token.word.lower() in ("dit", "deze") and word == "moment")
        or following.word[:1].isupper()
        or (token.word.lower() in ("zo'n", "zo’n") and following.pos.startswith("TW"))
    )


def _antecedent_sentence(sentence: Sentence, scene: Scene) -> Sentence | None:
    """The sentence a leading 'Dat'/'Dit' points back to, when it can stand before the stem.

    'Dat zegt minister X.' only makes sense with the claim before it, so the stem shows the
    previous sentence of the same paragraph first; that one must be plain and short.
    """
    b = body_start(sentence)
    tokens = sentence.tokens
    if scene.language != "nl" or b + 1 >= len(tokens):
        return None
    if tokens[b].word.lower() not in ("dat", "dit") or not tokens[b + 1].pos.startswith("WW(pv"):
        return None
    previous = [
        s
        for s in scene.sentences
        if s.index == sentence.index - 1 and s.paragraph == sentence.paragraph
    ]
    if not previous or not previous[0].aligned or body_start(previous[0]):
        return None
    before = previous[0]
    first = before.tokens[0].word.lower()
    pronouns = W.NL_PRONOUNS - {"het"}
    if (
        first in pronouns
        or first[:1].isdigit()  # '20 procent van ...' opens no sentence a teacher writes
        or len(before.tokens) > 30
        or not before.text.endswith(".")
        or any(c in before.text for c in R.QUOTE_CHARS)
        or any(unnamed_demonstrative(before.tokens, k) for k in range(len(before.tokens)))
    ):
        return None
    return before


def _subject_name(sentence: Sentence, a: int, b: int, scene: Scene) -> str | None:
    """Full name when tokens a..b-1 are exactly one person mention."""
    for m in scene.mentions:
        if m.sentence == sentence.index and m.i == a and m.j == b and m.kind == "PER":
            return scene.full_names.get(m.text, m.text)
    return None


def _context_complement(noun: str, scene: Scene) -> str:
    """' van de NAVO' when the article pairs the noun with exactly one organisation that way."""
    found = set()
    for s in scene.sentences:
        words = [t.word for t in s.tokens]
        for k in range(len(words) - 3):
            if words[k] == noun and words[k + 1] == "van" and words[k + 2] in ("de", "het"):
                if words[k + 3].lower() in VAGUE_COMPLEMENTS:
                    continue  # 'van het land' says nothing the other pairs contradict
                org = [
                    m
                    for m in scene.mentions
                    if m.sentence == s.index and m.i == k + 3 and m.kind in ("ORG", "LOC")
                ]
                if org:
                    found.add(f" van {words[k + 2]} {org[0].text}")
                else:
                    found.add("?")
    return next(iter(found)) if len(found) == 1 and "?" not in found else ""


def ordinal_question(fact: Fact, scene: Scene) -> str | None:
    """'X wordt de veertiende voorzitter.' -> 'De hoeveelste voorzitter van de Y wordt X Z?'"""
    s = fact.sentence
    if scene.language != "nl" or fact.type != "ordinal" or not s.aligned or " " in fact.noun:
        return None
    words = [t.word for t in s.tokens]
    b = body_start(s)
    i = fact.i
    if i < 3 or words[i - 1] not in ("de", "het") or words[i + 1] != fact.noun:
        return None
    if words[i - 2] in COPULAS:
        verb, name = words[i - 2], _subject_name(s, b, i - 2, scene)
    elif i - b == 4 and words[b].lower() in RESULT_ADVERBS and words[b + 1] in COPULAS:
        # 'Daarmee wordt hij de 47ste president': the subject stands after the verb
        verb, name = words[b + 1], _inverted_subject(s, b + 2, scene)
    else:
        return None
    if not name or any(RETURN_RE.search(other.text) for other in scene.sentences):
        return None  # a returning holder ('opnieuw gekozen') may have had a lower number too
    tail = words[i + 2 :]
    vague = len(tail) == 4 and tail[2].lower() in VAGUE_COMPLEMENTS
    if tail == ["."] or vague:
        # 'van het land' says less than the article's own 'van de Verenigde Staten'
        complement = _context_complement(fact.noun, scene)
        if vague and not complement:
            complement = " " + s.text[s.tokens[i + 2].start : s.tokens[-2].end]
    elif 4 <= len(tail) <= 6 and tail[0] == "van" and tail[1] in ("de", "het") and tail[-1] == ".":
        complement = " " + s.text[s.tokens[i + 2].start : s.tokens[-2].end]
    else:
        return None
    article = words[i - 1].capitalize()
    return f"{article} hoeveelste {fact.noun}{complement} {verb} {name}?"


# 'Daarmee wordt hij ...': an opening that draws a result from the sentence before, without
# a time of its own ('In 2029 wordt hij ...' would not hold today)
RESULT_ADVERBS = frozenset({"daarmee", "daardoor", "hiermee", "zo"})
RETURN_RE = re.compile(
    r"\b(?:opnieuw (?:gekozen|benoemd|verkozen)|herkozen|herbenoemd|tweede termijn|keert terug)\b",
    re.I,
)
VAGUE_COMPLEMENTS = frozenset({"land", "stad", "club", "partij", "bond", "organisatie"})


def _inverted_subject(sentence: Sentence, k: int, scene: Scene) -> str:
    """The person at token k after the finite verb: a one-token name, or 'hij'/'zij' for the
    one person the sentence before names; '' otherwise."""
    low = sentence.tokens[k].word.lower()
    if low in ("hij", "zij"):
        return _antecedent(sentence, scene, "m" if low == "hij" else "f")
    return _subject_name(sentence, k, k + 1, scene) or ""


APPROXIMATORS = frozenset(
    {"ruim", "bijna", "circa", "ongeveer", "zo'n", "minstens", "zeker", "ten", "rond", "dan"}
    | {"maximaal", "minimaal", "hooguit", "tenminste", "wel"}
)


# 'de 27 EU-landen', '30 OPEC-lidstaten': members of an organisation written as its acronym
MEMBERS_RE = re.compile(r"^([A-Z]{2,6})-(landen|lidstaten)$")


def members_question(fact: Fact, scene: Scene) -> str | None:
    """'... de 27 EU-landen ...' -> 'Hoeveel landen telt de EU?'

    How many members an organisation has stands on its own, whatever the sentence says
    about them; the number must be the members themselves, not 'een van de'.
    """
    if scene.language != "nl" or fact.type != "count":
        return None
    found = MEMBERS_RE.match(fact.noun)
    if not found or fact.i == 0 or fact.sentence.tokens[fact.i - 1].word.lower() != "de":
        return None
    return f"Hoeveel {found.group(2)} telt de {found.group(1)}?"


# '(zeehondenjongen) naar ...': a one-word gloss in brackets right after the counted noun
GLOSS_RE = re.compile(r"(\([^()\s]+\))\s*")


def count_question(fact: Fact, scene: Scene) -> str | None:
    """'KLM annuleert zaterdag 34 vluchten.' -> 'Hoeveel vluchten annuleert KLM zaterdag?'"""
    s = fact.sentence
    if scene.language != "nl" or fact.type != "count" or not s.aligned:
        return None
    tokens = s.tokens
    words = [t.word for t in tokens]
    if words[-1] != "." or "," in words or any(c in s.text for c in R.QUOTE_CHARS):
        return None
    finite = [k for k, t in enumerate(tokens) if t.pos.startswith("WW(pv")]
    if len(finite) != 1 or any(
        w.lower() in ("dat", "die", "als", "omdat", "wat", "waar") for w in words
    ):
        return None
    v = finite[0]
    b = body_start(s)
    n_end = fact.j + len(fact.noun.split())
    if n_end > len(tokens) - 1 or words[n_end].lower() in ("en", "of"):
        return None  # '90 schapen en een geit': the question would split the coordination
    noun = fact.noun
    end_char = tokens[-2].end

    def text(a: int, z: int) -> str:
        return s.text[tokens[a].start : tokens[z - 1].end] if z > a else ""

    if fact.i in (b, b + 1) and (fact.i == b or words[b].lower() in ("de", "het")) and v == n_end:
        rest = s.text[tokens[v].start : end_char]
        return f"Hoeveel {noun} {rest}?"
    if (
        v <= b
        or fact.i <= v + 1
        or words[fact.i - 1].lower() in W.NL_DETERMINERS | W.NL_PREPOSITIONS
        or words[fact.i - 1].lower() in W.VAGUE_NUMBER_WORDS | APPROXIMATORS
        or words[fact.i - 1].lower() in ("en", "of")  # '20 schapen en twee koeien'
    ):
        return None  # 'ruim 600.000 exemplaren': 'Hoeveel ... ruim ...?' reads wrong
    subject = text(b, v)
    first = tokens[b]
    named = _named_subject(s, b, v, scene)
    if named:
        subject, first = named, None
    elif first.word.lower() in W.NL_PRONOUNS or not all(
        t.chunk.endswith("NP") for t in tokens[b:v]
    ):
        return None
    if first is not None:
        if tokens[b].chunk != "B-NP" or any(t.chunk == "B-NP" for t in tokens[b + 1 : v]):
            return None
        subject = _lower_first(subject, first)
        if subject is None:
            return None
    middle = text(v + 1, fact.i)
    tail = s.text[tokens[n_end].start : end_char] if n_end < len(tokens) - 1 else ""
    gloss = GLOSS_RE.match(tail)
    if gloss:  # 'huilers (zeehondenjongen)': the gloss stays with its noun
        noun, tail = f"{noun} {gloss.group(1)}", tail[gloss.end() :]
    if middle.lower() == "er" and tokens[v - 1].lemma.lower() in W.TIME_NOUNS:
        # 'De afgelopen dagen zijn er 19 huilers ...': 'er' opens the clause after the verb
        parts = [f"Hoeveel {noun}", words[v], "er", subject, tail]
    else:
        parts = [f"Hoeveel {noun}", words[v], subject, middle, tail]
    return " ".join(p for p in parts if p) + "?"


ORGANISATION_NOUNS = {
    "party": "Welke partij",
    "club": "Welke club",
    "agency": "Welke instantie",
    "international": "Welke organisatie",
    "airline": "Welke luchtvaartmaatschappij",
    "space": "Welke ruimtevaartorganisatie",
}
AGE_RE = re.compile(r"\d+-jarige?$")
SUBORDINATORS = frozenset({"dat", "die", "als", "omdat", "wat", "waar", "wie", "toen", "terwijl"})
OBJECT_PRONOUNS = frozenset({"hij", "zij", "ze", "hem", "hen", "ik", "wij", "we", "jij", "je"})


def _simple_clause(sentence: Sentence) -> int | None:
    """Index of the one finite verb of a plain main clause ending in '.', else None."""
    tokens = sentence.tokens
    if not sentence.aligned or tokens[-1].word != "." or len(tokens) > 30:
        return None
    if any(c in body_text(sentence) for c in R.QUOTE_CHARS + "();:"):
        return None
    if any(t.word == "," for t in tokens):
        return None
    finite = [k for k, t in enumerate(tokens) if t.pos.startswith("WW(pv")]
    words = [t.word.lower() for t in tokens]
    if len(finite) != 1 or any(w in SUBORDINATORS or w in OBJECT_PRONOUNS for w in words):
        return None
    return finite[0]


def _wh_phrase(fact: Fact, scene: Scene) -> tuple[str, int] | None:
    """(question phrase, first token it replaces) for a fact with its preposition."""
    words = [t.word.lower() for t in fact.sentence.tokens]
    before = words[fact.i - 1] if fact.i else ""
    if fact.type == "year" and before in ("in", "sinds"):
        return f"{before.capitalize()} welk jaar", fact.i - 1
    if fact.type == "month" and before == "in":
        return "In welke maand", fact.i - 1
    if fact.type == "date" and before == "op":
        return "Op welke datum", fact.i - 1
    if fact.type == "weekday":
        plain = fact.key.lower() == fact.part.lower()
        if before == "op" and plain:
            return "Op welke dag", fact.i - 1
        previous = fact.sentence.tokens[fact.i - 1].pos if fact.i else ""
        bare = not previous or previous.startswith(("WW", "BW", "N(", "SPEC"))
        if bare and before not in W.NL_PREPOSITIONS:
            return ("Op welke dag" if plain else "Wanneer"), fact.i
    # 'met 7 procent gestegen' is a change; 'viel met 65 procent tegen' is a level
    by_percent = fact.type == "percentage" and before == "met" and fact.noun == "procent"
    if by_percent and _changes(fact.sentence):
        return "Met hoeveel procent", fact.i - 1
    if fact.type == "place" and before in ("in", "naar"):
        kind = place_kind(fact.key, scene.language)
        noun = {"country": "welk land", "province": "welke provincie", "city": "welke plaats"}
        if kind in noun:
            return f"{before.capitalize()} {noun[kind]}", fact.i - 1
    return None


# Verbs of change: 'met ___ procent' after them tells by how much, not a level
CHANGE_LEMMAS = frozenset(
    {
        "stijgen",
        "dalen",
        "groeien",
        "krimpen",
        "zakken",
        "slinken",
        "verhogen",
        "verlagen",
        "verminderen",
        "toenemen",
        "afnemen",
        "oplopen",
        "teruglopen",
        "verdubbelen",
    }
)


def _changes(sentence: Sentence) -> bool:
    """True when the sentence's verb tells a change ('is gestegen', 'nam toe', 'liep op')."""
    words = {t.word.lower() for t in sentence.tokens}
    for token in sentence.tokens:
        if not token.pos.startswith("WW"):
            continue
        lemma = token.lemma.lower()
        if lemma in CHANGE_LEMMAS:
            return True
        if (lemma == "nemen" and words & {"toe", "af"}) or (
            lemma == "lopen" and words & {"op", "terug"}
        ):
            return True
    return False


def _is_time_word(word: str, scene: Scene) -> bool:
    """Weekday (with a part of the day), month, 'gisteren' and friends."""
    low = word.lower()
    days = W.day_names(scene.language)
    return (
        low in W.month_names(scene.language)
        or low in ("gisteren", "vandaag", "morgen", "vanavond", "vanmorgen", "vanochtend")
        or any(low.startswith(d) for d in days)
    )


def wh_question(fact: Fact, scene: Scene) -> str | None:
    """A real question for a plain main clause: 'In 2016 steeg X.' -> 'In welk jaar steeg X?'

    Two shapes only, both certain for a clause with one finite verb and no commas:
    the fact's phrase fronted ('Zaterdag gaan 34 vluchten niet door.' -> 'Op welke dag gaan
    34 vluchten niet door?'), or one noun phrase as subject, the verb, then the phrase in the
    middle field ('De koopkracht is in 2017 gegroeid.' -> 'In welk jaar is de koopkracht
    gegroeid?'). A person who is the whole subject becomes 'Wie ...?'.
    """
    s = fact.sentence
    if scene.language != "nl":
        return None
    v = _simple_clause(s)
    if v is None:
        return None
    tokens = s.tokens
    b = body_start(s)
    end = tokens[-2].end

    def text(a: int, z: int) -> str:
        return s.text[tokens[a].start : tokens[z - 1].end] if z > a else ""

    if fact.type == "organisation":
        noun = ORGANISATION_NOUNS.get(organisation_class(fact.key), "")
        singular = "ev" in tokens[v].pos or "met-t" in tokens[v].pos
        if noun and fact.i == b and fact.j == v and singular:
            return f"{noun} {s.text[tokens[v].start : end]}?"
        return None
    if fact.type == "person":
        singular = "ev" in tokens[v].pos or "met-t" in tokens[v].pos
        if fact.i == b and fact.j == v and singular:
            return f"Wie {s.text[tokens[v].start : end]}?"
        return None
    found = _wh_phrase(fact, scene)
    if found is None:
        return None
    wh, a = found
    z = fact.j
    if z < len(tokens) and tokens[z].word.lower() in ("en", "of", "tot", "en/of"):
        return None  # one of a pair: 'in Noord-Brabant en Friesland'
    if z < len(tokens) and tokens[z].word[:1].isdigit():
        return None  # 'vrijdag 20 januari': the date says more than the day
    if a == b and z == v:
        return f"{wh} {s.text[tokens[v].start : end]}?"
    if v <= b or a <= v:
        return None
    # the phrase must belong to the verb, not to a noun before it ('de rivaal uit Amsterdam')
    previous = tokens[a - 1]
    time_np = previous.word in ("jaar", "week", "maand") and tokens[a - 2].word.lower() in (
        "vorig",
        "vorige",
        "dit",
        "deze",
        "volgend",
        "volgende",
        "afgelopen",
    )
    if not (
        a - 1 == v
        or previous.pos.startswith("BW")
        or time_np
        or _is_time_word(previous.word, scene)
    ):
        return None
    first = tokens[b]
    named = _named_subject(s, b, v, scene)
    if named:
        subject = named
    else:
        if first.chunk != "B-NP" or first.pos.startswith("VNW"):
            return None
        if first.pos.startswith("N(soort,ev") and tokens[b + 1].word[:1].islower():
            # 'Gast bij Rob Kleijs was maandag X': a fronted predicate ('Atlete Sifan
            # Hassan' is a title before the name, the subject)
            return None
        if any(t.pos.startswith(("WW", "LET", "VG")) for t in tokens[b:v]):
            return None
        if any(
            _is_time_word(t.word, scene) or (t.word[:1].isdigit() and not AGE_RE.match(t.word))
            for t in tokens[b:v]
        ):
            # 'Vrijdag protesteerden boeren ...': the first phrase is no subject ('Een
            # 17-jarige jongen' is one, with an age)
            return None
        subject = _lower_first(text(b, v), first)
        if subject is None:
            return None
    parts = [wh, tokens[v].word, subject, text(v + 1, a), s.text[tokens[z].start : end]]
    return " ".join(p for p in parts if p) + "?"


def _shares_subject(sentence: Sentence, v: int) -> bool:
    """True when every finite verb after token v has the same subject or its own clause.

    'X wint de rit en gaat als leider de slotrit in' shares X; a relative or subordinate
    clause ('die ...', 'omdat ...') has its own; 'X wint en Y wordt tweede' does not share.
    """
    tokens = sentence.tokens
    for k in range(v + 1, len(tokens)):
        if not tokens[k].pos.startswith("WW(pv"):
            continue
        m = k - 1
        while m > v and tokens[m].word != "," and not tokens[m].pos.startswith("VG"):
            m -= 1
        boundary = tokens[m]
        between = tokens[m + 1 : k]
        if boundary.pos.startswith("VG(onder") or any(
            t.pos.startswith("VNW(betr") for t in between
        ):
            continue
        subordinate = any(t.pos.startswith(("VG(onder", "VNW(betr")) for t in tokens[v + 1 : k])
        if boundary.pos.startswith("VG(neven") and not any(
            t.pos.startswith(("N(", "SPEC", "VNW(pers", "LID")) for t in between
        ):
            continue
        if boundary.word == "," and subordinate:
            continue  # the verb that closes a subordinate clause
        return False
    return True


def who_question(fact: Fact, scene: Scene) -> str | None:
    """'Annemiek van Vleuten verdedigt in ... een voorsprong.' -> 'Wie verdedigt in ...?'

    The person (or an organisation of a known kind: 'Welke club ...') must be the whole
    subject at the start, straight before a singular finite verb that every later main verb
    shares; quotations and questions stay out. A person's title before the name goes with
    it ('Jumbo-Visma-renner Mike Teunissen won ...' -> 'Wie won ...?').
    """
    s = fact.sentence
    if scene.language != "nl" or fact.type not in ("person", "organisation") or not s.aligned:
        return None
    tokens = s.tokens
    b = body_start(s)
    v = fact.j
    if fact.i == b + 1 and fact.type == "person" and _title(tokens[b]):
        b += 1
    if fact.i != b or v >= len(tokens) - 1 or tokens[-1].word != ".":
        return None
    if any(c in body_text(s) for c in R.QUOTE_CHARS + "():;"):
        return None
    verb = tokens[v]
    singular = "ev" in verb.pos or "met-t" in verb.pos
    if not verb.pos.startswith("WW(pv") or not singular or not _shares_subject(s, v):
        return None
    if any(t.word.lower() in NOT_ONLY_WORDS for t in tokens[v + 1 :]):
        return None  # 'Wie bracht ook een record ...?': others did it too, or did not
    rest = s.text[verb.start : tokens[-2].end]
    if fact.type == "person":
        return f"Wie {rest}?"
    noun = ORGANISATION_NOUNS.get(organisation_class(fact.key), "")
    return f"{noun} {rest}?" if noun else None


def _title(token: Token) -> bool:
    """A person's title opening the sentence: one singular common noun ('Minister',
    'Atlete') or a compound of a team and a noun ('Jumbo-Visma-renner')."""
    if token.pos.startswith("N(soort,ev"):
        return True
    tail = token.word.rsplit("-", 1)[-1]
    return "-" in token.word and tail.isalpha() and tail.islower()


# Particles of separable verbs: 'die de trui afstond' would need 'stond ... af'; such
# clauses are left alone (inseparable look-alikes such as 'overleed' go with them).
SEPARABLE_PARTICLES = (
    "aan", "achter", "af", "bij", "binnen", "dicht", "door", "in", "los", "mee", "mis",
    "na", "neer", "om", "onder", "op", "open", "over", "samen", "tegen", "terug", "thuis",
    "toe", "uit", "vast", "voor", "vrij", "weg",
)  # fmt: skip
# Words that say others did the same ('die ook een rit won') or deny it ('die geen rit
# won'): other options could be true as well.
NOT_ONLY_WORDS = frozenset(
    {"ook", "eveneens", "evenmin", "tevens", "niet", "geen", "nooit", "niemand", "nergens"}
)


def _separable(verb: Token) -> bool:
    """True for a finite verb that starts with the particle of its separable lemma."""
    word, lemma = verb.word.lower(), verb.lemma.lower()
    return any(
        word.startswith(p) and lemma.startswith(p) and len(lemma) > len(p) + 2
        for p in SEPARABLE_PARTICLES
    )


def relative_who_question(fact: Fact, scene: Scene) -> str | None:
    """'..., Bauke Mollema, die de vijftiende etappe won, ...' -> 'Wie won de vijftiende etappe?'

    The non-restrictive relative clause right after a person's name says one thing about
    that person; its finite verb moves to second place behind 'Wie'. Only a clause with
    one singular finite verb, no other person, pronoun, negation, quote or subordinate
    clause, and no 'ook' (someone else may have done it too) qualifies.
    """
    s = fact.sentence
    tokens = s.tokens
    if scene.language != "nl" or fact.type != "person" or not s.aligned:
        return None
    d = fact.j + 1
    if d >= len(tokens) or tokens[fact.j].word != "," or not tokens[d].pos.startswith("VNW(betr"):
        return None
    if tokens[d].word.lower() != "die" or (fact.i and tokens[fact.i - 1].word.lower() == "van"):
        return None  # 'de ploeg van X, die ...': 'die' may be the team
    end = d + 1
    while end < len(tokens) and tokens[end].word not in (",", "."):
        end += 1
    if end >= len(tokens) or not 3 <= end - d - 1 <= 20:
        return None
    clause = tokens[d + 1 : end]
    if any(c in s.text[clause[0].start : clause[-1].end] for c in R.QUOTE_CHARS + "();:"):
        return None
    finite = [k for k, t in enumerate(clause) if t.pos.startswith("WW(pv")]
    if len(finite) != 1:
        return None
    verb = clause[finite[0]]
    if not ("ev" in verb.pos or "met-t" in verb.pos) or _separable(verb):
        return None
    for t in clause:
        low = t.word.lower()
        if t.pos.startswith(("VNW(pers", "VNW(bez", "VNW(betr", "VNW(vb", "VG(onder")):
            return None
        if low in NOT_ONLY_WORDS or low in OBJECT_PRONOUNS or t.entity.endswith("PER"):
            return None
    before = clause[: finite[0]]
    after = clause[finite[0] + 1 :]
    parts = [verb.word]
    if before:
        parts.append(s.text[before[0].start : before[-1].end])
    if after:
        parts.append(s.text[after[0].start : after[-1].end])
    return "Wie " + " ".join(parts) + "?"


def since_question(fact: Fact, scene: Scene) -> str | None:
    """'..., Moldavië, dat sinds 2022 kandidaat-lid van de EU is, ...' ->
    'Sinds welk jaar is Moldavië kandidaat-lid van de EU?'

    A relative clause after a name whose year follows 'sinds' and whose one finite verb,
    in the present tense, closes it: a state that began then and still holds.
    """
    s = fact.sentence
    tokens = s.tokens
    i = fact.i
    if scene.language != "nl" or fact.type != "year" or not s.aligned or i < 4:
        return None
    if tokens[i - 1].word.lower() != "sinds" or tokens[i - 3].word != ",":
        return None
    if tokens[i - 2].word.lower() not in ("dat", "die") or not tokens[i - 2].pos.startswith(
        "VNW(betr"
    ):
        return None
    name = next((m.text for m in scene.mentions if m.sentence == s.index and m.j == i - 3), "")
    end = fact.j
    while end < len(tokens) and tokens[end].word not in (",", "."):
        end += 1
    if not name or end >= len(tokens) or end - fact.j < 2:
        return None
    clause = tokens[fact.j : end]
    verb = clause[-1]
    if not verb.pos.startswith("WW(pv,tgw") or any(t.pos.startswith("WW(pv") for t in clause[:-1]):
        return None
    if any(
        t.word.lower() in NOT_ONLY_WORDS or t.pos.startswith(("VNW(pers", "VNW(bez"))
        for t in clause
    ) or any(c in s.text[clause[0].start : verb.end] for c in R.QUOTE_CHARS + "();:"):
        return None
    middle = s.text[clause[0].start : clause[-2].end]
    return f"Sinds welk jaar {verb.word} {name} {middle}?"


def origin_question(fact: Fact, scene: Scene) -> str | None:
    """'... Ingrid Hansen uit Denemarken ...' -> 'Uit welk land komt Ingrid Hansen?'"""
    if scene.language != "nl" or fact.type != "origin":
        return None
    return f"Uit welk land komt {fact.value.text}?"


def _main_actor(fact: Fact, scene: Scene) -> bool:
    """Whether the person the fact is about is a main actor of the story: named in the
    headline, in two sentences or more, or in the first two."""
    surname = fact.value.text.split()[-1]
    told = sum(1 for s in scene.sentences if R.has_word(s.text, surname))
    return R.has_word(scene.headline, surname) or told >= 2 or fact.sentence.index < 2


def office_question(fact: Fact, scene: Scene) -> str | None:
    """'... minister van Financiën Eelco Heinen ...' -> 'Welke functie heeft Eelco Heinen?'

    Only for a main actor of the story: a passer-by's office is a side detail.
    """
    if scene.language != "nl" or fact.type != "office" or not _main_actor(fact, scene):
        return None
    return f"Welke functie heeft {fact.value.text}?"


def succession_question(fact: Fact, scene: Scene) -> str | None:
    """'Ruttes voorganger Jens Stoltenberg' -> 'Wie is de voorganger van Mark Rutte?';
    'X volgt Brian Priske op als trainer' -> 'Wie volgt Brian Priske op als trainer?'"""
    if scene.language != "nl" or fact.type not in ("predecessor", "successor"):
        return None
    told = fact.value
    other = scene.full_names.get(told.other, told.other)
    office = f" {told.office}" if told.office else ""
    if told.verb in ("volgt", "volgde"):
        return f"Wie {told.verb} {other} op{office}?"
    noun = "voorganger" if fact.type == "predecessor" else "opvolger"
    return f"Wie {told.verb} de {noun} van {other}{office}?"


TEMPLATES: dict[str, Template] = {
    "succession_question": succession_question,
    "origin_question": origin_question,
    "office_question": office_question,
    "members_question": members_question,
    "since_question": since_question,
    "who_question": who_question,
    "relative_who_question": relative_who_question,
    "ordinal_question": ordinal_question,
    "count_question": count_question,
    "wh_question": wh_question,
    "gapfill": gapfill,
}

PREFERENCE: dict[str, tuple[str, ...]] = {
    "origin": ("origin_question",),
    "office": ("office_question",),
    "predecessor": ("succession_question",),
    "successor": ("succession_question",),
    "ordinal": ("ordinal_question", "gapfill"),
    "count": ("members_question", "count_question", "gapfill"),
    "person": ("who_question", "wh_question", "relative_who_question", "gapfill"),
    "organisation": ("who_question", "wh_question", "gapfill"),
    **{
        kind: ("wh_question", "gapfill")
        for kind in ("month", "date", "weekday", "percentage", "place")
    },
    "year": ("since_question", "wh_question", "gapfill"),
}


def realise(fact: Fact, scene: Scene) -> tuple[str, str] | None:
    """(stem, template name) from the first template that accepts the fact; bracketed
    asides leave the stem."""
    for name in PREFERENCE.get(fact.type, ("gapfill",)):
        stem = TEMPLATES[name](fact, scene)
        if stem:
            return without_asides(stem), name
    return None
