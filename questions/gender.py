"""Who is a he and who is a she: from the article's own words first, then from first names.

Person options must agree with a stem that says 'zijn' or 'haar', and a female rider's
question should not offer male riders. The article decides where it can ('de wielrenster
Annemiek van Vleuten'; 'Jan Smit ... Hij ...'); otherwise the first name is looked up in
gender-guesser's name lists. Unknown stays unknown: such a person is never mixed in.
"""

from __future__ import annotations

from functools import lru_cache

from questions.analysis.base import Sentence
from questions.spans import Mention
from questions.wordlists import _words

# Female forms of role nouns; the male or neutral forms tell nothing certain.
FEMALE_ROLES = _words(
    """
    zangeres wielrenster renster schaatsster speelster tennisster atlete actrice schrijfster
    kunstenares winnares kampioene woordvoerster voorzitster koningin prinses gravin
    burgemeesteres directrice presentatrice journaliste politica minister-presidente
    verpleegster lerares boerin moeder dochter zus zuster vrouw echtgenote weduwe oma
    """
)
MALE_ROLES = _words("koning prins graaf vader zoon broer man echtgenoot weduwnaar opa heer")
PRONOUN_GENDER = {"hij": "m", "zij": "f"}


@lru_cache(maxsize=1)
def _detector():
    """gender-guesser's detector (loads its name lists once)."""
    import gender_guesser.detector as gd

    return gd.Detector(case_sensitive=False)


def from_first_name(name: str) -> str:
    """'m', 'f' or '' from a person's first name."""
    first = name.split()[0] if name.split() else ""
    if len(first) < 2 or not first[:1].isupper() or first.endswith("."):
        return ""
    guess = _detector().get_gender(first)
    return {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}.get(guess, "")


def person_genders(
    sentences: list[Sentence], mentions: list[Mention], full_names: dict[str, str]
) -> dict[str, str]:
    """Full person name -> 'm' or 'f' where the article or the first name tells."""
    evidence: dict[str, set[str]] = {}

    def note(name: str, gender: str) -> None:
        evidence.setdefault(full_names.get(name, name), set()).add(gender)

    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.kind == "PER":
            by_sentence.setdefault(m.sentence, []).append(m)
    for s in sentences:
        people = by_sentence.get(s.index, [])
        for m in people:
            if m.i:
                role = s.tokens[m.i - 1].word.lower()
                if role in FEMALE_ROLES:
                    note(m.text, "f")
                elif role in MALE_ROLES:
                    note(m.text, "m")
        if len({full_names.get(m.text, m.text) for m in people}) == 1:
            # 'Anna Visser won goud en zij reed een record': a pronoun after the only name
            last = max(m.j for m in people)
            for token in s.tokens[last:]:
                said = PRONOUN_GENDER.get(token.word.lower())
                if said and token.pos.startswith("VNW(pers") and "mv" not in token.pos:
                    note(people[0].text, said)
                    break
        following = [x for x in sentences if x.index == s.index + 1 and x.paragraph == s.paragraph]
        names = {full_names.get(m.text, m.text) for m in people}
        if len(names) == 1 and following and following[0].tokens:
            first = following[0].tokens[0]
            gender = PRONOUN_GENDER.get(first.word.lower())
            # 'Zij' with a plural verb is 'they'
            verb = following[0].tokens[1].pos if len(following[0].tokens) > 1 else ""
            if gender and not (gender == "f" and "mv" in verb):
                note(next(iter(names)), gender)
    genders = {}
    for m in mentions:
        if m.kind != "PER":
            continue
        name = full_names.get(m.text, m.text)
        said = evidence.get(name, set())
        if len(said) == 1:
            genders[name] = next(iter(said))
        elif not said:
            guess = from_first_name(name)
            if guess:
                genders[name] = guess
    return genders
