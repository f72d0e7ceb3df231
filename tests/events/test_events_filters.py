"""Which statements make no event: parties that are not political actors.

Ordinary news is full of companies, hospitals and interviewees doing things that an event
dictionary has words for ("offered", "hosted", "met"); event data codes none of them unless a
political actor takes part. The sentences are ours, one per class, with a sentence beside each
that must keep its event.
"""

from __future__ import annotations


def types(document) -> list[str]:
    return [event.type for event in document.events]


def test_a_company_doing_business_makes_no_event(analyse_text) -> None:
    assert types(analyse_text("Globex Corp. offered free flights to its customers.")) == []
    assert types(analyse_text("Initech Technologies hosted a panel on its new phones.")) == []


def test_a_company_on_the_receiving_end_or_attacked_is_still_a_party(analyse_text) -> None:
    raided = analyse_text("Police raided the offices of Globex Corp. on Monday.")
    assert any(e.target and "Globex" in e.target.text for e in raided.events)
    accused = analyse_text("Initech Technologies accused the government of Freedonia of theft.")
    assert "ACCUSE" in types(accused)


def test_interview_voices_outside_quotes_make_no_event(analyse_text) -> None:
    assert types(analyse_text("I met Priya at the station and we talked for an hour.")) == []
    assert types(analyse_text("How do you plan to help the families of Springfield?")) == []


def test_first_persons_in_quotes_or_quote_fragments_keep_their_events(analyse_text) -> None:
    quoted = analyse_text('"We will meet the Iranian delegation next week," the minister said.')
    assert "AGREE" in types(quoted)
    fragment = analyse_text('He said it was over. "And then I asked the envoy for his resignation.')
    assert "REQUEST" in types(fragment)
