"""Quotes and attributions: who said what, direct, indirect or mixed, with the speaker resolved.

``demarche.quotes.component`` registers the ``demarche_quotes`` spaCy factory; the other modules
are its steps (quotation marks, parse candidates, linking, speakers) and its cue lexicon.
"""
