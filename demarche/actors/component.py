"""The ``demarche_actors`` spaCy component: every mention of an actor, resolved per document.

No ``from __future__ import annotations`` here: spaCy validates factory arguments from their
runtime type annotations.
"""

from spacy.language import Language
from spacy.tokens import Doc

from demarche.actors.coref import PronounResolver
from demarche.actors.kb import KnowledgeBase, load_kb, user_files
from demarche.actors.resolver import DocumentResolver
from demarche.pipeline.extensions import published_of, register_extensions

if not Doc.has_extension("demarche_actor_files"):
    # the knowledge-base files a Doc was resolved with, so resolve_span can reload the same base
    Doc.set_extension("demarche_actor_files", default=None)


class ActorsComponent:
    """Assigns ``doc._.demarche_mentions`` and ``doc._.demarche_actors``.

    Named mentions carry their NER label (corrected to PERSON or ORG where the knowledge base
    knows better), descriptions are labelled "NOMINAL" and pronouns "PRON"; a mention whose
    actor cannot be established keeps ``actor=None``.
    """

    def __init__(self, kb: KnowledgeBase, extra_files: tuple[str, ...] = ()) -> None:
        self.kb = kb
        self.extra_files = extra_files

    def __call__(self, doc: Doc) -> Doc:
        resolver = DocumentResolver(self.kb, doc, published_of(doc))
        resolver.resolve_entities()
        resolver.resolve_nominals()
        PronounResolver(resolver).run()
        doc._.demarche_mentions = resolver.mentions()
        doc._.demarche_actors = resolver.actors
        doc._.demarche_actor_files = self.extra_files
        return doc


@Language.factory(
    "demarche_actors",
    requires=["doc.ents", "token.dep", "token.lemma", "token.tag"],
    assigns=["doc._.demarche_mentions", "doc._.demarche_actors"],
    default_config={"extra_files": []},
)
def make_actors(nlp: Language, name: str, extra_files: list[str]) -> ActorsComponent:
    """Build the component; ``extra_files`` are JSONL actor files that add or override actors,
    after the files imported with ``demarche actors import``."""
    register_extensions()
    files = tuple(user_files()) + tuple(extra_files)
    return ActorsComponent(load_kb(files), files)
