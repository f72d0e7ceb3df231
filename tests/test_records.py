"""Records survive a JSON round trip exactly (property-based)."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from demarche.records import (
    MODALITIES,
    SCHEMA,
    Actor,
    Article,
    Document,
    Event,
    Mention,
    Participant,
    Quote,
    Span,
    TimeExpression,
)

offsets = st.integers(min_value=0, max_value=10_000)
words = st.text(min_size=0, max_size=20)
maybe = st.none() | words

spans = st.builds(Span, offsets, offsets, words)
articles = st.builds(
    Article,
    id=st.text(alphabet="0123456789abcdef", min_size=64, max_size=64),
    text=words,
    title=maybe,
    url=maybe,
    outlet=maybe,
    author=maybe,
    published=st.none() | st.dates().map(str),
    language=st.sampled_from([None, "en", "fr"]),
    boilerplate=st.lists(st.tuples(offsets, offsets), max_size=3).map(tuple),
)
actors = st.builds(
    Actor, words, words, maybe, maybe, maybe, st.lists(words, max_size=2).map(tuple), maybe
)
mentions = st.builds(Mention, offsets, offsets, words, words, maybe)
times = st.builds(
    TimeExpression,
    offsets,
    offsets,
    words,
    st.sampled_from(["DATE", "TIME", "DURATION", "SET"]),
    maybe,
    st.booleans(),
    st.booleans(),
)
quotes = st.builds(
    Quote,
    st.sampled_from(["direct", "indirect", "mixed"]),
    st.lists(spans, max_size=3).map(tuple),
    st.none() | spans,
    st.none() | spans,
    maybe,
)
participants = st.builds(Participant, maybe, offsets, offsets, words, st.booleans())
events = st.builds(
    Event,
    type=words,
    evidence=spans,
    trigger=st.none() | spans,
    mode=maybe,
    context=st.lists(words, max_size=2).map(tuple),
    source=st.none() | participants,
    target=st.none() | participants,
    modality=st.sampled_from(MODALITIES),
    condition=st.none() | spans,
    date=maybe,
    date_from_publication=st.booleans(),
    location=st.none() | spans,
    quote=st.none() | st.integers(0, 50),
    confidence=st.floats(0, 1).map(lambda x: round(x, 3)),
)
documents = st.builds(
    Document,
    article=articles,
    actors=st.lists(actors, max_size=3).map(tuple),
    mentions=st.lists(mentions, max_size=3).map(tuple),
    times=st.lists(times, max_size=3).map(tuple),
    quotes=st.lists(quotes, max_size=3).map(tuple),
    events=st.lists(events, max_size=3).map(tuple),
)


@given(documents)
def test_document_json_round_trip(document: Document) -> None:
    data = json.loads(json.dumps(document.to_dict()))
    assert data["schema"] == SCHEMA
    assert Document.from_dict(data) == document


def test_wrong_schema_is_refused() -> None:
    import pytest

    with pytest.raises(ValueError, match="demarche/1"):
        Document.from_dict({"schema": "demarche/0", "article": {}})
