"""Tie quoted stretches to their cues, and decide which attributions are direct or mixed.

The parser often runs one tree across a quotation and the next paragraph, so a verb's parsed
complement is not trusted where quotation marks say otherwise. Linking runs in three passes:

1. Adjacency. Each quotation looks for a cue next to it: after it when it ends with a comma
   (or ?, !, a dash) as in "“…,” Tester said" and "“…,” said Kim", before it when only a short
   stretch without a verb separates them, as in "He added: “…”" or "saying, “…”". The windows
   stop at sentence ends, paragraph breaks and other quotations. A dash on the same line, or
   opening the next paragraph, is an attribution too ("“…” - Commissioner Geoffrey Starks").
   A quotation in lower case after an aside ("“…,” Tester said, referring to …, “you …”")
   carries on the main cue's words, and one after an interrupting cue ("It is time, he said,
   “not only …”") takes the start of its sentence into the content. A cue's quotations replace
   its parsed complement when that complement touches a quotation or lies on the cue's other
   side (a misparse); otherwise they join it, and the attribution is mixed.
2. Complements. A cue with no adjacent quotation keeps its parsed complement (clipped to the
   cue's paragraph): direct when it lies inside one quotation, mixed when it holds one
   ("said that Bush “has to …”"), indirect otherwise.
3. Continuations. A quotation still unclaimed that is a sentence of its own continues the
   direct attribution just before it: in the same paragraph ("“…,” Durbin said. “…”"), or in
   the previous one when that paragraph left its quotation open (multi-paragraph quotes) or
   ended with the attribution; after an aside, it returns to the last direct quotation of the
   same actor. Otherwise it becomes an attribution without a source, whose speaker is the most
   recent one (see ``speakers``).

Quoted stretches embedded mid-sentence with no cue (titles, scare quotes) are left alone.
Every search is bounded by a fixed token window, so the cost is linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from demarche.quotes.content import ADDRESSEE_OBJECT, only_adverbial
from demarche.quotes.draft import CharRange, Draft
from demarche.quotes.marks import Quoted
from demarche.quotes.sources import source_range, speaker_token
from demarche.quotes.spans import token_end
from demarche.quotes.speakers import actor_for

WINDOW_AFTER = 25
WINDOW_BEFORE = 12
CONTINUATION_GAP = 600
"""Characters beyond which a source-less quotation no longer continues the one before it."""
LOOKBACK = 5000
"""How far back (in characters of attribution starts) a continuation looks for its attribution."""

_SENTENCE_END = frozenset({".", "!", "?"})
_TRAILING = frozenset(",?!—–―-…")
"""What ends a quotation that a trailing attribution follows: “…,” he said."""
_INTRODUCERS = frozenset({",", ":", "—", "–", "-", "--"})
_PRONOUNS = frozenset({"He", "She", "They", "I", "We", "It", "You"})
_DASH_RE = re.compile(r"[ \t\u00a0]*(?:\n[ \t\u00a0\n]{0,8})?[-–—―]{1,2}[ \t\u00a0]*(?=[A-Z])")
"""A dash attribution after a quotation, on its line or opening the next paragraph (a
transcript's "“…”⏎⏎- Bernie Sanders."), the horizontal bar (U+2015, the quotation dash)
included."""
_LINE_RE = re.compile(r"[^\n]{1,160}")
_WHO = frozenset({"who", "which", "whose"})
_ADDRESSEES = frozenset({"dative", "npadvmod"})
_TITLE_WORDS = 6
_TITLE_LINKS = frozenset("a an the of in on to for with at by and or".split())
"""The only words a title leaves in lower case ("Profiles in Courage", "Doomed to Succeed")."""
_NAMING = frozenset("call dub name label brand title term refer nickname".split())
"""Verbs whose quoted object is a name, not words said ("a campaign he calls ''…''")."""
_GOING_ON = frozenset({"add", "explain", "continue", "insist", "say"})
"""Verbs of a statement a speaker goes on with, which a following quotation continues."""
_MAX_SOURCE_TOKENS = 30
_MAX_LEAD = 25
"""Most tokens of a sentence's opening words that a trailing attribution's content takes in."""
_LEAD_STOPS = frozenset({":", "-", "–", "—", "--", ";", "("})
_MARKS = "“\"'‘«„"
_CLOSERS = "”\"'’»"


class QuoteLinker:
    """Links the quoted stretches of one Doc to parse candidates; see the module docstring."""

    def __init__(self, doc: Doc, text: str, quoted: list[Quoted], drafts: list[Draft]) -> None:
        self.doc = doc
        self.text = text
        self.starts: list[int] = doc.to_array(IDX).tolist() if len(doc) else []
        spans = [
            (
                quote,
                (bisect_left(self.starts, quote.start), bisect_left(self.starts, quote.end) - 1),
            )
            for quote in quoted
        ]
        # a title in quotation marks is a name in the sentence, not something said
        titled = [self._title(quote, tokens) for quote, tokens in spans]
        self.titles = [quote for (quote, _), title in zip(spans, titled, strict=True) if title]
        spans = [span for span, title in zip(spans, titled, strict=True) if not title]
        self.quoted = [quote for quote, _ in spans]
        self.token_ranges: list[tuple[int, int]] = [tokens for _, tokens in spans]
        self.quote_ends = [quote.end for quote in self.quoted]
        self.in_quote = [-1] * len(doc)
        for number, (first, last) in enumerate(self.token_ranges):
            for i in range(first, last + 1):
                self.in_quote[i] = number
        # a cue inside a quotation is part of what was said, not an attribution of its own
        self.drafts = [d for d in drafts if d.cue_token is None or self.in_quote[d.cue_token] < 0]
        self.by_cue = {d.cue_token: d for d in self.drafts if d.cue_token is not None and d.speech}

    def link(self) -> list[Draft]:
        """All attributions with content, quotations attached, in text order."""
        for draft in self.drafts:
            self._clip(draft)
        used = [False] * len(self.quoted)
        assigned: dict[int, list[int]] = {}
        extra: list[Draft] = []
        for number in range(len(self.quoted)):
            found = self._adjacent(number)
            if found is not None:
                found = self._main_cue(number, found, assigned)
            if found is None:
                found = self._colon(number) or self._dash(number)
                if found is None:
                    continue
                extra.append(found)
            used[number] = True
            assigned.setdefault(id(found), []).append(number)
        for draft in self.drafts + extra:
            numbers = assigned.get(id(draft))
            if numbers:
                self._take_quotes(draft, numbers)
            else:
                self._classify(draft, used)
        linked = sorted((d for d in self.drafts + extra if d.content), key=_start)
        for number, quote in enumerate(self.quoted):
            if used[number] or quote.single or not self._stands_alone(number):
                continue
            used[number] = True
            previous = self._previous(linked, quote)
            if previous is not None:
                previous.content.append((quote.start, quote.end))
                if previous.kind == "indirect":
                    previous.kind = "mixed"
            else:
                insort(linked, Draft("direct", None, None, [(quote.start, quote.end)]), key=_start)
        for draft in linked:
            draft.content.sort()
        return sorted(linked, key=lambda d: d.start)

    # pass 1: adjacency

    def _title(self, quote: Quoted, tokens: tuple[int, int]) -> bool:
        """Whether a quotation is the title of a work inside a sentence ("her memoir, “Tough
        Choices.”", "One ad, “Balanced Rebellion,” stars …"): a few words in title case, no
        sentence inside, not opening a line (a headline's quotation does) nor after a colon."""
        inner = self.text[quote.inner[0] : quote.inner[1]].strip(" ,.’'\"”")
        words = inner.split()
        if not 0 < len(words) <= _TITLE_WORDS or any(c in inner for c in ".?!;"):
            return False
        if not all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_LINKS for w in words):
            return False
        if any(token.pos_ == "PRON" for token in self.doc[tokens[0] : tokens[1] + 1]):
            return False  # "We're America", "Neither do I": a short sentence, not a name
        lead = self.text[max(0, quote.start - 3) : quote.start].rstrip(" \t\u00a0")
        if self._ending(quote) == "," and lead[-1:] in _SENTENCE_END | set(_CLOSERS):
            return False  # "… the vote. “Denver,” he answered.": a reply its cue trails
        return bool(lead) and lead[-1:] not in ("\n", ":")

    def _ending(self, quote: Quoted) -> str:
        """The last punctuation inside a quotation, past any nested closing mark (",’”")."""
        return self.text[quote.inner[0] : quote.inner[1]].rstrip(" \t\n’'\"”»")[-1:]

    def _adjacent(self, number: int) -> Draft | None:
        """The cue next to a quotation, trying the side its final punctuation points to."""
        quote = self.quoted[number]
        ending = self._ending(quote)
        if quote.single:
            return self._before(number, tight=True)
        if ending in _TRAILING and ending not in "?!":
            return self._after(number) or self._before(number)
        return self._before(number) or self._after(number)

    def _main_cue(self, number: int, draft: Draft, assigned: dict[int, list[int]]) -> Draft:
        """The attribution a lower-case quotation after an aside carries on: in "“Every time
        you say that,” Tester said, referring to the excuse, “you give ammunition …”" the
        second half is Tester's, not the participle's."""
        if draft.cue_token is None or not self._lower_case(number):
            return draft
        head = self._aside_of(self.doc[draft.cue_token])
        return head if head is not None and id(head) in assigned else draft

    def _aside_of(self, verb: Token) -> Draft | None:
        """The reporting verb a participle or clause is an aside of ("said, referring to …"),
        or None; not when the aside has a clause of its own ("…, noting that he “has …”")."""
        head = self.by_cue.get(verb.head.i)
        if (
            head is None
            or head.cue_token == verb.i
            or verb.dep_ not in ("advcl", "xcomp", "conj")
            or verb.head.i > verb.i
            or any(child.dep_ == "ccomp" for child in verb.children)
        ):
            return None
        return head

    def _lower_case(self, number: int) -> bool:
        """Whether a quotation opens in lower case (it carries on a sentence begun before)."""
        return self._opens_lower(self.quoted[number].start)

    def _opens_lower(self, start: int) -> bool:
        """Whether the quotation starting at character ``start`` opens in lower case."""
        return self.text[start : start + 3].lstrip(_MARKS)[:1].islower()

    def _after(self, number: int) -> Draft | None:
        quote = self.quoted[number]
        ending = self._ending(quote)
        following = self.text[quote.end : quote.end + 3].lstrip(" ")[:1]
        if (
            ending not in _TRAILING
            and following not in _TRAILING
            and not self._stands_alone(number)
        ):
            return None  # a title mid-sentence: “Good Morning America” Tuesday
        if quote.closed and ending == "." and not self._bare_trailer(number):
            return None  # "“… done.” He said …": the full stop ends the quoted sentence
        if not self._opens_clause(number):
            return None  # "on CNN’s “New Day,” Sen. Gillibrand told …": a title, not a quote
        _, last = self.token_ranges[number]
        doc = self.doc
        if last + 1 < len(doc) and doc[last + 1].text in _PRONOUNS and not self._pronoun_cue(last):
            return None  # "“…?” He answered, …": a new sentence, not a trailing attribution
        for i in range(last + 1, min(len(doc), last + 1 + WINDOW_AFTER)):
            token = doc[i]
            if self.in_quote[i] >= 0 or token.is_space:
                return None
            draft = self.by_cue.get(i)
            if draft is not None and not _within(draft.source, quote.start, quote.end):
                if draft.source is not None and draft.source[0] < quote.end:
                    draft.source = draft.speaker_token = None  # the parse took a quoted subject
                    self._second_subject(draft, i, quote.end)
                if draft.source is None and not self._source_between(draft, last + 1, i):
                    self._source_after(draft, i)
                elif draft.source is not None and draft.source[0] > token.idx:
                    self._extend_source(draft)
                return draft
            if token.text in _SENTENCE_END or "\n" in token.whitespace_:
                return None
        return None

    def _bare_trailer(self, number: int) -> bool:
        """Whether a quotation closed by a full stop is still followed by its attribution:
        a short name and a verb of saying that end the sentence ("“… missing.” Trump said.")."""
        _, last = self.token_ranges[number]
        doc = self.doc
        for i in range(last + 1, min(len(doc) - 1, last + 8)):
            if i in self.by_cue:
                return i > last + 1 and doc[i + 1].text == "." and doc[last + 1].text[:1].isupper()
            if doc[i].is_punct or doc[i].pos_ not in ("PROPN", "NOUN", "DET", "ADJ"):
                return False
        return False

    def _second_subject(self, draft: Draft, cue: int, after: int) -> None:
        """The subject after the quotation when the parse gave the verb two, the first inside
        the quotation ("“… Full panic mode,” said Leslie Wimes, a Florida activist", "“…,”
        Katie Packer, who chairs the PAC, said")."""
        verb = self.doc[cue]
        for child in verb.children:
            if child.dep_ == "nsubj" and child.idx >= after:
                draft.source = source_range(child, verb)
                draft.speaker_token = speaker_token(child).i
                return

    def _pronoun_cue(self, last: int) -> bool:
        """Whether "“…?” He tweeted" attributes the question before it: a capitalised pronoun
        after a question or exclamation, followed at once by a verb of saying that closes its
        clause (not "“…?” He answered the next question …")."""
        doc = self.doc
        if doc[last].text not in ("”", '"') or last + 2 >= len(doc):
            return False
        ending = doc[last - 1].text if last > 0 else ""
        verb = doc[last + 2]
        return (
            ending in ("?", "!")
            and verb.i in self.by_cue
            and not any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
        )

    def _source_between(self, draft: Draft, first: int, cue: int) -> bool:
        """A trailing attribution whose verb the parser left without a subject ("“…,” Trump
        barked and …"): the short noun phrase between the quotation and the cue is the source,
        with the relative clause it may carry ("the chairman of the group, who runs the PAC,")."""
        doc = self.doc
        if self._noun_phrase(draft, [t for t in doc[first:cue] if not t.is_punct]):
            return True
        comma = next((t.i for t in doc[first : min(cue, first + 10)] if t.text == ","), None)
        if comma is None or cue - first > _MAX_SOURCE_TOKENS or doc[comma + 1].lower_ not in _WHO:
            return False
        if not self._noun_phrase(draft, [t for t in doc[first:comma] if not t.is_punct]):
            return False
        last = cue - 1
        while last > comma and doc[last].is_punct:
            last -= 1
        start = draft.source[0] if draft.source else doc[first].idx
        draft.source = (start, token_end(doc[last]))
        return True

    def _source_after(self, draft: Draft, cue: int) -> bool:
        """An inverted trailing attribution ("“…”, read the warning."): the noun phrase after
        the cue, up to the next punctuation, is the source."""
        words = []
        for token in self.doc[cue + 1 : cue + 10]:
            if (token.is_punct and not _joins(token)) or token.is_space:
                break
            words.append(token)
        return self._noun_phrase(draft, words)

    def _extend_source(self, draft: Draft) -> None:
        """Carry an inverted source on to the end of its name when the parse cut it short at a
        hyphen or a title's full stop ("said Blaze co-host Stu Burguiere.", "said Air Force
        1st Lt. Tyler Livingston.")."""
        assert draft.source is not None
        doc = self.doc
        end = bisect_left(self.starts, draft.source[1])
        last = None
        for j in range(end, min(len(doc), end + 6)):
            token = doc[j]
            if "\n" in doc[j - 1].whitespace_ or self.in_quote[j] >= 0:
                break
            if _joins(token) or (token.text == "." and _abbreviates(doc, j)):
                continue
            if token.pos_ not in ("PROPN", "NOUN", "NUM") or token.text[:1].islower():
                break
            last = j
        if last is not None:
            draft.source = (draft.source[0], token_end(doc[last]))
            draft.speaker_token = last

    def _noun_phrase(self, draft: Draft, words: list[Token]) -> bool:
        """Make ``words`` the draft's source when they are a short phrase headed by a noun."""
        if not 0 < len(words) <= 8 or any(t.pos_ in ("VERB", "AUX") for t in words):
            return False
        heads = [t for t in words if t.pos_ in ("PROPN", "PRON", "NOUN")]
        if not heads:
            return False
        draft.source = (words[0].idx, token_end(words[-1]))
        draft.speaker_token = heads[-1].i
        return True

    def _before(self, number: int, tight: bool = False) -> Draft | None:
        first, _ = self.token_ranges[number]
        doc = self.doc
        start = self._skip_space(first - 1)
        if start < 0:
            return None
        crossed = start != first - 1 or "\n" in doc[start].whitespace_
        if crossed and doc[start].text != ":":
            return None  # only a colon introduces a quotation across a paragraph break
        window = 2 if tight else WINDOW_BEFORE
        for i in range(start, max(-1, start - window), -1):
            token = doc[i]
            if self.in_quote[i] >= 0 or token.text in _SENTENCE_END or token.is_space:
                return None
            if i != start and "\n" in token.whitespace_:
                return None
            draft = self.by_cue.get(i)
            if draft is not None:
                if tight and doc[i + 1].text not in (",", ":"):
                    return None
                return draft if self._introduces(i, start) else None
            if token.pos_ == "VERB":
                return self._after_aside(number, token, start)
        return None

    def _after_aside(self, number: int, verb: Token, lead: int) -> Draft | None:
        """A lower-case quotation right after a participle aside that ends with a comma:
        "“…,” Tester said, referring to the excuse, “you give …”" carries on Tester's words."""
        if (
            verb.tag_ != "VBG"
            or self.doc[lead].text != ","
            or verb.right_edge.i >= lead
            or not self._lower_case(number)
        ):
            return None
        return self._aside_of(verb)

    def _skip_space(self, index: int) -> int:
        """The nearest token at or before ``index`` that is not whitespace (-1 if none)."""
        for _ in range(4):
            if index < 0 or not self.doc[index].is_space:
                return index
            index -= 1
        return index

    def _introduces(self, cue: int, lead: int) -> bool:
        """Whether what stands between a cue and a quotation lets the cue introduce it: a comma
        or colon, nothing, or a word of the cue's own ("told reporters", "said Tuesday"); not a
        preposition or a possessive ("told ABC’s “Good Morning America”", "said on “…”").

        ``lead`` is the last token before the quotation.
        """
        if lead == cue:
            return True
        previous = self.doc[lead]
        if previous.text in _INTRODUCERS:
            return True
        return previous.head.i == cue and previous.dep_ in ("dobj", "npadvmod", "advmod")

    def _colon(self, number: int) -> Draft | None:
        """A quotation after a colon with no reporting verb next to it: the clause before the
        colon is the attribution ("Cruz called them on it: “…”"); a short name alone before it
        is the source of a headline quote ("Kasich: ‘We are going …’", "Clinton - “…”")."""
        first, _ = self.token_ranges[number]
        lead = self._skip_space(first - 1)
        if lead < 1 or self.doc[lead].text not in (":", "-", "–", "—"):
            return None
        colon = self.doc[lead]
        before = self.doc[lead - 1]
        root = before
        for _ in range(8):
            if root.pos_ in ("VERB", "AUX") or root.head.i == root.i:
                break
            root = root.head
        sentence_start = colon.sent.start
        doc = self.doc
        if (
            colon.text == ":"
            and root.pos_ == "VERB"
            and root.i < colon.i
            and self.in_quote[root.i] < 0
        ):
            subject = next((c for c in root.children if c.dep_ in ("nsubj", "csubj")), None)
            if subject is None or colon.i - root.i > 8:
                return None
            return Draft(
                "direct",
                (root.idx, colon.idx + 1),
                (doc[subject.left_edge.i].idx, token_end(doc[subject.right_edge.i])),
                [],
                cue_token=root.i,
                speaker_token=subject.i,
            )
        names = doc[max(sentence_start, colon.i - 6) : colon.i]
        starts_line = names.start == sentence_start or "\n" in doc[names.start - 1].whitespace_
        if (
            0 < len(names) <= 6
            and starts_line
            and any(t.pos_ == "PROPN" for t in names)
            and not any(t.pos_ == "VERB" for t in names)
        ):
            return Draft(
                "direct",
                (colon.idx, colon.idx + 1),
                (names[0].idx, token_end(names[-1])),
                [],
                speaker_token=names[-1].i,
            )
        return None

    def _dash(self, number: int) -> Draft | None:
        """A dash attribution after the quote on the same line: "“…” - Name Surname"."""
        quote = self.quoted[number]
        if quote.single:
            return None
        dash = _DASH_RE.match(self.text, quote.end)
        if dash is None:
            return None
        line = _LINE_RE.match(self.text, dash.end())
        if line is None:
            return None
        name_end = dash.end() + len(line.group().rstrip(" .\t\u00a0"))
        words = self.text[dash.end() : name_end].split()
        if not 1 <= len(words) <= 12 or not all(w[:1].isupper() or w[:1] in ",(" for w in words):
            return None
        token = bisect_left(self.starts, name_end) - 1
        mark = dash.group().strip(" \t\u00a0\n")
        cue_start = self.text.index(mark, dash.start())
        return Draft(
            "direct",
            (cue_start, cue_start + len(mark)),
            (dash.end(), name_end),
            [],
            speaker_token=max(token, 0),
        )

    def _take_quotes(self, draft: Draft, numbers: list[int]) -> None:
        """Give a cue its adjacent quotations (see the module docstring for when they win)."""
        quotes = [(self.quoted[n].start, self.quoted[n].end) for n in numbers]
        parsed = draft.content
        draft.content, draft.kind = quotes, "direct"
        lead = self._interrupted(draft, quotes) or self._sentence_lead(draft, quotes)
        if lead is not None:
            # "In cases of abortion, it said, “the woman is a victim”": one sentence
            draft.content = [lead] + [q for q in quotes if q[0] >= lead[1]]
            draft.kind = "mixed"
            return
        if not parsed or draft.loose or draft.cue is None:
            return
        cue_start = draft.cue[0]
        if all(end <= cue_start for _, end in quotes) != all(e <= cue_start for _, e in parsed):
            return  # the parse put the complement on the wrong side of the cue
        first = min(s for s, _ in parsed)
        opening = min(s for s, _ in quotes)
        before = self.text[first:opening] if first < opening else ""
        closing = max(e for _, e in quotes)
        parsed_end = max(e for _, e in parsed)
        tail = self.text[closing:parsed_end] if parsed_end > closing else ""
        ending = self.text[quotes[-1][0] : closing].rstrip("”\"’' ")[-1:]
        trailing = bool(tail.strip(" \t,.;:")) and ending not in ".?!,"
        if not trailing and (
            not before.strip(" \t,:;—–-")
            or before.rstrip()[-1:] == ":"
            or (before.rstrip()[-1:] == "," and self._addressed(draft, first))
        ):
            return  # the complement starts with (or is introduced by) the quotation
        # "says Ali “talked the talk”": the quotation is a fragment of a paraphrase
        draft.kind = "mixed"
        first = min(first, opening)
        last = max(parsed_end, closing)
        draft.content = [(first, last)] if last - first < 4000 else parsed + quotes

    def _addressed(self, draft: Draft, first: int) -> bool:
        """Whether the words from character ``first`` up to a quotation are the cue's object
        ("told host Matt Boyle, “…”"), which only introduce it; other words ending in a comma
        ("said that in any talks, “we will …”") open the reported sentence, and PolNeAR's
        content takes them in."""
        if draft.cue_token is None:
            return False
        cue = self.doc[draft.cue_token]
        start = bisect_left(self.starts, first)
        deps = _ADDRESSEES | {"dobj"} if cue.lemma_ in ADDRESSEE_OBJECT else _ADDRESSEES
        return any(child.dep_ in deps and child.left_edge.i == start for child in cue.rights)

    def _sentence_lead(self, draft: Draft, quotes: list[CharRange]) -> CharRange | None:
        """The words that open a sentence before its quotation when the attribution trails
        it ("But ''the more interesting issue,'' he added", "The endorsement “was early
        enough,” he said"): they are part of what is reported, and PolNeAR's content takes
        them in. Not across another quotation, a sentence end, a line break or a cue, nor
        when a colon or dash introduces the quotation.
        """
        if draft.cue is None or draft.cue_token is None or draft.cue[0] < quotes[0][1]:
            return None
        if draft.source is not None and draft.source[0] < quotes[0][0]:
            return None
        first = bisect_left(self.starts, quotes[0][0])
        if first == 0 or first >= len(self.doc):
            return None
        sentence = self.doc[first].sent.start
        line = self.text.rfind("\n", 0, quotes[0][0]) + 1
        begin = bisect_left(self.starts, max(self.doc[sentence].idx, line))
        if begin >= first or first - begin > _MAX_LEAD:
            return None
        if self.doc[first - 1].text in _LEAD_STOPS:
            return None  # "For example: “…,” he told CNN": a colon or dash introduces it
        for i in range(begin, first):
            token = self.doc[i]
            if token.text in _SENTENCE_END or self.in_quote[i] >= 0 or i in self.by_cue:
                return None
            if token.text in _MARKS or token.is_space:
                return None
        return self.doc[begin].idx, self.doc[first - 1].idx + len(self.doc[first - 1].text)

    def _interrupted(self, draft: Draft, quotes: list[CharRange]) -> CharRange | None:
        """The start of the sentence an attribution interrupts, when a quotation after it
        carries that sentence on in lower case ("It is time, he said, “not only by …”").

        PolNeAR's content is then the whole reported sentence, both sides of the cue.
        """
        if draft.cue is None or draft.cue_token is None:
            return None
        start = min(draft.cue[0], draft.source[0]) if draft.source else draft.cue[0]
        after = [q for q in quotes if q[0] > start]
        if not after or not self._opens_lower(after[0][0]):
            return None
        first = bisect_left(self.starts, start)
        if first < 1 or self.doc[first - 1].text != ",":
            return None
        sentence = self.doc[draft.cue_token].sent.start
        line = self.text.rfind("\n", 0, start) + 1
        begin = max(self.doc[sentence].idx, line)
        end = self.doc[first - 1].idx
        if end - begin < 2 or only_adverbial(self.doc, bisect_left(self.starts, begin), first - 2):
            return None  # "Still, he said, “…”": a linking word is the writer's, not content
        return begin, end

    # pass 2: complements

    def _clip(self, draft: Draft) -> None:
        """Keep a parsed complement inside the cue's paragraph (parses run across them)."""
        if draft.cue is None or not draft.content:
            return
        start = self.text.rfind("\n", 0, draft.cue[0]) + 1
        end = self.text.find("\n", draft.cue[1])
        end = len(self.text) if end < 0 else end
        clipped = [(max(s, start), min(e, end)) for s, e in draft.content]
        draft.content = [(s, e) for s, e in clipped if e - s > 1]

    def _classify(self, draft: Draft, used: list[bool]) -> None:
        """Mark a parsed complement direct or mixed when it meets quoted stretches."""
        if not draft.content:
            return
        first = min(r[0] for r in draft.content)
        last = max(r[1] for r in draft.content)
        named = self._whole_title(draft, first, last)
        if named is not None:
            draft.kind = "direct"
            draft.content = [(named.start, named.end)]
            return
        touched = [n for n in self._between(first, last) if not self.quoted[n].single]
        if draft.loose and touched:
            closing = self._quote_at(last - 1)
            opening = self._quote_at(first)
            if (opening is not None and not self._opens_fragment(draft, opening)) or (
                closing is not None and self._opens_clause(closing)
            ):
                draft.content = []  # an interrupted clause that is a quotation: no adjacent cue
                return
            # "The golf industry, she said, is ''doing much better …''": a paraphrase around
            # the cue with a quoted fragment inside or closing it (not one that opens the next
            # sentence, where the parse ran on)
            self._close_fragment(draft, last)
            draft.kind = "mixed"
            for number in touched:
                used[number] = True
            return
        inside = self._quote_at(first)
        if inside is not None and not self.quoted[inside].single:
            quote = self.quoted[inside]
            if last <= quote.end + 1 or self._quote_at(last - 1) == inside:
                draft.kind = "direct"
                draft.content = [(quote.start, quote.end)]
                used[inside] = True
                return
        for number in self._between(first, last):
            quote = self.quoted[number]
            if quote.start >= first and quote.inner[0] < last:
                used[number] = True
                draft.kind = "mixed"
                if quote.end > last and not quote.single:  # the parse stopped mid-quotation
                    draft.content = [(s, e) for s, e in draft.content if e <= quote.start]
                    draft.content.append((min(first, quote.start), quote.end))
                    first = min(first, quote.start)

    def _opens_fragment(self, draft: Draft, number: int) -> bool:
        """Whether an interrupted clause only opens with a quoted phrase and goes on in the
        writer's words ("“A big truck” plowed through the barriers, he said, and …"), rather
        than being a quotation whose cue the adjacency pass missed."""
        quote = self.quoted[number]
        piece_end = min(draft.content)[1]
        return (
            quote.end < piece_end
            and self._ending(quote) not in ",.?!"
            and any(char.isalpha() for char in self.text[quote.end : piece_end])
        )

    def _close_fragment(self, draft: Draft, last: int) -> None:
        """Carry an interrupted clause on to the closing mark of the quotation it ends with.

        "Cost estimates, he added, were “based on a prototype.”": the parse may stop inside
        the quotation, but the reported words run to its end.
        """
        closing = self._quote_at(last - 1)
        if closing is None:
            return
        end = self.quoted[closing].end
        if end > last:
            draft.content = [(s, end if e == last else e) for s, e in draft.content]

    def _whole_title(self, draft: Draft, first: int, last: int) -> Quoted | None:
        """The title-like quotation that is a verb of saying's whole object, or None.

        Short title-case quotations are left out of linking because mid-sentence they name a
        work ("her memoir, “Tough Choices.”"); but when the object of a verb of saying is
        nothing but one ("shouted “Cruz,”", "a sign that read “Hispanics 4 Trump”", "said
        ''No.''") it is what was said or written, and PolNeAR marks it as the content, marks
        included. Only right after the verb (or its comma or colon): after a preposition or a
        noun it names a show or a book ("said on ''The Late Show''", "wrote in her memoir,
        “…”"); nor for verbs of naming ("a campaign he calls ''Confident America''").
        """
        if draft.loose or not draft.speech or draft.cue_token is None:
            return None
        if self.doc[draft.cue_token].lemma_ in _NAMING:
            return None
        for quote in self.titles:
            if quote.start <= first and last <= quote.end:
                lead = bisect_left(self.starts, quote.start) - 1
                if lead >= 0 and self.doc[lead].text in (",", ":"):
                    lead -= 1
                return quote if lead == draft.cue_token else None
        return None

    def _between(self, first: int, last: int) -> list[int]:
        """Indices of the quoted stretches overlapping characters [first, last)."""
        number = bisect_left(self.quote_ends, first + 1)
        out = []
        while number < len(self.quoted) and self.quoted[number].start < last:
            out.append(number)
            number += 1
        return out

    def _quote_at(self, char: int) -> int | None:
        """The index of the quoted stretch containing character ``char``, if any."""
        found = self._between(char, char + 1)
        return found[0] if found else None

    # pass 3: continuations

    def _opens_clause(self, number: int) -> bool:
        """Whether a quotation starts a sentence, a paragraph or a clause after punctuation."""
        first, _ = self.token_ranges[number]
        if first == 0 or first >= len(self.doc) or self.doc[first].is_sent_start:
            return True
        previous = self.doc[first - 1]
        return (
            previous.is_space
            or "\n" in previous.whitespace_
            or previous.text in _SENTENCE_END
            or previous.text in _INTRODUCERS
            or previous.text in (";", "(")
        )

    def _stands_alone(self, number: int) -> bool:
        """Whether a quote is a sentence of its own (a statement, not a title or a fragment)."""
        first, last = self.token_ranges[number]
        if first >= len(self.doc):
            return False
        if not (first == 0 or self.doc[first].is_sent_start):
            previous = self.doc[first - 1]
            if not (
                "\n" in previous.whitespace_ or previous.is_space or previous.text in _SENTENCE_END
            ):
                return False
        quote = self.quoted[number]
        if self._ending(quote) in ".?!…,:;":
            return True
        if last + 1 >= len(self.doc):
            return True
        following = self.doc[last + 1]
        return (
            following.is_space
            or following.text in _SENTENCE_END
            or "\n" in self.doc[last].whitespace_
        )

    def _previous(self, linked: list[Draft], quote: Quoted) -> Draft | None:
        """The attribution a source-less quote continues, or None.

        The latest attribution before the quote must end in the same or the previous
        paragraph. When it is not direct it may be an aside of the same source ("“…,” Trump
        told the rally, saying Clinton would …"), and the direct one it follows is used; else a
        paraphrase the quotation goes on with ("Corker said they were careful. “If we …”").
        """
        # drafts are sorted by start (new ones start at later quotes); look back a bounded way
        stop = bisect_left(linked, quote.start, key=_start)
        begin = bisect_left(linked, quote.start - LOOKBACK, key=_start)
        before = sorted(linked[begin:stop], key=_end)
        if not before:
            return None
        latest = before[-1]
        end = _end(latest)
        gap = self.text[end : quote.start]
        if quote.start - end > CONTINUATION_GAP or "\n" in gap.rstrip():
            return None
        if (
            "\n" in gap
            and gap.strip(" \t\n.,;")
            and not self._left_open(latest)
            and not self._ends_paragraph(latest, end + gap.index("\n"))
        ):
            return None  # a new paragraph continues only an open quote or a bare attribution
        if latest.kind == "direct" or latest.source is None or latest.cue is None:
            return latest
        if self._goes_on(latest):
            return latest
        aside = self._trailing_direct(before[:-1], latest)
        if aside is not None:
            return aside
        for earlier in reversed(before[:-1]):
            if earlier.kind == "direct" and self._same_speaker(earlier, latest):
                if "\n" in self.text[_end(earlier) : latest.start]:
                    break
                return earlier
        return latest  # "Corker said they were “meticulous.” “If we …”": the paraphrase goes on

    def _goes_on(self, draft: Draft) -> bool:
        """Whether a reported statement is one the speaker goes on with ("“…,” Christie said,
        adding that he had fought for bills. “A leader must …”"): its cue is a verb of adding,
        saying or explaining, and PolNeAR gives the next quotation to that statement rather
        than to the direct one before it (an aside of another kind, "…, who declined to run
        again", does not take it)."""
        return draft.cue_token is not None and self.doc[draft.cue_token].lemma_ in _GOING_ON

    def _ends_paragraph(self, draft: Draft, newline: int) -> bool:
        """Whether a direct attribution's cue is in the last sentence of its paragraph, so the
        words after it only say where or when it was said ("“…,” Collins told MSNBC on
        Sunday, before the vote.") and a quotation opening the next paragraph goes on with it."""
        if draft.kind != "direct" or draft.cue_token is None:
            return False
        sentence = self.doc[draft.cue_token].sent
        return token_end(sentence[-1]) >= newline - 1

    def _trailing_direct(self, earlier: list[Draft], latest: Draft) -> Draft | None:
        """The direct attribution whose closing sentence holds ``latest``'s cue, or None.

        "“…,” said Evan Bayh, who declined to run again. “…”": the clause in the speaker's
        description (or an aside after the cue, "said at the party, after outlets declared him
        the victor") is not who goes on speaking; the quotation continues the direct one.
        """
        if latest.cue_token is None:
            return None
        sentence = self.doc[latest.cue_token].sent.start
        for draft in reversed(earlier):
            if draft.cue_token is None or draft.cue_token > latest.cue_token:
                continue
            if self.doc[draft.cue_token].sent.start != sentence:
                return None
            if draft.kind == "direct":
                return draft
        return None

    def _same_speaker(self, first: Draft, second: Draft) -> bool:
        """Whether two attributions name the same source: the same words, or words the actors
        component resolved to one actor ("“…,” Obama said … He didn't …")."""
        if first.source == second.source:
            return True
        if first.speaker_token is None or second.speaker_token is None:
            return False
        actor = actor_for(self.doc, self.doc[first.speaker_token])
        return actor is not None and actor == actor_for(self.doc, self.doc[second.speaker_token])

    def _left_open(self, draft: Draft) -> bool:
        """Whether a draft's last quotation was left open to continue in the next paragraph."""
        last = max(draft.content, default=None, key=lambda r: r[1])
        if last is None:
            return False
        number = self._quote_at(last[0])
        return number is not None and self.quoted[number].continues


def _joins(token: Token) -> bool:
    """A hyphen inside a word the tokenizer split ("co-host")."""
    doc = token.doc
    return (
        token.text in ("-", "–")
        and not token.whitespace_
        and token.i > 0
        and not doc[token.i - 1].whitespace_
        and token.i + 1 < len(doc)
    )


def _abbreviates(doc: Doc, index: int) -> bool:
    """A full stop split off a short title before a capitalised name ("Lt. Tyler")."""
    before = doc[index - 1]
    following = doc[index + 1] if index + 1 < len(doc) else None
    return (
        not before.whitespace_
        and before.text[:1].isupper()
        and len(before.text) <= 4
        and following is not None
        and following.text[:1].isupper()
        and following.pos_ == "PROPN"
        and not following.is_sent_start
        and "\n" not in doc[index].whitespace_
    )


def _start(draft: Draft) -> int:
    return draft.start


def _within(span: CharRange | None, start: int, end: int) -> bool:
    """Whether [start, end) lies inside ``span`` (a quotation inside a source's phrase)."""
    return span is not None and span[0] <= start and end <= span[1]


def _end(draft: Draft) -> int:
    """Where an attribution ends: its last content, cue or source character."""
    ends = [r[1] for r in draft.content]
    if draft.cue:
        ends.append(draft.cue[1])
    if draft.source:
        ends.append(draft.source[1])
    return max(ends)
