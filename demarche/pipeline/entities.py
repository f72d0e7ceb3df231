"""Document-level consistency for named entities.

The small English model labels each mention on its own, so one article can call the same man a
PERSON three times and an ORG eight times, miss a name after a possessive ("China's Xi
Jinping") or take an unfamiliar name for a WORK_OF_ART. A reader does not: a name means one thing
throughout an article. This component gathers evidence for each name across the whole document,
weighting structural evidence (a title or honorific before the name, the name being part of a
full personal name elsewhere, a possessive country before it, a person-only predicate) above
single model votes, and relabels every mention of the name with its best-supported label.
"""

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

TITLES: frozenset[str] = frozenset(
    """
    adm. admiral ambassador archbishop attorney ayatollah bishop capt. captain cardinal ceo
    chair chairman chairwoman chancellor chief coach col. colonel commander commissioner
    congressman congresswoman councillor councilor czar dame deputy detective dictator director
    dr. emir emperor empress envoy gen. general gov. governor imam inspector judge justice king
    lady leader lieutenant lord lt. maj. major marshal mayor mep minister miss mp mr. mrs. ms.
    officer pope premier president president-elect prince princess prof. professor prosecutor
    queen rabbi rep. representative secretary sen. senator sergeant sgt. sheikh sir speaker
    spokesman spokesperson spokeswoman sultan superintendent tsar vice-president
    """.split()
)
"""Words that, written before a capitalised name, mark it as a person's name."""

PERSON_PREDICATES: frozenset[str] = frozenset(
    """
    accuse add admit announce apologise apologize appoint argue arrest assassinate bear believe
    claim convict criticise criticize declare deny die elect fear feel hope impeach insist jail
    kill marry meet nominate oust pledge praise promise resign say sentence sign speak state
    succeed talk tell thank think tweet urge visit vow want warn wish write
    """.split()
)
"""Lemmas whose subject is almost always a person when it is a bare capitalised name."""

WEAK_LABELS: frozenset[str] = frozenset(
    {"WORK_OF_ART", "PRODUCT", "LAW", "EVENT", "LANGUAGE", "FAC"}
)
"""Labels the small model gives to unfamiliar personal names and rarely to subjects of
person-only predicates (organisations and places "say" things; books do not)."""

ORG_WORDS: frozenset[str] = frozenset(
    """
    agency alliance army assembly association bank brigade brigades commission committee company
    congress corporation corps council court federation force forces front group guard guards
    institute league ministry movement navy news office organisation organization parliament
    party post senate service services times union university
    """.split()
)
"""Head words that make a capitalised phrase an organisation's name, not a person's."""

PLACE_LABELS: frozenset[str] = frozenset({"GPE", "NORP", "LOC"})
POSSESSIVE: frozenset[str] = frozenset({"'s", "’s", "'", "’"})

MODEL_VOTE = 1
PATTERN_VOTE = 4
NAME_PART_VOTE = 3


@Language.factory(
    "demarche_entities",
    requires=["doc.ents", "token.pos", "token.dep"],
    assigns=["doc.ents"],
    default_config={"max_name_tokens": 4},
)
def make_entity_consistency(nlp: Language, name: str, max_name_tokens: int) -> "EntityConsistency":
    return EntityConsistency(nlp, max_name_tokens=max_name_tokens)


class EntityConsistency:
    """Relabel entities so that each name carries its best-supported label in the document."""

    def __init__(self, nlp: Language, max_name_tokens: int = 4) -> None:
        self.max_name_tokens = max_name_tokens
        self.matcher = Matcher(nlp.vocab)
        name: dict[str, Any] = {
            "IS_TITLE": True,
            "IS_ALPHA": True,
            "POS": {"IN": ["PROPN", "NOUN", "ADJ"]},
            "LOWER": {"NOT_IN": sorted(TITLES)},
        }
        title: dict[str, Any] = {"LOWER": {"IN": sorted(TITLES)}}
        hyphen_name: list[dict[str, Any]] = [{"IS_TITLE": True}, {"ORTH": "-"}, {"IS_LOWER": True}]
        for size in range(1, max_name_tokens + 1):
            self.matcher.add("TITLED", [[title, *([name] * size)]])
        # Korean and Chinese given names written with a hyphen: "Chung Dong-young".
        self.matcher.add("TITLED", [[title, name, *hyphen_name]])
        possessor: dict[str, Any] = {"ENT_TYPE": {"IN": sorted(PLACE_LABELS)}}
        possessive: dict[str, Any] = {"ORTH": {"IN": sorted(POSSESSIVE)}}
        for size in range(2, max_name_tokens):
            self.matcher.add("POSSESSED", [[possessor, possessive, *([name] * size)]])

    def __call__(self, doc: Doc) -> Doc:
        ents = [span for span in (trim_possessive(e) for e in doc.ents) if span is not None]
        evidence = self.person_evidence(doc)
        ents = merge_person_spans(ents, evidence)
        votes = self.vote(ents, evidence)
        best = {key: best_label(counter) for key, counter in votes.items()}
        relabelled: list[Span] = []
        for span in ents:
            key = key_of(span)
            counter = votes.get(key)
            if counter is None or counter[best[key]] <= counter[span.label_]:
                relabelled.append(span)  # only a label with more votes replaces the model's
            else:
                relabelled.append(Span(doc, span.start, span.end, label=best[key]))
        relabelled.extend(
            find_unlabelled(doc, relabelled, {k for k, v in best.items() if v == "PERSON"})
        )
        doc.ents = filter_spans(relabelled)
        return doc

    def person_evidence(self, doc: Doc) -> list[Span]:
        """Spans that structure alone says are personal names."""
        spans: list[Span] = []
        person_at = {
            i: ent for ent in doc.ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)
        }
        for match_id, start, end in self.matcher(doc):
            label = doc.vocab.strings[match_id]
            if label == "TITLED":
                start += 1
            else:  # POSSESSED: skip the possessor and the possessive marker
                start = next(i for i in range(start, end) if doc[i].text in POSSESSIVE) + 1
                # After "Iran's" an untagged name may as well be an organisation's.
                if any(t.ent_type_ not in ("", "PERSON") for t in doc[start:end]):
                    continue
            span = doc[start:end]
            if span[-1].lower_ in ORG_WORDS:
                continue
            if is_name_shaped(span):
                spans.append(widen_to_person(span, person_at))
        for ent in doc.ents:
            if ent.label_ in WEAK_LABELS and is_name_shaped(ent) and has_person_predicate(ent):
                spans.append(ent)
        # Longest first so that "Lee Jae Myung" wins over "Lee".
        return filter_spans(spans)

    def vote(self, ents: Iterable[Span], evidence: list[Span]) -> dict[str, Counter[str]]:
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for span in ents:
            votes[key_of(span)][span.label_] += MODEL_VOTE
        for span in evidence:
            votes[key_of(span)]["PERSON"] += PATTERN_VOTE
        full_names = [
            k for k, c in votes.items() if " " in k and c.most_common(1)[0][0] == "PERSON"
        ]
        for full in full_names:
            parts = full.split()
            for part in (parts[0], parts[-1]):
                if part in votes and len(part) > 1:
                    votes[part]["PERSON"] += NAME_PART_VOTE
        return votes


def key_of(span: Span) -> str:
    """The name a span stands for: its text without a leading article or possessive."""
    words = [t.text for t in span if t.lower_ not in {"the"}]
    return " ".join(words).replace(" - ", "-").replace(" -", "-").replace("- ", "-")


def trim_possessive(span: Span) -> Span | None:
    """Drop a trailing possessive marker the model sometimes includes ("North Korea's")."""
    end = span.end
    while end > span.start and span.doc[end - 1].text in POSSESSIVE:
        end -= 1
    if end == span.start:
        return None
    return span if end == span.end else Span(span.doc, span.start, end, label=span.label_)


def is_name_shaped(span: Span) -> bool:
    """Capitalised alphabetic words, hyphen-joined parts allowed, no function words."""
    if not 0 < len(span) <= 6:
        return False
    if not span[0].is_title:
        return False
    for token in span:
        if token.text == "-":
            continue
        if not token.is_alpha or (token.is_stop and token.is_lower):
            return False
        if token.is_lower and not (token.i > 0 and token.doc[token.i - 1].text == "-"):
            return False
    return True


def best_label(votes: Counter[str]) -> str:
    """The label with most votes; PERSON wins ties, since only structure votes twice for it."""
    return max(votes, key=lambda label: (votes[label], label == "PERSON"))


def widen_to_person(span: Span, person_at: dict[int, Span]) -> Span:
    """A pattern match inside or across a model PERSON entity takes that entity's extent."""
    for i in range(span.start, span.end):
        ent = person_at.get(i)
        if ent is not None:
            start, end = min(ent.start, span.start), max(ent.end, span.end)
            return span.doc[start:end]
    return span


def has_person_predicate(span: Span) -> bool:
    root: Token = span.root
    return root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ in PERSON_PREDICATES


def merge_person_spans(ents: list[Span], evidence: list[Span]) -> list[Span]:
    """Add pattern-found names; where they overlap a model entity, the longer span wins."""
    spans = [*ents, *(Span(s.doc, s.start, s.end, label="PERSON") for s in evidence)]
    return filter_spans(spans)


def find_unlabelled(doc: Doc, ents: list[Span], person_keys: set[str]) -> list[Span]:
    """Mentions of a known personal name that the model left untagged.

    Only single proper-noun tokens are looked up, which is cheap and covers the common case of a
    surname repeated on its own after the full name was introduced.
    """
    if not person_keys:
        return []
    covered = {i for span in ents for i in range(span.start, span.end)}
    single = {k for k in person_keys if " " not in k}
    found = []
    for token in doc:
        if token.i in covered or token.pos_ != "PROPN" or token.text not in single:
            continue
        found.append(Span(doc, token.i, token.i + 1, label="PERSON"))
    return found
