"""Attributions found from the dependency parse: a cue word, its subject and its complement.

Each reporting verb contributes one candidate: the cue (the verb with its particle, a carrying
verb as in "went on to say", and a medium as in "said in a statement"), the source (its subject's
phrase, inherited from the governing verb for "..., saying ..." and "... and said ..."), and the
content (its clausal, infinitival or object complement by the verb's lexicon group; for a verb
that interrupts its clause, "The race, Cruz said, is close", the clause around it; for a verb
with only a prepositional object, "called for an inquiry", that object, the preposition joining
the cue). This module finds the cue and assembles the candidate; the content is read in
``content.py`` and the source in ``sources.py``. Cues without a verb ("according to X",
"reportedly") are in ``according.py``.

Everything is read off token edges (``left_edge``/``right_edge``), so each candidate costs a
few constant-time look-ups however long the sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from demarche.quotes.content import (
    ADDRESSEE_OBJECT,
    called_on,
    content_ranges,
    fronted_participle,
    infinitive,
    raising_content,
    second_cue,
)
from demarche.quotes.cues import SPEECH, CueLexicon
from demarche.quotes.draft import CharRange, Draft
from demarche.quotes.gerund import gerund_object
from demarche.quotes.intended import intended_object
from demarche.quotes.object_gap import relative_object
from demarche.quotes.relatives import fronted_relative
from demarche.quotes.sources import (
    agent_of,
    passive_subject,
    source_range,
    speaker_token,
    subject_of,
)
from demarche.quotes.spans import WHEN, prepositional_object, subtree_range, token_end, token_range
from demarche.quotes.stance import stance_phrase


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
    return following if obj is not None and obj.ent_type_ not in WHEN else None


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
        if fronted_participle(verb):
            subject = agent_of(verb)
        else:
            subject = subject_of(verb.head.head if second_cue(verb, lexicon) else carrier)
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
        if not content and _stance_only(verb.lemma_, lexicon):
            content = relative_object(verb, subject)  # "whom he blasted as a bully"
        if not content and subject is not None:  # "offered no specifics", "supports raising it"
            content = intended_object(verb, lexicon) or gerund_object(verb, lexicon)
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
        if child.i < verb.i:
            continue  # "For a short time, she considered …": a fronted phrase sets the scene
        if child.idx - cue[1] > 1:  # not directly after the cue (a particle may sit between)
            continue
        obj = prepositional_object(child)
        if obj is not None and obj.ent_type_ not in WHEN and obj.lemma_.lower() not in _MANNER:
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
    return any(child.dep_ == "xcomp" and infinitive(child) for child in verb.children)
