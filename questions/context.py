"""Does a stem stand on its own, and is its fact part of the story rather than a side remark?

A question is read without the sentences around its own. A stem that still points back
('hij', 'zijn ploeg', 'dit onderdeel', 'daar', 'Eerder ...') or that names nothing the story
is about ('Het rijtje van ___ woningen is ontruimd.') cannot be answered as asked, however
correct its key. These checks use the analyzer's own tags (CGN) where Frog gives them.
"""

from __future__ import annotations

import re

from questions import resources as R
from questions import wordlists as W
from questions.analysis.base import Sentence, Token
from questions.facts import PERSON_TYPES, Fact
from questions.numbers import parse_cardinal
from questions.realise import body_start, time_deixis, unnamed_demonstrative
from questions.spans import Mention

# Adverbs that place the sentence after or before another one the stem does not show.
POINTER_ADVERBS = frozenset(
    {
        "daar",
        "daarna",
        "daarvoor",
        "ervoor",
        "erna",
        "vervolgens",
        "toen",
        "intussen",
        "opnieuw",
        "eveneens",
        "evenmin",
        "nogmaals",
        "hetzelfde",
        "dezelfde",
        "eerder",
        "uiteindelijk",
        "later",
        "daarnaast",
        "bovendien",
        "tevens",
        "destijds",
        "indertijd",
    }
)
# Openings that continue an earlier sentence ('Eerder ...', 'Later ...', 'Ook ...').
OPENING_POINTERS = frozenset(
    {
        "eerder",
        "later",
        "ook",
        "nog",
        "bovendien",
        "verder",
        "wel",
        "toch",
        "zo",
        "dan",
        "maar",
        "want",
        "en",
        "of",
    }
)
PERSONAL = frozenset({"hij", "zij", "ze", "hem", "haar", "hen", "hun", "zijn"})
# 'VNO-NCW vreest van wel', 'hij denkt van niet': the answer to a question asked before
ELLIPTIC_ANSWER_RE = re.compile(
    r"(?<![\w-])van\s+(?:wel|niet)(?=\s*(?:[,.;:]|$|\s+(?:omdat|want|maar|en|zegt)\b))",
    re.I,
)
# 'de laatste optie', 'de eerstgenoemde': one of a list given before
LIST_POINTER_RE = re.compile(
    r"(?<![\w-])(?:de|het)\s+(?:laatste|eerste|tweede|derde|vierde)\s+"
    r"(?:optie|variant|mogelijkheid|keuze|scenario|alternatief)(?![\w-])"
    r"|(?<![\w-])(?:laatst|eerst)genoemde",
    re.I,
)
BACK_REFERENCES = (
    (ELLIPTIC_ANSWER_RE, "'{}' answers a question the stem does not show"),
    (LIST_POINTER_RE, "'{}' is one of a list the stem does not show"),
)


def _in_stem(word: str, stem: str) -> bool:
    """True when the word still stands in the stem as a whole word."""
    return R.has_word(stem, word, ignore_case=True)


def _names_before(stem: str, position: int, names: list[str]) -> bool:
    """True when some name of the article stands in the stem before character `position`,
    written as the article writes it (the name part 'Van' is not the word 'van')."""
    head = stem[:position]
    return any(R.has_word(head, n) for n in names if n)


def pointer_problem(
    fact: Fact, stem: str, names: list[str], person_names: list[str], shows_context: bool
) -> str:
    """Why the stem points back to something it does not show ('' when it does not).

    A pronoun after a name in the stem may point at that name ('hij' only at a person's).
    """
    tokens = fact.sentence.tokens
    for k, token in enumerate(tokens):
        if fact.i <= k < fact.j:
            continue
        low = token.word.lower()
        if not _in_stem(low, stem):
            continue  # resolved or dropped by the template
        if low in ("we", "wij", "ons", "onze", "ik", "mijn") and token.pos.startswith("VNW"):
            return f"the stem speaks as '{low}' (the writer), not about the story"
        if low in ("je", "jij", "jou", "jouw") and token.pos.startswith("VNW"):
            return f"the stem speaks to the reader ('{low}'), not about the story"
        if _personal(token, tokens, k):
            if fact.type in PERSON_TYPES and k >= fact.j:
                continue  # 'Anna Visser won goud en zij reed ...': the key is the antecedent
            where = re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", stem, re.I)
            people = person_names if low in ("hij", "hem", "zij") else names
            if where and _names_before(stem, where.start(), people):
                continue  # 'Feyenoord ontloopt ... als het wint': 'het' is Feyenoord
            return f"the stem keeps a pronoun ('{low}') whose person it does not name"
        if unnamed_demonstrative(tokens, k):
            return f"the stem says '{low} {tokens[k + 1].word}' without saying which"
        relative = low == "die" and k and tokens[k - 1].pos.startswith(("N(", "SPEC"))
        if (
            token.pos.startswith("VNW(aanw,pron")
            and not shows_context
            and not relative
            and not time_deixis(tokens, k)
        ):
            return f"the stem says '{low}' without saying what it stands for"
        if token.pos.startswith("VNW(aanw,adv-pron") and low == "daar":
            return "the stem says 'daar' without saying where"
        if low == "toen" and not token.pos.startswith("BW"):
            continue  # 'in 2002, toen ...' dates its own clause
        if low == "dan" and (token.pos.startswith("BW") or k + 1 == fact.i):
            compared = any(
                "comp" in t.pos or t.word.lower() in ("meer", "minder", "anders", "liever")
                for t in tokens[:k]
            )
            if not compared:
                return "the stem says 'dan' (by then): it leans on an earlier sentence"
        if k and tokens[k - 1].word.lower() == "dan" and low == "eerder":
            continue  # 'meer dan eerder gedacht'
        if low == "beide" and not re.search(r"[A-Z][\w-]*\s+en\s+[A-Z]", stem):
            return "the stem says 'beide' without naming the two"
        if low in POINTER_ADVERBS and not _anchored_time(tokens, k):
            return f"the stem says '{low}': it leans on an earlier sentence"
        if low == "eerder":
            return "the stem says 'eerder' (dated): an earlier event, background to the news"
        if low == "al" and k + 1 < len(tokens) and tokens[k + 1].word.lower() == "eerder":
            return "the stem says 'al eerder': it leans on an earlier sentence"
    for pattern, reason in BACK_REFERENCES:
        found = pattern.search(stem)
        if found:
            return reason.format(found[0])
    first = stem.strip().split(" ", 1)[0].lower().strip(",")
    if not shows_context and first in OPENING_POINTERS:
        return f"the stem opens with '{first}': it continues an earlier sentence"
    return ""


def _anchored_time(tokens: tuple[Token, ...], k: int) -> bool:
    """'eerder dit jaar', 'eerder in 2013': the pointer is dated in the stem itself."""
    after = [t.word.lower() for t in tokens[k + 1 : k + 3]]
    if not after:
        return False
    return after[0] in ("dit", "deze", "dan") or (
        after[0] in ("in", "op") and len(after) > 1 and after[1][:1].isdigit()
    )


def _personal(token: Token, tokens: tuple[Token, ...], k: int) -> bool:
    """A personal or possessive pronoun that refers to someone ('het' only when it refers)."""
    low = token.word.lower()
    if token.pos.startswith("VNW(pers") and low in PERSONAL:
        return True
    if token.pos.startswith("VNW(bez") and low in ("zijn", "haar", "hun"):
        return True
    if token.pos.startswith("VNW(pers") and low == "het":
        # 'Het is voor het eerst dat ...', 'het regent': a dummy subject points nowhere
        rest = [t.word.lower() for t in tokens[k + 1 :]]
        dummy = {"dat", "of", "wie", "wat", "waar", "hoe"} & set(rest)
        return not dummy and not ("om" in rest and "te" in rest)
    return False


def anchor_problem(fact: Fact, stem: str, mentions: list[Mention]) -> str:
    """Why the stem names nothing the story is about ('' when it names a person, place, ...).

    The gap itself does not count: 'De wedstrijd in ___ is gestaakt.' asks for the place but
    never says which match.
    """
    gapless = stem.replace("___", " ")
    for mention in mentions:
        if len(mention.text) > 1 and _in_stem(mention.text, gapless):
            return ""
    tokens = fact.sentence.tokens
    for k, token in enumerate(tokens):
        if fact.i <= k < fact.j or not _in_stem(token.word, gapless):
            continue
        word = token.word
        if len(word) < 2 or not word[:1].isupper() or token.pos.startswith(CLOSED_CLASS):
            continue  # a name is written with a capital; Frog's tags alone are noisy
        if word.lower() in W.month_names("nl") or word.lower() in W.day_names("nl"):
            continue
        named = token.entity != "O" or token.pos.startswith("SPEC")
        acronym = word.isupper() and word.isalpha()
        if named or acronym or k > body_start(fact.sentence):
            return ""
    return "the stem names no person, place or organisation: it does not say what it is about"


CLOSED_CLASS = ("VNW", "LID", "VZ", "VG", "BW", "TW")


# 'De laatste wist ...', 'De eerstgenoemde won ...': a subject that points back.
REFERRING_ADJECTIVES = frozenset({"laatste", "laatstgenoemde", "eerstgenoemde", "voornoemde"})


def demonym_problem(fact: Fact, stem: str, mentions: list[Mention]) -> str:
    """Why the stem's subject is only an origin ('De Fries staat nu op ...')."""
    tokens = fact.sentence.tokens
    b = body_start(fact.sentence)
    if len(tokens) < b + 3 or tokens[b].word.lower() != "de" or fact.i <= b + 1:
        return ""
    word, verb = tokens[b + 1], tokens[b + 2]
    if word.word.lower() in REFERRING_ADJECTIVES and verb.pos.startswith("WW(pv"):
        return f"the stem's subject only refers back ('de {word.word}')"
    named = any(m.sentence == fact.sentence.index and m.i <= b + 1 < m.j for m in mentions)
    if word.word.endswith(("se", "sche")) and "-" in word.word:
        named = False  # 'De Noord-Hollandse won ...': a region's adjective read as a place
    # where the template put it: 'De Fries staat ...', 'Hoeveel titels heeft de Fries ...?'
    opens = re.search(rf"\b{re.escape(tokens[b].word)} {re.escape(word.word)}\b", stem, re.I)
    if word.word[:1].isupper() and verb.pos.startswith("WW(pv") and not named and opens:
        return f"the stem names its subject only by origin ('de {word.word}')"
    return ""


# 'het akkoord ... waarop de partijen ___ een toelichting gaven, ontbeert ...'
RELATIVE_ADVERBS = frozenset(
    {
        "waarop",
        "waarin",
        "waarbij",
        "waarmee",
        "waarna",
        "waardoor",
        "waarvoor",
        "waaraan",
        "waaruit",
        "waarover",
    }
)


def relative_clause_problem(fact: Fact) -> str:
    """Why the key sits in a side clause (', die eerder de vijftiende etappe won,', or
    'waarop ... ___ ...,' before the main clause's verb)."""
    tokens = fact.sentence.tokens
    k = fact.i - 1
    while k >= 0:
        token = tokens[k]
        if token.word in (",", "(", ";", ":") or token.pos.startswith("VG"):
            break
        if token.pos.startswith("VNW(betr") and k and tokens[k - 1].word == ",":
            return "the key sits in a side clause about someone else"
        if token.word.lower() in RELATIVE_ADVERBS and k and _main_verb_after(tokens, fact.j):
            return "the key sits in a side clause ('waarop ...') before the main verb"
        k -= 1
    return ""


def _main_verb_after(tokens: tuple[Token, ...], j: int) -> bool:
    """True when a comma after the key is followed by a finite verb: the clause that holds
    the key stands inside the main clause, before its verb."""
    return any(
        tokens[m].word == "," and tokens[m + 1].pos.startswith("WW(pv")
        for m in range(j, len(tokens) - 1)
    )


# Court stories: what the prosecution demanded ('Het OM had om ___ cel gevraagd')
DEMAND_RE = re.compile(r"(?<![\w-])(?:geëist|eiste|eist|eisten|eis|gevraagd|vroeg)(?![\w-])", re.I)
# a term of punishment: 'acht jaar cel', '16,5 jaar celstraf', 'tien maanden gevangenisstraf'
TERM_RE = re.compile(
    r"(?<![\w-])([\w,]+)\s+(jaar|jaren|maanden|maand|weken|week|dagen|dag)\s+"
    r"(?:cel|celstraf|gevangenisstraf|jeugddetentie|detentie|taakstraf|werkstraf)(?![\w-])",
    re.I,
)
UNITS = {"jaren": "jaar", "maanden": "maand", "weken": "week", "dagen": "dag"}
# whom a demand is for: 'tegen ...', an age ('de 43-jarige', '(33)') or a person noun
PARTY_RE = re.compile(
    r"(?<![\w-])(?:tegen|voor)\s|\d+-jarige|\(\d{2}\)|(?<![\w-])(?:de|het|een)\s+(?:\w+\s+)?"
    r"(?:man|vrouw|mannen|vrouwen|verdachten?|medeverdachten?|jongen|meisje|dader|daders|"
    r"bestuurder|automobilist|moeder|vader|zoon|dochter|echtpaar|broers?)(?![\w-])",
    re.I,
)


def _term(number: str, unit: str) -> tuple[str, str]:
    """('12', 'jaar') for 'twaalf jaar' and '12 jaar' alike."""
    value = parse_cardinal(number.lower(), "nl")
    return (str(value.value) if value else number.lower(), UNITS.get(unit.lower(), unit.lower()))


def unnamed_demand_problem(fact: Fact, stem: str, people: list[str], texts: list[str]) -> str:
    """Why a demand ('Het OM had om ___ cel gevraagd') is not clear: the story reports more
    than one, and the stem names no one it is for."""
    if fact.type != "duration" or not DEMAND_RE.search(stem) or PARTY_RE.search(stem):
        return ""
    if any(_in_stem(p, stem) for p in people if p):
        return ""
    terms = set()
    for text in texts:
        if DEMAND_RE.search(text):
            terms |= {_term(number, unit) for number, unit in TERM_RE.findall(text)}
    if len(terms) < 2:
        return ""  # one demand, told more than once ('twaalf jaar ... 12 jaar')
    return "the story reports several demands, and the stem does not say whose"


PAST = ("WW(pv,verl",)
YEAR_RE = re.compile(r"(?<![\w-])(?:19[5-9]\d|20[0-4]\d)(?![\w-])")


def background_problem(fact: Fact, sentences: list[Sentence], year: int) -> str:
    """Why a number or date belongs to an earlier event the previous sentence dated.

    'In 1999 trof een beving de stad. Ongeveer 500.000 mensen werden dakloos.': the second
    sentence is in the past tense and its paragraph's previous sentence names an earlier year.
    """
    if fact.type not in (
        "count", "amount", "percentage", "measure", "month", "weekday", "date", "ordinal"
    ):  # fmt: skip
        return ""
    s = fact.sentence
    if not any(t.pos.startswith(PAST) for t in s.tokens) or YEAR_RE.search(s.text):
        return ""
    previous = [x for x in sentences if x.index == s.index - 1 and x.paragraph == s.paragraph]
    if not previous:
        return ""
    years = [int(y) for y in YEAR_RE.findall(previous[0].text)]
    if years and max(years) < year:
        return "a detail of an earlier event the sentence before dates"
    return ""


def name_part_problem(fact: Fact) -> str:
    """Why a name key is only part of a longer name ('Heracles ___' for 'Heracles Almelo'),
    or a year part of an event's name ('de Beach Cleanup Tour ___')."""
    tokens = fact.sentence.tokens
    if fact.type == "year":
        before = tokens[fact.i - 1] if fact.i else None
        named = (
            before is not None
            and fact.i > 1
            and before.word[:1].isupper()
            and before.word.isalpha()
            and before.word.lower() not in W.month_names("nl") + W.month_names("en")
        )
        return "the year is part of a name ('Tour ___')" if named else ""
    if fact.type not in PERSON_TYPES | {"place", "organisation"}:
        return ""
    before = tokens[fact.i - 1] if fact.i else None
    after = tokens[fact.j] if fact.j < len(tokens) else None
    glued = [
        t
        for t in (before, after)
        if t is not None
        and t.word[:1].isupper()
        and t.word.isalpha()
        and t.entity != "O"
        and t.word not in W.NATIONALITIES  # 'de Noor Jens Stoltenberg'
        and t.word.lower() not in W.NL_TITLES
    ]
    if before is not None and before in glued and fact.i - 1 == 0:
        glued.remove(before)  # a capital only because the sentence starts there
    portfolio = fact.i >= 2 and tokens[fact.i - 2].word.lower() in ("van", "voor")
    if before is not None and before in glued and portfolio and fact.type in PERSON_TYPES:
        glued.remove(before)  # 'minister van Financiën Eelco Heinen': a title, then the name
    if glued:
        return "the key is part of a longer name"
    # 'Carlien Dirkse | van den Heuvel': two particles and a capital go on with the surname
    # ('Kees Smit van Financiën' is a name and its portfolio)
    rest = [t.word for t in tokens[fact.j : fact.j + 3]]
    cut = len(rest) == 3 and tuple(rest[:2]) in SURNAME_PARTICLES and rest[2][:1].isupper()
    if fact.type in PERSON_TYPES and cut:
        return "the key is cut from a longer name ('Carlien Dirkse van den Heuvel')"
    return ""


SURNAME_PARTICLES = frozenset(
    {("van", "den"), ("van", "der"), ("van", "de"), ("van", "'t"), ("in", "'t"), ("op", "de")}
)


# '(rechtsboven)', '(links)': a photo caption's pointer left in the text
PHOTO_POSITION_RE = re.compile(r"\((?:rechts|links|midden)(?:boven|onder)?\)|\((?:m|l|r)\)", re.I)
# 'een daling van 2 procent in januari naar ___': only the smaller options fit
FROM_TO_RE = re.compile(r"\bvan\s+[\d.,]+\s+\S+(?:\s+\S+){0,3}\s+(?:naar|tot)\s+___")
# 'Enig verschil was dat ...', 'Directe aanleiding was ...': a bare noun that refers back
BARE_OPENING_RE = re.compile(
    r"^(?:[A-Z][a-z]+\s+)?[a-z]+\s+(?:was|is|waren|zijn)\s+(?:dat|de|het)\b"
)


def aside_bracket_problem(stem: str) -> str:
    """Why the gap sits alone in brackets ('tegen Go Ahead Eagles (___)'), the stem keeps a
    photo caption's '(rechtsboven)', or opens with a bare noun that refers back."""
    if re.search(r"\([^()]*___[^()]*\)", stem):
        return "the key is an aside in brackets ('(circa ___ inwoners)')"
    if PHOTO_POSITION_RE.search(stem):
        return "the stem keeps a photo caption's pointer ('(rechtsboven)')"
    if FROM_TO_RE.search(stem):
        return "'van 2 procent naar ___': the direction tells which option fits"
    if BARE_OPENING_RE.match(stem):
        return "the stem opens with a bare noun that refers back ('Enig verschil was ...')"
    return ""


# A main clause that opens with an earlier time tells what happened before the news:
# 'Twee jaar geleden veroverde de ploeg ...', 'Vorig seizoen won ...', 'Een week eerder ...'.
FRONTED_PAST_RE = re.compile(
    r"(?:\w+|\d+|een|enkele|ruim|bijna)\s+(?:\w+\s+)?(?:jaar|jaren|maanden|maand|weken|week|"
    r"dagen|decennia|eeuw|eeuwen)\s+(?:geleden|eerder|daarvoor)\b"
    r"|vorig(?:e)?\s+(?:jaar|seizoen|week|maand|editie|zomer|winter|eeuw)\b",
    re.I,
)


def timeline_problem(fact: Fact, year: int, lead: int) -> str:
    """Why a date belongs to the background rather than to the news ('' when it does not).

    A year before the article's own is an earlier event (an old record, a past wedding);
    a month or a full date outside the lead dates a side event (a launch, a publication,
    the start of ticket sales).
    """
    if fact.type == "year" and fact.key.isdigit() and int(fact.key) < year:
        return "the year of an earlier event: background, not the news"
    if fact.type == "year" and fact.sentence.index >= lead:
        return "a year outside the lead: mostly history or a comparison"
    tokens = fact.sentence.tokens
    words = [t.word.lower() for t in tokens]
    pluperfect = any(w in ("had", "hadden") for w in words) and any(
        t.pos.startswith("WW(vd") for t in tokens
    )
    if fact.type in ("year", "month", "date") and pluperfect:
        return "a date in the pluperfect ('had ... geëist'): an earlier step, not the news"
    # 'in mei verloor Feyenoord nog met 3-0': as recently as then, the state the news ends
    as_recently = any(
        t.pos.startswith(PAST) and "nog" in words[k + 1 : k + 4] for k, t in enumerate(tokens)
    )
    if fact.type in ("year", "month", "date", "weekday") and as_recently:
        return "a time the story contrasts with ('verloor in mei nog'): background"
    if fact.type == "ordinal" and words[fact.j : fact.j + 2] == ["en", "laatste"]:
        return "the number of the last one of a series ('de 21e en laatste')"
    if fact.type in ("month", "date") and fact.sentence.index >= lead:
        return "a month or date outside the lead: a side event"
    body = fact.sentence.text[tokens[body_start(fact.sentence)].start :]
    if FRONTED_PAST_RE.match(body):
        return "the sentence opens with an earlier time ('Twee jaar geleden ...'): background"
    rest = fact.sentence.text.replace(fact.key, " ")
    years = [int(y) for y in YEAR_RE.findall(rest)]
    past = any(t.pos.startswith(PAST) for t in fact.sentence.tokens)
    running = re.search(r"\b(sinds|vanaf)\b", rest, re.I)  # 'sinds 2018' still runs today
    if fact.type != "year" and years and max(years) < year and past and not running:
        return "the sentence is about an earlier year: background, not the news"
    return ""


# A placing in a ranking: 'de ___ plaats', 'eindigde als negende', 'werd zevende'.
PLACING_RE = re.compile(
    r"(?:___|\b\w+(?:de|ste)|\b\d+e)\s+(?:plaats|plek|positie|tijd)\b"
    r"|\b(?:eindigde|eindigt|finishte|finisht|werd|wordt)\s+(?:als\s+)?(?:___|\w+(?:de|ste)|\d+e)\b"
    r"|\b(?:het\s+)?(?:brons|zilver)\b",  # a medal below gold: 'beslag op het brons'
    re.I,
)


def side_placing_problem(stem: str, headline: str, key: str = "") -> str:
    """Why a placing is a side result ('' when it is not): a rank or a lesser medal ('De ___
    plaats ging naar Noorwegen', 'Wie eindigde als negende?', 'Wie legde beslag op het
    brons?') of someone the headline does not name. The story is about its headline's
    people; the rest of the field is detail, and a short stem rarely says which race of
    the day it means."""
    if not headline or not PLACING_RE.search(stem):
        return ""
    surname = key.split()[-1] if key else ""
    if surname[:1].isupper() and R.has_word(headline, surname):
        return ""  # the headline's own result, blanked above the question
    names = {w for w in re.findall(r"[A-Z][\w'-]+", headline) if len(w) > 2}
    if any(R.has_word(stem, n) for n in names):
        return ""
    return "a placing of someone the headline does not name: a side result"


def headline_actors(headline: str) -> tuple[str, ...]:
    """The two names a headline joins ('Philips en Shell boeken meer winst'), or ()."""
    found = re.search(r"([A-Z][\w-]+)\s+(?:en|&|and)\s+([A-Z][\w-]+)", headline)
    return found.groups() if found else ()


# Services the country has one of (the national police since 2013): 'de politie' needs no
# name to say which
NATIONAL_SERVICES = frozenset(
    {"politie", "douane", "marechaussee", "kustwacht", "openbaar ministerie"}
)


# 'De Brabantse gemeente': a region holds many of these, so the adjective does not say which
TOWN_NOUNS = frozenset({"gemeente", "stad", "dorp", "plaats", "woonplaats"})


# Sentence-initial definite noun phrases that refer back to the story without naming it:
# 'De schaatsers ...', 'Het duel ...', 'De thuisploeg ...', 'De programmering start ...'.
def definite_subject_problem(fact: Fact, stem: str, headline: str = "") -> str:
    """Why the stem opens with 'de/het + noun' that names nothing ('' when it does not).

    Allowed: a name right after the noun ('De provincie Gelderland'), a number ('De twee
    volwassenen'), or a noun the stem explains with a name later in the same phrase
    ('De voorverkoop voor het concert van Madonna' stays refused: the phrase must name).
    """
    tokens = fact.sentence.tokens
    b = body_start(fact.sentence)
    if len(tokens) < b + 3 or tokens[b].word.lower() not in ("de", "het"):
        return ""
    if not stem.startswith(tokens[b].word + " "):
        return ""  # the template rewrote the opening (a resolved subject, a question)
    k = b + 1
    while k < len(tokens) and tokens[k].pos.startswith("ADJ"):
        k += 1
    if k >= len(tokens) or fact.i <= k + 1:
        return ""  # the gap is in the subject itself ('De provincies ___, ...')
    head = tokens[k]
    regional = any(t.word[:1].isupper() for t in tokens[b + 1 : k])
    if regional and head.word.lower() not in TOWN_NOUNS:
        return ""  # 'De Nederlandse ploeg', 'De Friese hoofdstad': there is one
    if not head.pos.startswith("N(soort") or head.word[:1].isupper() or head.entity != "O":
        return ""
    verb = next((m for m in range(k + 1, len(tokens)) if tokens[m].pos.startswith("WW")), k + 1)
    phrase = tokens[k + 1 : verb]
    if fact.i < verb or any(t.word[:1].isupper() and t.entity != "O" for t in phrase):
        return ""  # the phrase names it: 'De provincie Gelderland', 'Het elftal van ___'
    noun = head.word.lower()
    adjectives = [t.word.lower() for t in tokens[b + 1 : k]]
    if noun in NATIONAL_SERVICES or " ".join([*adjectives, noun]) in NATIONAL_SERVICES:
        return ""  # 'De politie heeft ...': one service for the whole country, no 'which'
    said = re.findall(r"\w+", headline.lower())
    # an adjective sets it apart from the headline's ('De provinciale omroep' under
    # 'Lokale omroep ...'): the headline names it only with every adjective too
    if (
        len(noun) >= 4
        and not headline_actors(headline)
        and any(noun in w for w in said)
        and all(a in said for a in adjectives)
    ):
        return ""  # the headline above names it: 'De bouw ...' under 'Utrecht bouwt ...'
    return f"the stem opens with '{tokens[b].word} {head.word}' without saying which"
