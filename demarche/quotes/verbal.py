"""Attributions found from the dependency parse: a cue word, its subject and its complement.

Each reporting verb contributes one candidate: the cue (the verb with its particle, a carrying
verb as in "went on to say", and a medium as in "said in a statement"), the source (its subject's
phrase, inherited from the governing verb for "..., saying ..." and "... and said ..."), and the
content (its clausal, infinitival or object complement by the verb's lexicon group; for a verb
that interrupts its clause, "The race, Cruz said, is close", the clause around it; for a verb
with only a prepositional object, "called for an inquiry", that object, the preposition joining
the cue). Cues without a verb ("according to X", "reportedly") are in ``according.py``.

Everything is read off token edges (``left_edge``/``right_edge``), so each candidate costs a
few constant-time look-ups however long the sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from demarche.quotes.cues import SPEECH, CueLexicon
from demarche.quotes.draft import CharRange, Draft
from demarche.quotes.marks import MARK_TOKENS, OPENING_MARKS
from demarche.quotes.relatives import fronted_relative
from demarche.quotes.stance import stance_phrase

SUBJECTS = frozenset({"nsubj", "csubj"})
INHERIT = frozenset({"advcl", "conj", "xcomp", "acl", "pcomp", "dep"})
"""A verb without its own subject borrows the subject of the verb it hangs from via these."""

RELATIVE = frozenset({"who", "which", "that", "whom"})
_MAX_INHERIT = 3


def token_range(doc: Doc, first: int, last: int) -> CharRange:
    """The character range of tokens ``first..last`` inclusive."""
    return doc[first].idx, token_end(doc[last])


def token_end(token: Token) -> int:
    """The character offset just past a token."""
    return token.idx + len(token.text)


def subtree_range(token: Token) -> CharRange:
    """The character range of a token's whole subtree (constant time via its edges)."""
    return token_range(token.doc, token.left_edge.i, token.right_edge.i)


def prepositional_object(preposition: Token) -> Token | None:
    """The first object of a preposition (a noun phrase or a clause: "for a ban", "of
    losing"), or None."""
    return next((g for g in preposition.children if g.dep_ in ("pobj", "pcomp")), None)


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, or the subject of the verb it depends on ("..., saying ..."), or
    the noun a participle set off by a comma describes ("Ruiz, referring to the vote, said")."""
    if verb.dep_ == "acl" and verb.head.dep_ == "nsubj" and _set_off_participle(verb):
        return verb.head
    current = verb
    for _ in range(_MAX_INHERIT):
        for child in current.children:
            if child.dep_ in SUBJECTS:
                return child
            if child.dep_ == "nsubjpass":
                # "was asked": the subject is the addressee, not the speaker; "was rejected
                # by voters": the agent is the source; "X was joined by Y and joked": X
                return _agent_of(verb) if current.i == verb.i else child
            if child.dep_ == "agent":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        return grandchild
        if current.dep_ not in INHERIT or current.head.i == current.i:
            return None
        current = current.head
        if current.dep_ == "prep":  # "mocked him by calling him …": through the preposition
            current = current.head
    return None


def _agent_of(verb: Token) -> Token | None:
    """The object of a passive verb's "by" phrase, or None."""
    for child in verb.rights:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def passive_subject(verb: Token) -> Token | None:
    """The subject of a passive cue before it ("Trump is expected to …", "Roof is accused of
    …"): PolNeAR counts it as part of the content, the cue's complement being the rest."""
    for child in verb.lefts:
        if child.dep_ == "nsubjpass":
            return child
    return None


def speaker_token(subject: Token) -> Token:
    """The token whose mention names the speaker: a relative pronoun points at its noun."""
    if subject.lower_ in RELATIVE and subject.head.dep_ == "relcl":
        return subject.head.head
    return subject


def cue_range(verb: Token, lexicon: CueLexicon) -> tuple[CharRange, Token]:
    """The cue's character range and the token that carries its subject.

    Covers the auxiliaries, negation and adverbs right before the verb ("has also said",
    "did not say"), a phrasal carrier ("went on to say", "declined to say"), a particle
    ("point out") and a medium phrase right after the verb ("said in a statement"), as
    PolNeAR's cue spans do.
    """
    doc = verb.doc
    first = last = verb.i
    carrier = verb
    particle = required_particle(verb, lexicon)
    if particle is not None:
        last = particle.i  # "chimed in": the parser may call the particle a preposition
    head = verb.head
    if (
        verb.dep_ in ("xcomp", "advcl")
        and head.i < verb.i
        and verb.i - head.i <= 4
        and head.lemma_ in lexicon.light_heads
    ):
        first, carrier = head.i, head
    issuer = _issuing_verb(verb, lexicon) or _by_means(verb) or _likely(verb)
    if issuer is not None:
        first, carrier = issuer.i, issuer
    first = extend_left(carrier, first)
    for child in verb.children:
        if child.dep_ == "prt" and child.i == last + 1:
            last = child.i
        elif (
            child.dep_ in _RIGHT_DEPS
            and child.left_edge.i == last + 1
            and child.right_edge.i - child.left_edge.i < 4
        ):
            last = child.right_edge.i  # "said sarcastically", "said Wednesday"
        elif (
            child.dep_ == "prep"
            and child.i == last + 1
            and child.lower_ in ("in", "on")
            and any(
                g.dep_ == "pobj" and g.lemma_.lower() in lexicon.medium_nouns
                for g in child.children
            )
        ):
            last = max(g.i for g in child.children if g.dep_ == "pobj")
    sought = _sought(verb, last)
    if sought is not None:
        last = sought.i  # "called for a prosecutor to step in", "called upon the mayor"
    addressee = called_on(verb) if lexicon.takes_infinitive(verb.lemma_) else None
    if addressee is not None and addressee.i == last + 1:
        last = addressee.i  # "called on", "is calling on"
    return token_range(doc, first, last), carrier


_ISSUING = frozenset({"issue", "release", "put", "send", "post", "publish", "circulate"})
"""Verbs that put out a statement ("issued a statement saying …")."""


def _issuing_verb(verb: Token, lexicon: CueLexicon) -> Token | None:
    """The verb that put out the statement a participle cue hangs on ("issued a statement
    saying", "released a statement Tuesday condemning"): PolNeAR's cue starts there, and
    its subject is the speaker."""
    statement = verb.head
    if verb.dep_ != "acl" or statement.dep_ != "dobj":
        return None
    if statement.lemma_.lower() not in lexicon.medium_nouns:
        return None
    issuer = statement.head
    if issuer.lemma_ not in _ISSUING or not 0 < verb.i - issuer.i <= 8:
        return None
    return issuer


def _by_means(verb: Token) -> Token | None:
    """The verb a cue's "by" phrase right after it says how it was done ("responded by
    saying", "began by noting", "followed up by asking"): PolNeAR's cue starts there, and its
    subject is the speaker. Only a "by" straight after the verb (or its particle) counts: in
    "rallied supporters by warning" the words between are no part of the cue."""
    by = verb.head
    if verb.dep_ != "pcomp" or by.lower_ != "by" or by.i != verb.i - 1 or by.dep_ != "prep":
        return None
    head = by.head
    if head.pos_ != "VERB" or not 0 < by.i - head.i <= 2:
        return None
    if by.i - head.i == 2 and head.doc[head.i + 1].dep_ != "prt":
        return None
    return head


def _likely(verb: Token) -> Token | None:
    """The copula of "are more likely to say", which PolNeAR's cue starts at (survey findings
    about what a group tends to say)."""
    likely = verb.head
    if verb.dep_ != "xcomp" or likely.lower_ not in ("likely", "unlikely"):
        return None
    if likely.dep_ != "acomp" or likely.head.lemma_ != "be" or likely.head.i > likely.i:
        return None
    return likely.head


def required_particle(verb: Token, lexicon: CueLexicon) -> Token | None:
    """The particle right after a verb that reports only with it ("shot back", "laid out"),
    or None when the verb needs none or lacks it."""
    wanted = lexicon.particle_of(verb.lemma_)
    if wanted is None or verb.i + 1 >= len(verb.doc):
        return None
    following = verb.doc[verb.i + 1]
    return following if following.lower_ == wanted and following.head.i == verb.i else None


_SOUGHT = frozenset({"for", "upon"})
"""Prepositions naming what a cue asks for or bears on ("called for", "called upon",
"voted for", "remarked upon"): PolNeAR's cue takes them in whenever the object does not say
when (every such case on train and dev)."""


def _sought(verb: Token, last: int) -> Token | None:
    """The "for" or "upon" right after the cue whose object is what was sought, or None;
    "said for weeks" says when, so a date or time object leaves it out."""
    if last + 1 >= len(verb.doc):
        return None
    following = verb.doc[last + 1]
    if following.head.i != verb.i or following.dep_ != "prep" or following.lower_ not in _SOUGHT:
        return None
    obj = prepositional_object(following)
    return following if obj is not None and obj.ent_type_ not in _WHEN else None


def called_on(verb: Token) -> Token | None:
    """The "on" of "called on X to act": the one asked joins the content, "on" the cue."""
    xcomp = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
    if xcomp is None:
        return None
    for child in verb.rights:
        if (
            child.dep_ == "prep"
            and child.lower_ in ("on", "in", "at")
            and child.i < xcomp.i
            and any(g.dep_ == "pobj" for g in child.children)
        ):
            return child
    return None


_LEFT_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
_RIGHT_DEPS = frozenset({"advmod", "npadvmod"})
"""Adverbs and bare time phrases right after the verb, which PolNeAR's cues mostly take in."""


def extend_left(verb: Token, first: int) -> int:
    """Take in the auxiliaries, negation and adverbs that directly precede the verb."""
    doc = verb.doc
    while first > 0:
        previous = doc[first - 1]
        if previous.head.i != verb.i or previous.dep_ not in _LEFT_DEPS | {"dep"}:
            break
        if previous.dep_ == "dep" and previous.lower_ not in _ADVERBS:
            break  # the parser leaves "both" in "have both said" unlabelled
        if (
            previous.dep_ == "advmod"
            and not previous.lower_.endswith("ly")
            and previous.lower_ not in _ADVERBS
        ):
            break
        first -= 1
    return first


_ADVERBS = frozenset(
    "also now later then just often recently never once still again already even first "
    "previously repeatedly initially ever further long since always soon best yet well quite "
    "sometimes almost seldom rather all both".split()
)
"""Adverbs without "-ly" that PolNeAR's cues take in when they sit between the auxiliary and
the verb ("have long said", "has since argued", "have both said"): on train and dev gold took
each of them in whenever it directly preceded our cue verb. Words that open a clause
("when", "how", "instead", "so") stay out, as gold mostly leaves them out."""


def content_ranges(verb: Token, lexicon: CueLexicon) -> tuple[list[CharRange], bool]:
    """The content of a cue verb by its lexicon group (empty when it has none), and whether
    it is only the clause the cue interrupts (a guess a quotation should override)."""
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
                or (child.dep_ == "xcomp" and child.pos_ != "PRON" and not _infinitive(child))
            ):
                return [subtree_range(child)], False  # "said yes", "mentions her granddaughter"
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
    "to": frozenset({"compare", "liken"}),
    "on": frozenset({"blame"}),
}
"""Prepositions whose phrase after a stance verb's object says what the stance is about
("criticized Clinton for her vote", "accused him of lying", "blamed it on the press"); an
empty set lets every stance verb take it, the others only the verbs named."""


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
    return target is not None and target.ent_type_ not in _WHEN


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
        if _second_cue(child, lexicon):
            last = child.left_edge.i - 1
            while last > clause.i and doc[last].dep_ in _JOINERS:
                last -= 1
            break
    if last > clause.i and doc[last].dep_ == "cc":  # "… trustworthy, and | three-quarters said"
        while last > clause.i and doc[last].dep_ in _JOINERS:
            last -= 1
    return token_range(doc, _after_connective(clause, clause.left_edge.i, last), last)


def _second_cue(verb: Token, lexicon: CueLexicon) -> bool:
    """Whether a verb coordinated onto a reported clause is a cue with its own content."""
    return (
        verb.dep_ in _SECOND_CUE
        and verb.head.dep_ == "ccomp"
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


def _fronted_participle(verb: Token) -> bool:
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


def _infinitive(token: Token) -> bool:
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
    if complement.dep_ == "xcomp" and complement.lemma_ in lexicon.all_lemmas:
        return []
    if subject.lower_ == "it":
        clause = next((c for c in verb.rights if c.dep_ == "ccomp" and c.i > complement.i), None)
        if clause is not None:
            return [token_range(verb.doc, complement.left_edge.i, clause.right_edge.i)]
        if any(c.dep_ == "ccomp" for c in complement.children):
            return [subtree_range(complement)]  # "it seems likely that …": no "it" in it
    return [subtree_range(subject), subtree_range(complement)]


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


def verbal_candidates(doc: Doc, lexicon: CueLexicon, cue_tokens: list[int]) -> list[Draft]:
    """One draft per cue verb; content may be empty (a quote may supply it later).

    Args:
        doc: the parsed document.
        lexicon: the cue lemmas.
        cue_tokens: indices of tokens whose lemma is a cue (found once by the component).
    """
    drafts: list[Draft] = []
    for index in cue_tokens:
        verb = doc[index]
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("amod", "compound"):
            continue
        if lexicon.particle_of(verb.lemma_) and required_particle(verb, lexicon) is None:
            continue  # "shot the ball", "laid the blame": not the reporting sense
        cue, carrier = cue_range(verb, lexicon)
        if verb.lemma_ in lexicon.raising:
            content = raising_content(verb, lexicon)
            if content:
                drafts.append(Draft("indirect", cue, None, content, verb.i, None, speech=False))
            continue
        # "told CNN that X and questioning Y": the teller questions, not X's subject
        if _fronted_participle(verb):
            subject = _agent_of(verb)
        else:
            subject = subject_of(verb.head.head if _second_cue(verb, lexicon) else carrier)
        if subject is not None and subject.i > carrier.i + 12:
            subject = None
        if subject is None and _stance_only(verb.lemma_, lexicon):
            continue  # "groups backing Cruz", "to support Clinton": a stance nobody holds
        if subject is None and _imperative(verb):
            continue  # "Read the rest of the story": the writer addressing the reader
        content, loose = content_ranges(verb, lexicon)
        # a carried verb ("went on to express regret for") keeps its object, as PolNeAR does
        own = carrier.i == verb.i and cue[1] == token_end(verb)
        stance = stance_phrase(verb) if own else None
        if stance is not None:  # "expressed concern about X": the noun joins the cue
            cue, content, loose = (
                (cue[0], token_end(doc[stance[0]])),
                [subtree_range(stance[1])],
                False,
            )
        speech = lexicon.takes_quote(verb.lemma_)
        if not content and verb.lemma_ in lexicon.evidence:
            subject = subject or _document_head(verb)
            content = _finding(verb, subject)
        if not content:
            prepositional = _prepositional(
                verb,
                cue,
                addressed=verb.lemma_ in _TO_LISTENER,
                own=_own_preposition(verb, lexicon),
            )
            if prepositional is not None:
                (cue, content), speech = prepositional, False
        passive = passive_subject(verb) if verb.lemma_ not in ADDRESSEE_OBJECT else None
        if passive is not None and not loose:
            content = _with_passive_subject(passive, verb, content, subject is not None)
        front = None if loose else fronted_relative(verb, carrier, subject, content)
        if front is not None:  # "which he said was a mistake": the gap's word opens it
            content = [front, *content]
        if not content and (not lexicon.takes_quote(verb.lemma_) or _takes_infinitive(verb)):
            continue  # "will continue to be": not a reporting use
        drafts.append(
            Draft(
                kind="indirect",
                cue=cue,
                source=source_range(subject, verb) if subject is not None else None,
                content=content,
                cue_token=verb.i,
                speaker_token=speaker_token(subject).i if subject is not None else None,
                loose=loose,
                speech=speech,
            )
        )
    return drafts


DOCUMENT_NOUNS: frozenset[str] = frozenset(
    """
    poll survey polling study data report result analysis number figure research count
    tally average review audit census record document memo
    """.split()
)
"""What can show a finding as its object ("the survey shows a small gender gap"); a person
who "showed vulnerabilities" displays them and reports nothing."""


def _document_head(verb: Token) -> Token | None:
    """The document a participle describes: "a new poll showing Trump ahead"."""
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in DOCUMENT_NOUNS:
        return verb.head
    return None


def _finding(verb: Token, subject: Token | None) -> list[CharRange]:
    """What a poll or document shows as an object: the object and everything after it in the
    verb's phrase ("polls show Clinton with a double-digit lead"), or nothing when the subject
    is not a document."""
    if subject is None or subject.lemma_.lower() not in DOCUMENT_NOUNS:
        return []
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return []
    doc = verb.doc
    last = verb.right_edge.i
    while last > obj.right_edge.i and doc[last].dep_ in ("punct", "cc"):
        last -= 1
    return [token_range(doc, obj.left_edge.i, last)]


def _with_passive_subject(
    passive: Token, verb: Token, content: list[CharRange], has_agent: bool
) -> list[CharRange]:
    """A passive cue's content with its subject in front: "Ginsburg" + "her liberal bent" for
    "Ginsburg is known for her liberal bent". With no complement, the subject alone is the
    content when a "by" phrase names the source ("The proposal was rejected by voters").
    An empty "it" holding the place of a clause after the cue ("it was revealed that …") is
    no part of what was said: PolNeAR's content is the clause alone."""
    if passive.lower_ == "it" and content and _extraposed(verb.doc, content[0]):
        return content
    if content and all(start > verb.idx for start, _ in content):
        return [subtree_range(passive), *content]
    if not content and has_agent:
        return [subtree_range(passive)]
    return content


def _extraposed(doc: Doc, content: CharRange) -> bool:
    """Whether a content range opens with a clause's "that", "whether" or "if"."""
    first = doc.char_span(content[0], content[1], alignment_mode="expand")
    return (
        first is not None
        and first[0].dep_ == "mark"
        and first[0].lower_ in ("that", "whether", "if")
    )


_PREPOSITIONS = frozenset({"for", "about", "on", "of", "against", "to"})
_SAYING = frozenset({"say", "write", "add", "ask", "tell", "tweet", "post", "note", "explain"})
"""Verbs whose "on" phrase says where ("said on CNN", "wrote on Facebook") and whose "of"
phrase what the words were about ("said of the ruling, “…”"): on PolNeAR's train split the
cue left "on" out every time (66) and "of" out two times in three, the content being
the quotation beside them."""


def _quotes_near(verb: Token) -> bool:
    """Whether the verb's sentence holds or follows a quotation mark, so a quotation can be
    its content (without one, the "on"/"of" phrase stays the best content there is). A
    quotation ending in "!" or "?" is often parsed as a sentence of its own."""
    sentence = verb.sent
    before = verb.doc[sentence.start - 1] if sentence.start > 0 else None
    return (before is not None and before.is_quote) or any(t.is_quote for t in sentence)


_WITH = frozenset({"agree", "disagree", "concur", "side"})
"""Verbs whose "with" phrase is what they take a stance on ("agreed with the analysis",
"sided with the unions"): PolNeAR's cue takes "with" in and the content is its object."""


def _own_preposition(verb: Token, lexicon: CueLexicon) -> str | None:
    """The preposition, beyond the common ones, a verb takes its content with: "with" for
    the verbs of ``_WITH``; "at" (the one attacked) after a particle cue ("lashed out at the
    press", "fired back at critics")."""
    if verb.lemma_ in _WITH:
        return "with"
    return "at" if lexicon.particle_of(verb.lemma_) is not None else None


_TO_LISTENER = frozenset(
    {
        "say",
        "explain",
        "write",
        "tweet",
        "admit",
        "confide",
        "announce",
        "declare",
        "remark",
        "add",
        "note",
        "insist",
        "complain",
        "joke",
        "quip",
        "boast",
        "brag",
        "shout",
        "yell",
        "whisper",
        "concede",
        "acknowledge",
        "mention",
        "comment",
        "lament",
        "recall",
        "tell",
        "speak",
        "talk",
    }
)
"""Verbs whose "to" phrase is the listener ("said to People"), unlike "pointed to the data"."""


def _prepositional(
    verb: Token, cue: CharRange, addressed: bool = False, own: str | None = None
) -> tuple[CharRange, list[CharRange]] | None:
    """A cue with a prepositional object right after it ("called for an inquiry", "warned of
    a battle", "talked about taxes"): the preposition joins the cue, its object is the content.

    With ``addressed`` (a verb like "say"), "to" names the listener, not what was
    said: in "“…!” Clinton said to People." the quotation is the content.

    ``own`` is one more preposition this verb takes its content with (see
    ``_own_preposition``), which after other cues says where or with whom ("said at a rally",
    "spoke with reporters").

    "called for the party to unite": the parser reads "for" as the mark of a clause, not a
    preposition; the clause after "for" is the content all the same.
    """
    for child in verb.children:
        if child.dep_ in _FOR_CLAUSES and child.i > verb.i:
            mark = child.left_edge
            if mark.lower_ == "for" and mark.dep_ == "mark" and mark.idx - cue[1] <= 1:
                return (cue[0], token_end(mark)), [
                    token_range(verb.doc, mark.i + 1, child.right_edge.i)
                ]
        if child.dep_ != "prep" or not (child.lower_ in _PREPOSITIONS or child.lower_ == own):
            continue
        if addressed and child.lower_ == "to":
            continue
        if verb.lemma_ in _SAYING and child.lower_ in ("on", "of") and _quotes_near(verb):
            continue  # "“…,” he said on Twitter": where, or of what; the quotation is what
        if child.idx - cue[1] > 1:  # not directly after the cue (a particle may sit between)
            continue
        obj = prepositional_object(child)
        if obj is not None and obj.ent_type_ not in _WHEN and obj.lemma_.lower() not in _MANNER:
            return (cue[0], token_end(child)), [subtree_range(obj)]
    return _topic(verb, cue) if verb.lemma_ in SPEECH else None


def _topic(verb: Token, cue: CharRange) -> tuple[CharRange, list[CharRange]] | None:
    """The object of an "about" phrase further on ("asked Trump about his remarks", "spoke
    at the White House on Tuesday about guns"): the content; the cue stays the verb, since
    the words between are not part of it."""
    for child in verb.rights:
        if child.dep_ == "prep" and child.lower_ == "about":
            obj = prepositional_object(child)
            if obj is not None:
                return cue, [subtree_range(obj)]
    return None


_FOR_CLAUSES = frozenset({"advcl", "ccomp"})
"""Dependencies of a "for X to Y" clause the parser hangs on a cue ("calls for X to quit")."""
_MANNER = frozenset({"condition", "behalf"})
"""Objects that say how one spoke, not what ("spoke on condition of anonymity")."""
_WHEN = frozenset({"DATE", "TIME"})
"""Entity types of a prepositional object that says when, not what ("responded on Sunday")."""


def _imperative(verb: Token) -> bool:
    """Whether a verb is a command opening its sentence ("Read more", "Tell us")."""
    return verb.tag_ == "VB" and verb.dep_ == "ROOT" and verb.i == verb.sent.start


def _stance_only(lemma: str, lexicon: CueLexicon) -> bool:
    """Whether a cue only takes a stance (an object), never a clause or a quotation."""
    return lemma in lexicon.stance and not (
        lemma in lexicon.speech or lemma in lexicon.cognition or lemma in lexicon.intention
    )


def _takes_infinitive(verb: Token) -> bool:
    """Whether the verb governs a "to" infinitive ("continue to be", "add to the pile")."""
    return any(child.dep_ == "xcomp" and _infinitive(child) for child in verb.children)


def source_range(subject: Token, verb: Token) -> CharRange:
    """The subject's whole phrase (appositives and relative clauses included, as PolNeAR's
    sources mostly are), cut short of the verb when the parse folds them together."""
    first, last = subject.left_edge.i, subject.right_edge.i
    if first <= verb.i <= last:
        last = max(subject.i, verb.i - 1) if subject.i < verb.i else last
        first = subject.i if subject.i > verb.i else first
    doc = subject.doc
    for i in range(subject.i - 1, first - 1, -1):
        if doc[i].text in _DATELINE_DASHES:  # "RENO, Nev. (AP) — Republican hopeful Trump"
            first = i + 1
            break
    if first < subject.i and doc[first].lower_ == "even" and doc[first].dep_ == "advmod":
        first += 1  # "even some of his admirers say": the writer's emphasis, not the name
    return token_range(doc, first, _trim_tail(subject, last))


_DATELINE_DASHES = frozenset({"—", "--", "–"})
_FLOATING = frozenset({"both", "all", "each"})
"""Quantifiers floated after a subject ("Richards and Menendez both said"), outside its name."""


def _trim_tail(subject: Token, last: int) -> int:
    """The last token of a source without a floating quantifier, a when-phrase the parse
    hung on the subject ("The campaign on Monday said") or a present participle set off by a
    comma ("Rubio, speaking at a rally in Miami, said"), which PolNeAR leaves out: the
    participle tells what the speaker was doing, not who they are (on train every such clause
    was left out of the gold source, while a comma-set "funded by …" was mostly kept)."""
    doc = subject.doc
    for child in reversed(list(subject.rights)):
        if child.right_edge.i != last:
            break
        if child.dep_ == "punct" and child.text in _SET_OFF:  # closing a set-off phrase
            last = child.i - 1
            continue
        if child.lower_ in _FLOATING and child.dep_ in ("appos", "det", "advmod"):
            last = child.i - 1
        elif _set_off_participle(child) or (child.dep_ == "npadvmod" and child.ent_type_ in _WHEN):
            last = child.left_edge.i - 1
        elif (
            child.dep_ == "prep"
            and child.lower_ in ("on", "in", "at")
            and any(g.dep_ == "pobj" and g.ent_type_ in _WHEN for g in child.children)
        ):
            last = child.i - 1
        else:
            break
        while last > subject.i and doc[last].is_punct:
            last -= 1
    return max(last, subject.i)


_SET_OFF = frozenset({",", "—", "–", "--"})


def _set_off_participle(child: Token) -> bool:
    """Whether a subject's dependent is a present participle clause after a comma or dash
    ("Sanders, celebrating a victory in Vermont")."""
    first = child.left_edge
    return (
        child.dep_ in ("acl", "advcl")
        and child.tag_ == "VBG"
        and first.i > 0
        and child.doc[first.i - 1].text in _SET_OFF
    )
