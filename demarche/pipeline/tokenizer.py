"""Tokenizer adjustments for text pasted from the web.

Copy-pasted news often loses the space before an opening quotation mark (``said,“Look``). The
default English tokenizer keeps such a run as one token, so the reporting verb and the first
word of the quotation vanish together and the quote cannot be attributed. Opening double curly
marks and guillemets are unambiguous, so splitting before them is safe; straight quotes are left
alone because they also close quotations, and single curly marks because they double as
apostrophes.
"""

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

GLUED_PUNCTUATION = r"[,;:!?](?=[“«])"
"""Punctuation directly before an opening mark becomes its own token."""
GLUED_OPENING_MARK = r"(?<=[\w.,;:!?])[“«]"
"""An opening mark directly after a word or punctuation becomes its own token."""


def split_glued_quotes(nlp: Language) -> Language:
    """Add the opening-mark infix to the pipeline's tokenizer (idempotent)."""
    infixes = list(nlp.Defaults.infixes or ())
    if GLUED_OPENING_MARK not in infixes:
        infixes.extend([GLUED_PUNCTUATION, GLUED_OPENING_MARK])
        tokenizer: Tokenizer = nlp.tokenizer
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp
