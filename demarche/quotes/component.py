"""The ``demarche_quotes`` spaCy component: who said what, with the speaker resolved.

Runs after the parser, ``demarche_actors`` (whose mentions name the speakers) and
``demarche_time``, and assigns ``doc._.demarche_quotes``: a list of ``Quote`` records in text
order. It works without the actors component too; speakers are then None.

Steps, each in its own module: find the quoted stretches (``marks``), read candidate
attributions off the parse (``verbal`` for verbs, "according to" and "reportedly",
``late_clause`` for a "that" clause the parser hung past a long setting, ``title_case`` for
headline verbs the tagger read as names, ``trailing`` for the sentence a closing "…, he said."
reports, ``nominal`` for noun cues such as "Trump's call for", ``attitudes`` for "is not sure
that", ``messages`` for "his response was that", ``surveys`` for "in a poll", ``light``
for "made the case for", ``phrasal`` for "came out against"), tie quotes to cues and
classify direct / mixed / indirect (``direct``), add the "Name: …" lines of headlines and
live blogs (``headlines``), keep one attribution per token (PolNeAR's univocal convention,
so a "he said" inside a quotation is not reported twice), drop the perceptions, unrealised or
supposed sayings, idioms ("That said, …"), words inside markup tags and bare relative
sources PolNeAR does not annotate (``filters``), and resolve speakers (``speakers``).
"""

from bisect import bisect_left

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.language import Language
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc

from demarche.pipeline.extensions import register_extensions
from demarche.quotes.according import HEARSAY, according_to, hearsay
from demarche.quotes.attitudes import STANCE_WORDS, attitude_candidates
from demarche.quotes.cues import CueLexicon, make_cue_lexicon
from demarche.quotes.direct import QuoteLinker
from demarche.quotes.draft import Draft
from demarche.quotes.filters import (
    AFTER_CARVING,
    BEFORE_UNIVOCAL,
    in_markup,
    unnamed_relatives,
)
from demarche.quotes.going_on import going_on_candidates
from demarche.quotes.headlines import colon_lines
from demarche.quotes.late_clause import late_clauses
from demarche.quotes.light import LIGHT_VERBS, light_candidates
from demarche.quotes.marks import find_quoted, markup_spans
from demarche.quotes.messages import MESSAGE_NOUNS, message_candidates
from demarche.quotes.nesting import split_nested
from demarche.quotes.nominal import nominal_candidates
from demarche.quotes.phrasal import PHRASE_VERBS, phrasal_candidates
from demarche.quotes.speakers import resolve_speakers
from demarche.quotes.surveys import survey_candidates
from demarche.quotes.title_case import (
    headline_content,
    inflected_forms,
    title_case_candidates,
)
from demarche.quotes.trailing import trailing_clauses
from demarche.quotes.verbal import verbal_candidates

_MAX_DEPTH = 64


class QuoteExtractor:
    """Finds attributions in a parsed Doc; see the module docstring."""

    def __init__(self, nlp: Language, name: str, lexicon: CueLexicon) -> None:
        register_extensions()
        self.name = name
        self.lexicon = lexicon
        strings = nlp.vocab.strings
        self._cue_hashes = numpy.array(
            sorted(strings.add(lemma) for lemma in lexicon.all_lemmas), dtype=numpy.uint64
        )
        self._noun_hashes = numpy.array(
            sorted(strings.add(lemma) for lemma in lexicon.nouns), dtype=numpy.uint64
        )
        self._message_hashes = numpy.array(
            sorted(strings.add(lemma) for lemma in MESSAGE_NOUNS), dtype=numpy.uint64
        )
        self._adjective_hashes = numpy.array(
            sorted(strings.add(lemma) for lemma in STANCE_WORDS), dtype=numpy.uint64
        )
        self._light_hashes = numpy.array(
            sorted(strings.add(lemma) for lemma in LIGHT_VERBS), dtype=numpy.uint64
        )
        self._phrase_hashes = numpy.array(
            sorted(strings.add(lemma) for lemma in PHRASE_VERBS), dtype=numpy.uint64
        )
        self._according = numpy.uint64(strings.add("according"))
        self._in = numpy.uint64(strings.add("in"))
        self._hearsay = numpy.array(
            sorted(strings.add(word) for word in HEARSAY), dtype=numpy.uint64
        )
        self._go = numpy.uint64(strings.add("go"))
        self._inflected = numpy.array(
            sorted(strings.add(form) for form in inflected_forms(_headline_verbs(lexicon))),
            dtype=numpy.uint64,
        )
        self._nouns = numpy.array([NOUN, PROPN], dtype=numpy.uint64)

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # built from the tokens on every access: read it once
        doc._.demarche_quotes = [draft.to_record(text) for draft in self.drafts(doc, text)]
        return doc

    def drafts(self, doc: Doc, text: str | None = None) -> list[Draft]:
        """The attributions of a Doc as drafts, speakers resolved, in text order."""
        text = doc.text if text is None else text
        if len(doc) == 0:
            return []
        table = doc.to_array([LEMMA, LOWER, POS])
        cue_tokens = numpy.flatnonzero(numpy.isin(table[:, 0], self._cue_hashes)).tolist()
        according = numpy.flatnonzero(table[:, 1] == self._according).tolist()
        candidates = verbal_candidates(doc, self.lexicon, cue_tokens)
        late_clauses(doc, self.lexicon, candidates)
        headline_content(doc, candidates)
        trailing_clauses(doc, self.lexicon, candidates)
        titled = numpy.isin(table[:, 1], self._inflected) & numpy.isin(table[:, 2], self._nouns)
        candidates.extend(title_case_candidates(doc, numpy.flatnonzero(titled).tolist()))
        candidates.extend(according_to(doc, according))
        reported = numpy.flatnonzero(numpy.isin(table[:, 1], self._hearsay)).tolist()
        candidates.extend(hearsay(doc, reported))
        candidates.extend(
            going_on_candidates(doc, numpy.flatnonzero(table[:, 0] == self._go).tolist())
        )
        candidates.extend(
            survey_candidates(doc, numpy.flatnonzero(table[:, 1] == self._in).tolist())
        )
        nouns = numpy.flatnonzero(numpy.isin(table[:, 0], self._noun_hashes)).tolist()
        candidates.extend(nominal_candidates(doc, self.lexicon, nouns))
        messages = numpy.flatnonzero(numpy.isin(table[:, 0], self._message_hashes)).tolist()
        candidates.extend(message_candidates(doc, messages))
        adjectives = numpy.flatnonzero(numpy.isin(table[:, 0], self._adjective_hashes)).tolist()
        candidates.extend(attitude_candidates(doc, self.lexicon, adjectives))
        light = numpy.flatnonzero(numpy.isin(table[:, 0], self._light_hashes)).tolist()
        candidates.extend(light_candidates(doc, light))
        phrasal = numpy.flatnonzero(numpy.isin(table[:, 0], self._phrase_hashes)).tolist()
        candidates.extend(phrasal_candidates(doc, phrasal))
        markup = markup_spans(text)
        linker = QuoteLinker(doc, text, find_quoted(text, markup), candidates)
        linked = linker.link()
        linked.extend(colon_lines(doc, text, linker.starts))
        # a perception goes before ``univocal``, so a saying in what was seen survives it
        kept = [
            d
            for d in in_markup(linked, markup)
            if not any(unannotated(doc, d) for unannotated in BEFORE_UNIVOCAL)
        ]
        drafts = absorb_wrapped(univocal(doc, kept))
        for draft in drafts:
            draft.carve()
        # an outcome or a focus goes after carving, so the clause it heads stays out of the
        # content of the saying it modifies ("wants to enrol voters, focusing on the young")
        drafts = [
            d for d in drafts if not any(unannotated(doc, d) for unannotated in AFTER_CARVING)
        ]
        unnamed_relatives(doc, drafts)
        resolve_speakers(doc, drafts)
        return drafts


def _headline_verbs(lexicon: CueLexicon) -> frozenset[str]:
    """The verbs a Title Case headline may report with ("Praises", "Vows", "Denies")."""
    return (
        lexicon.speech | lexicon.cognition | lexicon.intention | lexicon.stance | lexicon.evidence
    )


def _depth(doc: Doc, index: int | None) -> int:
    """How far a cue sits from its sentence root (outer attributions come first)."""
    if index is None:
        return _MAX_DEPTH
    token = doc[index]
    depth = 0
    # compare indices: spaCy builds a new Token object on every access, so identity never holds
    while token.head.i != token.i and depth < _MAX_DEPTH:
        token = token.head
        depth += 1
    return depth


def univocal(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Keep one attribution per stretch of text: outer ones win over ones nested inside them.

    A cue inside another attribution's content (a "he said" within a quotation or a reported
    clause) and a content overlapping an accepted one are dropped, processing cues from the
    sentence root downwards (a cue interrupting its clause counts as above that clause), except
    where the cue opens a clause tacked on after the accepted content, which then ends before
    it (``nesting``). A cue in an accepted source's relative clause keeps its attribution and
    shortens that source. An
    ``outer`` draft ("…, Hewitt said, according to a transcript") is kept beside what it wraps.
    """
    # a cue that interrupts or closes the clause it reports hangs below that clause's verb in
    # the parse, yet it is the outer attribution: it goes before its head
    order = sorted(drafts, key=lambda d: (_depth(doc, d.cue_token) - 2 * d.loose, d.start))
    kept: list[Draft] = []
    taken = _Intervals()
    sources: list[Draft] = []
    for draft in order:
        own = list(draft.content)
        if draft.cue:
            own.append(draft.cue)
        if not (draft.outer or draft.nests) and any(taken.overlaps(s, e) for s, e in own):
            undo = split_nested(doc, draft, kept)
            if undo is None:
                continue
            taken = _Intervals.of(kept)
            if any(taken.overlaps(start, end) for start, end in own):
                undo()
                taken = _Intervals.of(kept)
                continue
        if not draft.outer and _inside_source(doc, draft, sources):
            continue
        kept.append(draft)
        for start, end in own:
            taken.add(start, end)
        if draft.source:
            sources.append(draft)
    return sorted(kept, key=lambda d: d.start)


def absorb_wrapped(drafts: list[Draft]) -> list[Draft]:
    """Fold an attribution into the "according to" that wraps it.

    In "“…,” Welch said, according to Vermont Edition. “…”" PolNeAR has one attribution: the
    outlet is the source, "according to" the cue, and the quotations (with the "Welch said"
    between them) the content; the speaker's own "said" is part of what the outlet reports.
    So too "Kasich said he would have fired him, according to press reports". ``univocal``
    keeps an ``outer`` draft beside what it wraps, so a draft whose cue lies inside the outer
    content is merged into it here.
    """
    outers = [d for d in drafts if d.outer and d.content]
    if not outers:
        return drafts
    absorbed: set[int] = set()
    for outer in outers:
        for inner in drafts:
            if inner.outer or inner.cue is None or id(inner) in absorbed:
                continue
            if not any(start <= inner.cue[0] < end for start, end in outer.content):
                continue
            outer.content = _union(outer.content + inner.content)
            if inner.kind == "direct":
                outer.kind = "direct"
            absorbed.add(id(inner))
    return [d for d in drafts if id(d) not in absorbed]


def _union(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted character ranges with overlapping ones merged."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _inside_source(doc: Doc, draft: Draft, sources: list[Draft]) -> bool:
    """Whether a draft lies in an accepted draft's source. An attribution heading the source's
    relative clause ("Bernie Sanders, who on Tuesday endorsed Clinton, said …") is kept and the
    source ends before that clause; any other is dropped."""
    if draft.cue is None:
        return False
    for other in sources:
        if other.source is None or not other.source[0] <= draft.cue[0] < other.source[1]:
            continue
        if draft.cue_token is None or doc[draft.cue_token].dep_ != "relcl":
            return True
        clause = doc[draft.cue_token].left_edge
        if clause.idx <= other.source[0]:
            return True
        other.source = (other.source[0], clause.idx)
        return False
    return False


class _Intervals:
    """Character intervals kept merged and sorted, so an overlap test is a binary search."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    @classmethod
    def of(cls, drafts: list[Draft]) -> "_Intervals":
        """The ranges the drafts' contents and cues cover."""
        intervals = cls()
        for draft in drafts:
            for start, end in (*draft.content, *([draft.cue] if draft.cue else [])):
                intervals.add(start, end)
        return intervals

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_left(self.starts, end) - 1  # the last interval starting before ``end``
        return index >= 0 and self.ends[index] > start

    def add(self, start: int, end: int) -> None:
        index = bisect_left(self.starts, start)
        # merge with every interval the new one touches
        while index > 0 and self.ends[index - 1] >= start:
            index -= 1
        stop = index
        while stop < len(self.starts) and self.starts[stop] <= end:
            stop += 1
        if stop > index:
            start = min(start, self.starts[index])
            end = max(end, self.ends[stop - 1])
        self.starts[index:stop] = [start]
        self.ends[index:stop] = [end]


@Language.factory(
    "demarche_quotes",
    requires=["token.dep", "token.head", "token.lemma", "token.pos"],
    assigns=["doc._.demarche_quotes"],
    default_config={"lexicon": {"@misc": "demarche.quote_cues.v1"}},
)
def make_quotes(nlp: Language, name: str, lexicon: CueLexicon) -> QuoteExtractor:
    """Create the quotes component (``nlp.add_pipe("demarche_quotes")``)."""
    return QuoteExtractor(nlp, name, lexicon)


__all__ = [
    "QuoteExtractor",
    "absorb_wrapped",
    "make_cue_lexicon",
    "make_quotes",
    "univocal",
]
