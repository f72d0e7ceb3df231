"""Third-person pronouns bound to the subject of the clause that embeds them.

An event's doer is often a pronoun ("the RUF announced it will return weapons"); the component
credits it to the clause's own named subject when the grammar makes that the only reading. This
is a sentence-internal binding, deliberately narrower than coreference: the actors component
resolves pronouns across sentences, and this only fills in what a parse alone settles.
"""

from __future__ import annotations

from spacy.tokens import Token

SINGULAR_PERSONAL = frozenset({"he", "him", "his", "she", "her", "hers"})
SINGULAR_NEUTER = frozenset({"it", "its"})
PLURAL = frozenset({"they", "them", "their", "theirs"})
THIRD_PERSON = SINGULAR_PERSONAL | SINGULAR_NEUTER | PLURAL
MAX_BINDING_STEPS = 6


def _agrees(pronoun: str, noun: Token) -> bool:
    """Whether a candidate antecedent can be what a pronoun stands for (person and number)."""
    plural = noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)
    if pronoun in SINGULAR_PERSONAL:
        return noun.ent_type_ == "PERSON" or (noun.pos_ == "NOUN" and not plural)
    if pronoun in SINGULAR_NEUTER:
        return noun.ent_type_ != "PERSON" and not plural
    return plural or noun.ent_type_ in ("ORG", "NORP", "GPE")


def antecedent(pronoun: Token) -> Token | None:
    """The subject a third-person pronoun is bound to within its sentence, if any.

    A pronoun in a reported or embedded clause refers, in news prose, to the subject of the
    clause that embeds it: "the RUF announced it will return weapons", "Bouteflika said he is
    prepared to lift the ban", "fundamentalists continued their hunger strike". The climb stops
    at the first governing verb whose subject agrees in person and number; a pronoun that is
    itself the subject is never its own antecedent.
    """
    word = pronoun.lower_
    if word not in THIRD_PERSON:
        return None
    current = pronoun
    for _ in range(MAX_BINDING_STEPS):
        head = current.head
        if head == current:
            return None
        if head.pos_ in ("VERB", "AUX"):
            subject = next(
                (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c != current),
                None,
            )
            if subject is not None and subject.pos_ != "PRON" and _agrees(word, subject):
                return subject
            if subject is not None:
                return None  # the nearest clause has another subject: no binding across it
        current = head
    return None
