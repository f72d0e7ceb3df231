"""Rule-based pronoun resolution over the mentions the resolver found.

``coreferee`` (the maintained spaCy coreference package) supports spaCy only up to 3.5 and needs
its own trained models, so demarche resolves pronouns with rules that are cheap and testable:

* agreement: he/him/his need a person not known to be female, she/her one not known to be male,
  it/its a non-person singular actor, they/them/their a plural group or an organisation;
* binding: an object pronoun does not refer to the subject of its own clause ("Trump, who
  mocked him" - "him" is not Trump); the subject is found through relative pronouns and
  non-finite clauses ("by calling him");
* quotations: a third-person pronoun inside a quotation does not refer to its speaker, and
  pronouns outside quotations ignore the mentions inside them, since a quotation is another
  voice; "I"/"me"/"my" inside a quotation refer to the speaker;
* cataphora: a pronoun in an adverbial before the main subject refers to that subject
  ("During his tour, Trump ...");
* salience: among the remaining candidates, the actor mentioned recently, as a subject, and
  often wins.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter

import numpy
from spacy.attrs import IS_PUNCT, IS_QUOTE, IS_SPACE, TAG
from spacy.tokens import Doc, Token

from demarche.actors.resolver import DocumentResolver, Draft
from demarche.actors.vocabulary import (
    FEMALE,
    FIRST_SINGULAR,
    MALE,
    NEUTER,
    PLURAL,
    REFLEXIVE,
    SPEECH_VERBS,
    THIRD_PERSON,
)

OPEN_QUOTES = "\u201c\u00ab"
CLOSE_QUOTES = "\u201d\u00bb"
WINDOW = 4
"""Sentences back that pronoun antecedents are looked for in."""
LOOK_BACK = 120
"""Mentions before a pronoun that are considered at most: bounds the work on huge inputs."""

GROUP_KINDS = frozenset({"armed group", "organisation", "party", "igo"})
RELATIVES = frozenset({"who", "that", "which", "whom"})
CLIMB_DEPS = frozenset({"xcomp", "advcl", "pcomp", "prep", "acl", "conj"})


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks (curly pairs, or straight quotes toggling)."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    straight: int | None = None
    for i, char in enumerate(text):
        if char in OPEN_QUOTES and start is None:
            start = i
        elif char in CLOSE_QUOTES and start is not None:
            spans.append((start, i + 1))
            start = None
        elif char == '"':
            if straight is None:
                straight = i
            else:
                spans.append((straight, i + 1))
                straight = None
        elif char == "\n" and text[i + 1 : i + 2] == "\n":
            start = straight = None  # a quotation never runs across a paragraph break unclosed
    return sorted(spans)


def quote_spans_of(doc: Doc) -> list[tuple[int, int]]:
    """``quote_spans`` over a Doc's quotation-mark and paragraph-break tokens only."""
    flags = doc.to_array([IS_QUOTE, IS_SPACE])
    marks: list[str] = []
    offsets: list[int] = []
    for index in numpy.flatnonzero(flags.any(axis=1)):
        token = doc[int(index)]
        for k, char in enumerate(token.text):
            if char in OPEN_QUOTES or char in CLOSE_QUOTES or char in '"\n':
                marks.append(char)
                offsets.append(token.idx + k)
    spans = []
    for start, end in quote_spans("".join(marks)):
        spans.append((offsets[start], offsets[end - 1] + 1))
    return spans


class PronounResolver:
    """Resolves the pronouns of one document, left to right, extending ``resolver.drafts``."""

    def __init__(self, resolver: DocumentResolver) -> None:
        self.resolver = resolver
        self.doc: Doc = resolver.doc
        self.quotes = quote_spans_of(self.doc)
        self.draft_starts: list[int] = []
        self.subjects: dict[int, list[Token]] = {}
        punct = self.doc.to_array([IS_PUNCT])
        self.commas = [int(i) for i in numpy.flatnonzero(punct) if self.doc[int(i)].text == ","]
        self.quote_starts = [s for s, _ in self.quotes]
        self.sent_starts = resolver.sent_starts
        self.by_token: dict[int, Draft] = {}
        for draft in resolver.drafts:
            for i in range(draft.start, draft.end):
                self.by_token.setdefault(i, draft)
        for draft in resolver.drafts:
            draft.in_quote = self.quote_of(draft.root.idx) is not None

    def quote_of(self, char: int) -> tuple[int, int] | None:
        index = bisect.bisect_right(self.quote_starts, char) - 1
        if index >= 0:
            start, end = self.quotes[index]
            if start <= char < end:
                return start, end
        return None

    def sent_of(self, token_i: int) -> int:
        return bisect.bisect_right(self.sent_starts, token_i) - 1

    def run(self) -> None:
        pronouns = []
        wanted = numpy.array(
            [self.doc.vocab.strings.add("PRP"), self.doc.vocab.strings.add("PRP$")], dtype="uint64"
        )
        tags = self.doc.to_array([TAG])
        for index in numpy.flatnonzero(numpy.isin(tags, wanted)):
            token = self.doc[int(index)]
            lower = token.lower_
            if token.i in self.resolver.covered:
                continue
            if lower in THIRD_PERSON or lower in FIRST_SINGULAR:
                draft = Draft(token.i, token.i + 1, "PRON", None, token, lower in PLURAL)
                draft.in_quote = self.quote_of(token.idx) is not None
                pronouns.append(draft)
        self.resolver.drafts.extend(pronouns)
        self.resolver.drafts.sort(key=lambda d: (d.start, d.end))
        self.draft_starts = [d.start for d in self.resolver.drafts]
        for draft in pronouns:
            self.by_token[draft.start] = draft
        self.done: set[int] = set()
        for draft in pronouns:
            self.resolve(draft)

    # ------------------------------------------------------------------ constraints
    def compatible(self, pronoun: str, candidate: Draft) -> bool:
        actor = self.resolver.actors.get(candidate.actor or "")
        if actor is None:
            return False
        person = actor.kind == "person" or (actor.kind is None and candidate.label == "PERSON")
        gender = self.resolver.genders.get(actor.id) or candidate.gender
        if pronoun in MALE:
            return person and gender != "f"
        if pronoun in FEMALE:
            return person and gender != "m"
        if pronoun in NEUTER:
            return not person and not candidate.plural
        if pronoun in PLURAL:
            return (
                not person
                and (candidate.plural or actor.kind in GROUP_KINDS)
                and (candidate.label != "NORP" or candidate.root.dep_ not in ("amod", "compound"))
            )
        return False

    def clause_subject(self, token: Token) -> Draft | None:
        """The mention that is the subject of the clause a token belongs to."""
        verb = token.head
        for _ in range(6):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                subject = subjects[0]
                if subject.lower_ in RELATIVES and verb.dep_ == "relcl":
                    subject = verb.head
                return self.by_token.get(subject.i)
            if verb.dep_ not in CLIMB_DEPS or verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    def speaker(self, quote: tuple[int, int]) -> str | None:
        """The actor who utters a quotation: the subject of the reporting clause around it."""
        doc = self.doc
        first = doc.char_span(quote[0], quote[0] + 1, alignment_mode="expand")
        last = doc.char_span(quote[1] - 1, quote[1], alignment_mode="expand")
        if first is None or last is None:
            return None
        sents = {self.sent_of(first.start), self.sent_of(last.start)}
        after = self.sent_of(last.start) + 1
        if after < len(self.sent_starts):
            sents.add(after)
        best: tuple[int, str] | None = None
        low = self.sent_starts[min(sents)]
        high = (
            self.sent_starts[max(sents) + 1] if max(sents) + 1 < len(self.sent_starts) else len(doc)
        )
        drafts = self.resolver.drafts
        window = drafts[
            bisect.bisect_left(self.draft_starts, low) : bisect.bisect_left(self.draft_starts, high)
        ]
        for draft in window[:LOOK_BACK]:
            if draft.in_quote or self.sent_of(draft.start) not in sents or not draft.subject:
                continue
            if draft.label == "PRON" and draft.root.lower_ in FIRST_SINGULAR:
                continue
            if draft.label == "PRON" and draft.start not in self.done:
                self.resolve(draft)
            if not draft.actor:
                continue
            verb = draft.root.head
            score = 2 if verb.lemma_.lower() in SPEECH_VERBS else 1
            if draft.start > last.start and self.sent_of(draft.start) != self.sent_of(last.start):
                score -= 1  # the sentence after: a weaker sign
            if best is None or score > best[0]:
                best = (score, draft.actor)
        return best[1] if best else None

    def cataphora(self, pronoun: Draft) -> Draft | None:
        """A pronoun in a fronted adverbial refers to the main subject after it."""
        token = pronoun.root
        start, _ = self.resolver.sentence_of(token.i)
        subject = next((s for s in self.main_subjects(start) if s.i > token.i), None)
        if subject is None:
            return None
        if any(a.i == subject.i for a in token.ancestors):
            return None
        comma = bisect.bisect_right(self.commas, token.i)
        if comma >= len(self.commas) or self.commas[comma] >= subject.i:
            return None  # no comma closes the adverbial before the subject
        candidate = self.by_token.get(subject.i)
        if candidate is not None and candidate.label != "PRON":
            return candidate
        return None

    def main_subjects(self, sentence_start: int) -> list[Token]:
        """The subjects of a sentence's root verb, found once per sentence."""
        if sentence_start not in self.subjects:
            start, end = self.resolver.sentence_of(sentence_start)
            root = self.doc[start]
            for _ in range(end - start):
                if root.head.i == root.i or not start <= root.head.i < end:
                    break
                root = root.head
            subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
            self.subjects[sentence_start] = subjects
        return self.subjects[sentence_start]

    # ------------------------------------------------------------------ resolution
    def resolve(self, pronoun: Draft) -> None:
        if pronoun.start in self.done:
            return
        self.done.add(pronoun.start)
        lower = pronoun.root.lower_
        quote = self.quote_of(pronoun.root.idx)
        if lower in FIRST_SINGULAR:
            pronoun.actor = self.speaker(quote) if quote else None
            return
        if lower in NEUTER and pronoun.root.dep_ not in ("nsubj", "nsubjpass", "poss"):
            return  # "open to it": an object "it" is far more often a thing than an actor
        excluded: set[str] = set()
        if quote is not None:
            speaker = self.speaker(quote)
            if speaker:
                excluded.add(speaker)
        token = pronoun.root
        if lower in REFLEXIVE:
            subject = self.clause_subject(token)
            if subject is not None and subject.actor and self.compatible(lower, subject):
                pronoun.actor = subject.actor
                return
        elif token.dep_ in ("dobj", "dative", "pobj", "iobj", "obj"):
            subject = self.clause_subject(token if token.dep_ != "pobj" else token.head)
            if subject is not None and subject.actor and subject is not pronoun:
                excluded.add(subject.actor)
        if quote is None:
            ahead = self.cataphora(pronoun)
            if (
                ahead is not None
                and ahead.actor
                and self.compatible(lower, ahead)
                and (ahead.actor not in excluded)
            ):
                pronoun.actor = ahead.actor
                return
        pronoun.actor = self.best_antecedent(pronoun, lower, excluded, quote)

    def best_antecedent(
        self, pronoun: Draft, lower: str, excluded: set[str], quote: tuple[int, int] | None
    ) -> str | None:
        here = self.sent_of(pronoun.start)
        counts: Counter[str] = Counter()
        scores: dict[str, float] = {}
        drafts = self.resolver.drafts
        stop = bisect.bisect_left(self.draft_starts, pronoun.start)
        for draft in drafts[max(0, stop - LOOK_BACK) : stop]:
            if not draft.actor or draft is pronoun:
                continue
            if quote is None and draft.in_quote:
                continue
            if draft.label == "PRON" and draft.root.lower_ in FIRST_SINGULAR:
                continue
            counts[draft.actor] += 1
            distance = here - self.sent_of(draft.start)
            if distance > WINDOW or draft.actor in excluded:
                continue
            if not self.compatible(lower, draft):
                continue
            score = -1.2 * distance
            if draft.subject:
                score += 1.0
            if distance == 0:
                score += 0.4 - 0.01 * (pronoun.start - draft.end)
            if pronoun.subject and draft.subject:
                score += 0.3
            if draft.label == "NOMINAL":
                score -= 0.3
            scores[draft.actor] = max(scores.get(draft.actor, -math.inf), score)
        if not scores:
            return None
        return max(scores, key=lambda a: scores[a] + 0.15 * min(counts[a], 5))
