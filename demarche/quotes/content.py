"""What was said: the content of a reporting verb, read off its complement.

A verb's content is its clausal, infinitival or object complement by its lexicon group; for a
verb that interrupts its clause ("The race, Cruz said, is close") the clause around it; for a
raising verb ("is said to be") its complement. The boundary conventions follow PolNeAR's
Content: linking words that open the clause and dangling conjunctions are the writer's.

Everything is read off token edges, so each content costs a few constant-time look-ups.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from demarche.quotes.asides import past_colon, without_aside
from demarche.quotes.cues import CueLexicon
from demarche.quotes.draft import CharRange
from demarche.quotes.marks import MARK_TOKENS, OPENING_MARKS
from demarche.quotes.sources import RELATIVE, SUBJECTS
from demarche.quotes.spans import WHEN, prepositional_object, subtree_range, token_range

_ASKED = frozenset({"on", "in", "at", "for"})
"""Prepositions naming the one asked to act ("called on Congress to", "called for a prosecutor
to")."""


def called_on(verb: Token) -> Token | None:
    """The "on" of "called on X to act" ("called for a prosecutor to investigate"): the one
    asked joins the content, "on" the cue; "declined for years to act" names no one."""
    xcomp = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
    if xcomp is None:
        return None
    for child in verb.rights:
        if child.dep_ != "prep" or child.lower_ not in _ASKED or child.i > xcomp.i:
            continue
        target = next((g for g in child.children if g.dep_ == "pobj"), None)
        if target is not None and target.ent_type_ not in WHEN:
            return child
    return None


def content_ranges(verb: Token, lexicon: CueLexicon) -> tuple[list[CharRange], bool]:
    """The content of a cue verb by its lexicon group (empty when it has none), and whether
    it is only the clause the cue interrupts (a guess a quotation should override); without a
    closing aside of the writer's on a name, and run on over a colon that closes a content
    after the cue (``asides``)."""
    content, loose = _complement_ranges(verb, lexicon)
    if content and content[-1][0] > verb.idx:
        content = past_colon(verb.doc, content, lexicon.all_lemmas)
    return without_aside(verb.doc, content), loose


def _complement_ranges(verb: Token, lexicon: CueLexicon) -> tuple[list[CharRange], bool]:
    """The content of a cue verb read off its complement, as ``content_ranges`` gives it."""
    lemma = verb.lemma_
    children = list(verb.children)
    clauses = [child for child in children if child.dep_ == "ccomp"]
    if clauses:
        reported = _reported_clause(verb, clauses)
        joined = _joined_clauses(verb, reported, clauses, lexicon)
        resume = _continuation(verb, lexicon) if reported.i < verb.i else None
        if resume is not None:  # "The plan will fail, officials said, unless …"
            return [joined, token_range(verb.doc, resume, verb.right_edge.i)], False
        return [joined], False
    for child in children:
        if child.dep_ == "advcl" and lemma in _QUESTIONS and _asks(child) and child.i > verb.i:
            return [subtree_range(child)], False  # "Asked if he was ever bullied": misparsed
    if lexicon.takes_quote(lemma) or lemma in lexicon.cognition:
        clause = _displaced_clause(verb)
        if clause is not None:
            return [subtree_range(clause)], False
    if verb.dep_ == "parataxis" and lexicon.takes_quote(lemma):
        return clause_around(verb.head, verb), True
    if _trailing_cue(verb) and lexicon.takes_quote(lemma):
        return clause_around(
            verb.head, verb
        ), True  # "X plans to run, Welch said." parsed upside down
    if _as_clause(verb) and (lexicon.takes_quote(lemma) or lemma in lexicon.cognition):
        return clause_around(verb.head, verb), True  # "As Pollak observed, the victor was ..."
    if lexicon.takes_infinitive(lemma):
        for child in children:
            if child.dep_ == "xcomp" and child.i > verb.i:
                start = child.left_edge.i
                for other in children:
                    if other.dep_ == "dobj" and other.i < child.i:
                        start = min(start, other.left_edge.i)
                addressee = called_on(verb)
                if addressee is not None:
                    start = min(start, addressee.i + 1)
                return [token_range(verb.doc, start, child.right_edge.i)], False
    if lexicon.takes_quote(lemma) and lemma not in ADDRESSEE_OBJECT and lemma not in _NO_OBJECT:
        for child in children:
            if child.i > verb.i and (
                child.dep_ == "intj"
                or (child.dep_ == "dobj" and child.pos_ != "PRON")
                or (child.dep_ == "xcomp" and child.pos_ != "PRON" and not infinitive(child))
            ):
                if child.dep_ == "dobj":  # "mentions her granddaughter", "said the same for X"
                    return [_object_phrase(verb, child)], False
                return [subtree_range(child)], False  # "said yes"
    if lemma in lexicon.framing:
        return _framed(verb), False
    if lexicon.takes_object(lemma):
        for child in children:
            if child.dep_ != "dobj" or child.i < verb.i:
                continue
            last = child.right_edge.i
            for other in children:  # "called him a “stiff”", "described it as a disaster"
                if other.i > child.i and (
                    other.dep_ in ("oprd", "xcomp", "ccomp")
                    or (other.dep_ == "prep" and other.lower_ == "as")
                    or _charge(verb, child, other)
                ):
                    last = max(last, other.right_edge.i)
            if last == child.right_edge.i and child.pos_ == "PRON":
                continue  # "criticised it": nothing said
            return [token_range(verb.doc, child.left_edge.i, last)], False
        named = _named_as(verb, children)
        if named:
            return named, False
    return [], False


def _reported_clause(verb: Token, clauses: list[Token]) -> Token:
    """Which of a cue's clausal complements it reports: the one after it, when the parser
    also hung a clause before it ("The group polled members: 1,409 teachers said they …",
    "…, a rabbi helping to organize the boycott, said he was alarmed"), unless either opens
    with a quotation ("“Being a dad, that’s my job,” he said on “Here’s the Thing.”")."""
    after = next((c for c in clauses if c.i > verb.i), None)
    first = clauses[0]
    if after is None or first.i > verb.i or _quoted(first) or _quoted(after):
        return first  # a quotation is for the linker to tie to the cue, as before
    return after


def _joined_clauses(
    verb: Token, clause: Token, clauses: list[Token], lexicon: CueLexicon
) -> CharRange:
    """The reported clause, run on over the cue's later clausal complements: the parser often
    splits one report in two ("showed that moderates, voters aged 45 and older and renters
    mostly turned out", the subject's "aged" taken for a clause). Not over a quotation (the
    linker's to tie) nor over a reporting verb ("… and three-quarters said the same")."""
    start, end = _clause_range(clause, lexicon)
    later = [c for c in clauses if c.i > max(clause.i, verb.i)]
    if not later or any(c.lemma_ in lexicon.all_lemmas or _quoted(c) for c in (clause, *later)):
        return start, end
    doc = verb.doc
    last = later[-1].right_edge.i
    if any(doc[i].text in MARK_TOKENS for i in range(clause.i, last + 1)):
        return start, end
    return start, _clause_range(later[-1], lexicon)[1]


_QUOTE_WINDOW = 2


def _quoted(clause: Token) -> bool:
    """Whether a quotation mark opens a clause: right before it or among its first words
    (", ''I don't like it,''", "Mills “got an immunity agreement,”")."""
    doc = clause.doc
    start = max(clause.left_edge.i - 1, 0)
    stop = min(clause.left_edge.i + _QUOTE_WINDOW, clause.right_edge.i + 1)
    return any(doc[i].text in OPENING_MARKS for i in range(start, stop))


_CHARGES: dict[str, frozenset[str]] = {
    "for": frozenset(),
    "of": frozenset(),
    "with": frozenset(),
    "about": frozenset(),
    "against": frozenset(),
    "to": frozenset(),
    "on": frozenset({"blame"}),
}
"""Prepositions whose phrase after a stance verb's object says what the stance is about
("criticized Clinton for her vote", "accused him of lying", "blamed it on the press", "likened
the plan to a tax", "announced his engagement to the actress": "to" for every verb since train
gold ran on over it 8 times in 8 beyond "compare" and "liken"); an empty set lets every stance
verb take it, the others only the verbs named."""


_OBJECT_PHRASES = frozenset({"to", "with", "for", "as"})
"""Prepositions of a phrase that completes a verb's object ("wrote a check to the campaign")."""


def _object_phrase(verb: Token, obj: Token) -> CharRange:
    """A verb of saying's object with the phrase right after it that the verb also governs
    ("wrote a check to the campaign", "said the same for the senator"): PolNeAR's content runs
    on over it (train 17 contents made exact for 1 undone, dev 1 for 0). Not over a phrase
    saying when ("on Monday": the writer's setting), one naming the listener ("mentioned it to
    me") nor one holding a clause ("posts to staff, who review them"), which may be another
    attribution's."""
    doc = verb.doc
    last = obj.right_edge.i
    after = last + 1
    if after < len(doc):
        phrase = doc[after]
        target = prepositional_object(phrase) if phrase.head.i == verb.i else None
        if (
            phrase.dep_ == "prep"
            and phrase.lower_ in _OBJECT_PHRASES
            and target is not None
            and target.ent_type_ not in WHEN
            and target.pos_ != "PRON"
            and not any(doc[i].pos_ == "VERB" for i in range(after, phrase.right_edge.i + 1))
        ):
            last = phrase.right_edge.i
    return token_range(doc, obj.left_edge.i, last)


def _charge(verb: Token, obj: Token, phrase: Token) -> bool:
    """Whether a phrase right after a stance verb's object gives the reason, the charge or the
    topic ("criticized Clinton for accepting donations", "accused Trump of lying", "defended
    the police against the charges"), which PolNeAR's content takes in with the object
    ("him of lying", not "him"); "for years" only says how long."""
    if phrase.dep_ != "prep" or phrase.i != obj.right_edge.i + 1:
        return False
    verbs = _CHARGES.get(phrase.lower_)
    if verbs is None or (verbs and verb.lemma_ not in verbs):
        return False
    target = prepositional_object(phrase)
    return target is not None and target.ent_type_ not in WHEN


def _named_as(verb: Token, children: list[Token]) -> list[CharRange]:
    """The content of a naming verb whose object is not after it: "what Phillips called “the
    beginning of a new era”" (the relative word and the name), "called her “third-rate”"
    (parsed as a possessive inside the name)."""
    name = next((c for c in children if c.dep_ == "oprd" and c.i > verb.i), None)
    if name is None or verb.dep_ == "acl":
        return []  # "a website called “Cape Breton If …”": a title, not a verdict
    doc = verb.doc
    last = name.right_edge.i
    while last > name.i and doc[last].dep_ == "cc":  # "called her “third-rate” and boasted"
        last -= 1
    named = token_range(doc, name.left_edge.i, last)
    objects = [c for c in children if c.dep_ == "dobj"]
    if not objects and verb.dep_ == "relcl":  # "a country that Romney called “our foe”"
        objects = [c for c in children if c.dep_ == "mark" and c.lower_ in RELATIVE]
    if not objects:
        return [named]
    if objects[0].i < verb.i and objects[0].lower_ in RELATIVE | {"what"}:
        return [subtree_range(objects[0]), named]
    return []


_SECOND_CUE = frozenset({"conj", "advcl"})
_JOINERS = frozenset({"cc", "punct"})


def _clause_range(clause: Token, lexicon: CueLexicon) -> CharRange:
    """A reported clause, without a linking word that opens it ("Still, most voters …, the poll
    found"), ending before a second reporting verb coordinated onto it.

    "telling CNN that Trump is a “faker” and questioning how …", "said that X, adding, “…”":
    the parser hangs the second cue off the reported clause's verb, but it opens an
    attribution of its own, which would be lost if the first content swallowed it. A clause
    whose conjunct the parser hung elsewhere ("said X is honest, and three-quarters said the
    same") ends before the conjunction left dangling.
    """
    doc = clause.doc
    last = clause.right_edge.i
    for child in clause.rights:
        if second_cue(child, lexicon):
            last = child.left_edge.i - 1
            while last > clause.i and doc[last].dep_ in _JOINERS:
                last -= 1
            break
    if last > clause.i and doc[last].dep_ == "cc":  # "… trustworthy, and | three-quarters said"
        while last > clause.i and doc[last].dep_ in _JOINERS:
            last -= 1
    return token_range(doc, _after_connective(clause, clause.left_edge.i, last), last)


def second_cue(verb: Token, lexicon: CueLexicon) -> bool:
    """Whether a verb coordinated onto a reported clause is a cue with its own content.

    Not an infinitive: "said the donor gave money to support the library" gives the purpose
    of what was reported, and the reported clause runs on over it (train 9 contents made
    exact for none undone, dev 1 for 0; the attributions it opened were none of them gold).
    """
    return (
        verb.dep_ in _SECOND_CUE
        and verb.head.dep_ == "ccomp"
        and not infinitive(verb)
        and verb.pos_ == "VERB"
        and (verb.lemma_ in lexicon.speech or verb.lemma_ in lexicon.stance)
        and not any(child.dep_ in SUBJECTS for child in verb.children)
        and any(child.dep_ in ("ccomp", "dobj") and child.i > verb.i for child in verb.children)
    )


_SETTINGS = frozenset("in on at during after following before with to via through over".split())
"""Prepositions of a phrase saying where or when one spoke ("in a statement", "during a news
conference"), as opposed to what about ("talked about the idea that ...")."""


_MAX_SETTING_DEPTH = 3


def _displaced_clause(verb: Token) -> Token | None:
    """A "that" clause the parser hung on the setting after the cue instead of on the cue:
    "says in a statement that the race is over", "said during a news conference that ..."."""
    phrase = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in _SETTINGS), None)
    for _ in range(_MAX_SETTING_DEPTH):
        if phrase is None:
            return None
        noun = prepositional_object(phrase)
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            return None
        for child in noun.rights:
            if child.dep_ in ("acl", "ccomp") and any(
                g.dep_ == "mark" and g.lower_ == "that" and g.i == child.left_edge.i
                for g in child.children
            ):
                return child
        phrase = next((c for c in noun.rights if c.dep_ == "prep"), None)
    return None


_QUESTIONS = frozenset({"ask", "wonder", "question", "inquire"})


def _asks(clause: Token) -> bool:
    """Whether a clause is an indirect question ("if he was ever bullied", "whether …")."""
    return any(
        child.dep_ == "mark" and child.lower_ in ("if", "whether") for child in clause.children
    )


def fronted_participle(verb: Token) -> bool:
    """Whether a cue is a passive participle opening its sentence ("Asked about X, Rubio
    said …"): the one who asked is its source, named by "by" or not at all, never the subject
    of the clause that follows."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and not any(child.dep_ in SUBJECTS or child.dep_ == "nsubjpass" for child in verb.children)
    )


_NO_OBJECT = frozenset({"continue", "speak", "talk"})
"""Verbs of saying whose object is not what was said ("continued his search", "speaking
fees", "spoke Hebrew")."""


def infinitive(token: Token) -> bool:
    """Whether a complement is a "to" infinitive ("continues to grow": no content)."""
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in token.children)


def _framed(verb: Token) -> list[CharRange]:
    """The content of "sees Cruz as a uniter": the object through its "as" phrase, or nothing
    ("saw the film" reports no view)."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return []
    for child in verb.rights:
        if child.i > obj.i and child.dep_ == "prep" and child.lower_ == "as":
            return [token_range(verb.doc, obj.left_edge.i, child.right_edge.i)]
    return []


_COMPLEMENTS = frozenset({"xcomp", "acomp", "attr", "oprd"})
ADDRESSEE_OBJECT = frozenset(
    "tell ask inform advise assure reassure warn urge remind caution chide scold question "
    "email text message quote cite answer push press lobby remind convince persuade order".split()
)
"""Verbs of saying whose direct object is the person addressed, not what was said."""


def _as_clause(verb: Token) -> bool:
    """Whether the verb heads an "as X noted," clause modifying the clause it reports."""
    return (
        verb.dep_ == "advcl"
        and verb.head.i > verb.i
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(c.dep_ in ("ccomp", "dobj") for c in verb.children)
    )


def raising_content(verb: Token, lexicon: CueLexicon) -> list[CharRange]:
    """The content of "X seemed to Y" / "X appears likely to Y": the subject and the
    complement, with no source (the writer's own evidential judgement, as PolNeAR has it).

    With an empty "it" ("It may seem surprising that …") the content is the complement with
    its clause; a reporting verb as the complement ("seemed to indicate that …") is the cue,
    and this verb only carries it.
    """
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    complement = next((c for c in verb.children if c.dep_ in _COMPLEMENTS and c.i > verb.i), None)
    if subject is None or complement is None or subject.i > verb.i:
        return []
    if complement.dep_ == "xcomp" and _reports_itself(complement, lexicon):
        return []
    if subject.lower_ == "it":
        clause = next((c for c in verb.rights if c.dep_ == "ccomp" and c.i > complement.i), None)
        if clause is not None:
            return [token_range(verb.doc, complement.left_edge.i, clause.right_edge.i)]
        if any(c.dep_ == "ccomp" for c in complement.children):
            return [subtree_range(complement)]  # "it seems likely that …": no "it" in it
    return [subtree_range(subject), subtree_range(complement)]


_REPORTED = frozenset({"ccomp", "dobj", "xcomp", "prep", "prt", "dative"})
"""Dependents that carry what a verb reports: a clause, an object, an infinitive, a phrase."""


def _reports_itself(verb: Token, lexicon: CueLexicon) -> bool:
    """Whether a raised reporting verb has a content of its own to report ("seemed to indicate
    that …", "appeared to blame the network"), so it, not the raising verb, is the cue; a
    particle verb without its particle ("appeared to be laying the groundwork") reports
    nothing."""
    if verb.lemma_ not in lexicon.all_lemmas:
        return False
    particle = lexicon.particle_of(verb.lemma_)
    if particle is not None and not any(c.lower_ == particle for c in verb.children):
        return False
    return any(c.dep_ in _REPORTED and c.i > verb.i for c in verb.children)


def _trailing_cue(verb: Token) -> bool:
    """Whether a finite reporting verb closes the sentence after a comma, hung under the
    clause it reports ("X plans to run, Welch said"): the parser's reading upside down."""
    doc = verb.doc
    first = verb.left_edge.i
    return (
        verb.dep_ == "ccomp"
        and verb.head.i < first
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and first > 0
        and doc[first - 1].text == ","
    )


_ADVERBIAL = frozenset({"advmod", "prep", "npadvmod", "cc", "intj", "punct"})
_MAX_ADVERBIAL = 12


def only_adverbial(doc: Doc, first: int, last: int) -> bool:
    """Whether tokens ``first..last`` are only the writer's linking words ("Still,", "In the
    end,", "At the same time,") and not part of a reported clause: every token whose head
    lies outside the stretch hangs from it as an adverbial. A long stretch is a clause."""
    if last - first > _MAX_ADVERBIAL:
        return False
    return all(
        doc[i].dep_ in _ADVERBIAL
        for i in range(first, last + 1)
        if doc[i].head.i == i or not first <= doc[i].head.i <= last
    )


_SUBORDINATORS = frozenset({"unless", "while", "although", "though", "because", "whereas", "if"})
"""Words opening a clause that goes on with what the cue interrupted ("…, he said, unless …")."""


def _continuation(inner: Token, lexicon: CueLexicon) -> int | None:
    """Where the reported clause resumes after an interrupting cue that the parser made its
    head ("The plan will fail, officials said, unless …", "…, she said, but it is …"): a
    conjunct with its own subject, or a clause opened by a subordinator, right of the cue.
    A cue word there starts an attribution of its own ("…, but she suspects that …")."""
    for child in inner.rights:
        if child.lemma_ in lexicon.all_lemmas:
            continue
        if child.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") for g in child.children):
            link = next((g for g in inner.children if g.dep_ == "cc" and g.i < child.i), None)
            if link is not None and link.i > inner.i:
                return link.i
        if child.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ in _SUBORDINATORS and g.i == child.left_edge.i
            for g in child.children
        ):
            return child.left_edge.i
    return None


_CONNECTIVES = frozenset(
    "however still meanwhile nevertheless nonetheless also moreover furthermore yet so indeed "
    "besides similarly likewise separately additionally".split()
)


_TWO_WORD_CONNECTIVES = frozenset(
    {("in", "fact"), ("in", "contrast"), ("by", "contrast"), ("in", "addition"), ("after", "all")}
)
"""Linking words by which the writer ties a reported clause to the text before it ("Still,
most voters …, the poll found"): PolNeAR leaves them out of the content (train 17 of 22
outside quotation marks, dev 2 of 3). Words that say something of the claim itself
("Instead,", "Otherwise,", "Overall,") are not here."""


def _after_connective(head: Token, left: int, right: int) -> int:
    """Where the clause ``head`` rules starts once a linking word that opens it, with its
    comma, is skipped ("In fact, the plan …" from "In fact,"); ``left`` when none opens it."""
    doc = head.doc
    first = doc[left]
    if first.head.i != head.i:
        return left
    comma = left + 1
    if left + 2 < right and (first.lower_, doc[left + 1].lower_) in _TWO_WORD_CONNECTIVES:
        comma = left + 2
    elif first.lower_ not in _CONNECTIVES:
        return left
    return comma + 1 if comma < right and doc[comma].text == "," else left


def clause_around(head: Token, inner: Token) -> list[CharRange]:
    """The head's subtree with the inner subtree cut out (the clause a cue interrupts)."""
    doc = head.doc
    pieces = []
    left, right = head.left_edge.i, head.right_edge.i
    while left < right and doc[left].dep_ == "cc" and doc[left].head.i == head.i:
        left += 1  # "But the industry, she said, is doing better": the link is the writer's
    left = _after_connective(head, left, right)
    cut_first, cut_last = inner.left_edge.i, inner.right_edge.i
    if cut_first > left:
        pieces.append(token_range(doc, left, cut_first - 1))
    if cut_last < right:
        pieces.append(token_range(doc, cut_last + 1, right))
    return pieces
