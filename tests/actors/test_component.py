"""The demarche_actors component: mentions, actors, coreference, robustness, resolve_span."""

from __future__ import annotations

import pytest

from demarche.actors import resolve_span
from demarche.pipeline.extensions import actors_of, mention_at, mentions_of


def actor_at(doc, phrase: str, occurrence: int = 1) -> str | None:
    start = -1
    for _ in range(occurrence):
        start = doc.text.index(phrase, start + 1)
    ids = resolve_span(doc, start, start + len(phrase))
    return ids[0] if ids else None


def test_mentions_carry_labels_offsets_and_actor_ids(resolve):
    doc = resolve("Trump met Kim Jong Un. He said the talks were good.")
    mentions = mentions_of(doc)
    labels = {m.text: m.label for m in mentions}
    assert labels["Kim Jong Un"] == "PERSON" and labels["He"] == "PRON"
    for mention in mentions:
        assert doc.text[mention.start : mention.end] == mention.text
    actors = actors_of(doc)
    assert actors["kim-jong-un"].country == "PRK" and actors["kim-jong-un"].sector == "GOV"
    assert all(m.actor in actors for m in mentions if m.actor)


def test_quote_speaker_lookup_finds_pronoun_mentions(resolve):
    doc = resolve("Kim Jong Un spoke to Trump on Sunday. He said he wanted peace.")
    start = doc.text.index("He said")
    mention = mention_at(doc, start, start + 2)
    assert mention is not None and mention.label == "PRON"
    assert mention.actor == "kim-jong-un"


def test_title_and_appositive_create_document_local_actors(resolve):
    doc = resolve(
        "Interior Minister Ana Lukic of Montenegro resigned. Marko Jovic, Serbia's foreign "
        "minister, welcomed the move."
    )
    actors = actors_of(doc)
    lukic = actors[actor_at(doc, "Ana Lukic")]
    jovic = actors[actor_at(doc, "Marko Jovic")]
    assert (lukic.country, lukic.sector, lukic.roles) == ("MNE", "GOV", ("Interior Minister",))
    assert (jovic.country, jovic.sector) == ("SRB", "GOV")
    assert any("minister" in r.lower() for r in jovic.roles)


def test_role_validity_depends_on_publication_date(resolve):
    assert actor_at(resolve("President Yoon visited Tokyo.", "2023-03-16"), "President Yoon") == (
        "yoon-suk-yeol"
    )
    assert actor_at(resolve("President Lee visited Tokyo.", "2025-08-23"), "President Lee") == (
        "lee-jae-myung"
    )


def test_coordination_gives_one_actor_per_conjunct(resolve):
    doc = resolve("Senior Hungarian and Romanian officials agreed on Wednesday to cooperate.")
    start = doc.text.index("Senior")
    end = doc.text.index("officials") + len("officials")
    ids = resolve_span(doc, start, end)
    actors = actors_of(doc)
    assert [(actors[i].country, actors[i].sector) for i in ids] == [("HUN", "GOV"), ("ROU", "GOV")]


def test_phrase_without_mention_is_analysed_on_the_spot(resolve):
    doc = resolve("The statement was read out.")
    doc = resolve("Officials said a Japanese destroyer had left port.")
    ids = resolve_span(doc, doc.text.index("a Japanese"), doc.text.index(" had"))
    assert ids and actors_of(doc)[ids[0]].country == "JPN"
    assert actors_of(doc)[ids[0]].sector == "MIL"


def test_phrases_of_interleaved_documents_stay_in_their_document(resolve):
    first = resolve("Officials said a Japanese destroyer had left port.")
    second = resolve("Witnesses said Iraqi troops had entered the town.")
    for _ in range(2):  # back and forth: each Doc keeps its own index and actors
        japanese = resolve_span(first, first.text.index("a Japanese"), first.text.index(" had"))
        iraqi = resolve_span(second, second.text.index("Iraqi"), second.text.index(" had"))
        assert actors_of(first)[japanese[0]].country == "JPN"
        assert actors_of(second)[iraqi[0]].country == "IRQ"
        assert iraqi[0] not in actors_of(first) and japanese[0] not in actors_of(second)


def test_an_organisation_before_the_head_outranks_a_longer_possessor(resolve):
    """ "Sheikh Omar Abdel Rahman's Hamas network": the network is Hamas's; the possessor,
    longer, only says whose following it is."""
    doc = resolve("Sheikh Omar Abdel Rahman's Hamas network has claimed the attack.")
    ids = resolve_span(doc, 0, doc.text.index(" has"))
    assert ids == ["hamas"]


def test_a_name_apposed_to_a_titles_place_takes_the_title(resolve):
    """ "the deputy governor of the Kursk region, Oleg Vasnetsov": the parser hangs the name on
    the place; the title before it still says who he is and where."""
    doc = resolve(
        "Police foiled a plot to kill the deputy governor of the Kursk region, Oleg Vasnetsov, "
        "on Friday."
    )
    actor = actors_of(doc)[actor_at(doc, "Oleg Vasnetsov")]
    assert (actor.country, actor.sector) == ("RUS", "GOV")


def test_two_compass_words_sharing_a_name_are_two_countries(resolve):
    doc = resolve("Talks between North and South Korea resumed.")
    start = doc.text.index("North")
    ids = resolve_span(doc, start, doc.text.index(" resumed"))
    assert [actors_of(doc)[i].country for i in ids] == ["PRK", "KOR"]
    doc = resolve("North and central Italy were flooded.")
    assert len(resolve_span(doc, 0, doc.text.index(" were"))) <= 1


def test_south_sudan_is_a_country_of_its_own(resolve):
    doc = resolve("South Sudan accused Sudan of bombing oil fields near Juba.")
    assert (
        actor_at(doc, "South Sudan")
        and actors_of(doc)[actor_at(doc, "South Sudan")].country == "SSD"
    )
    assert actors_of(doc)[actor_at(doc, "Sudan", 2)].country == "SDN"


def test_unknown_or_ambiguous_names_stay_unresolved(resolve):
    doc = resolve("Smith and Jones arrived. They said nothing.")
    assert all(m.actor is None for m in mentions_of(doc) if m.text in ("Smith", "Jones"))
    doc = resolve("Officials in the capital declined to comment.")
    assert actor_at(doc, "Officials") is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        " \n\n ",
        "he he he him his",
        "“" * 50 + "He said it." + "”" * 3,
        "Kim " * 500,
        "The the the of of of and and.",
        "ÄÖÜ ß ✓ 北朝鮮 김정은 " * 20,
        "President President President Minister Minister.",
        '"unclosed quote he said ' * 40,
    ],
)
def test_odd_input_never_crashes(resolve, text):
    doc = resolve(text)
    assert isinstance(mentions_of(doc), list)
    for mention in mentions_of(doc):
        assert 0 <= mention.start < mention.end <= len(text)


def test_extra_files_are_passed_as_component_config(tmp_path):
    from demarche.evaluation.actors import analyse_texts
    from demarche.options import Options
    from demarche.pipeline import build_pipeline

    path = tmp_path / "mine.jsonl"
    path.write_text(
        '{"id": "zorblax-quentworth", "name": "Zorblax Quentworth", "kind": "person", '
        '"country": "NZL", "sector": "GOV", "gender": "m"}\n',
        encoding="utf-8",
    )
    options = Options(components=("demarche_actors",), actor_files=(str(path),))
    nlp = build_pipeline(options)
    doc = analyse_texts(nlp, [("Zorblax Quentworth spoke. He was brief.", None)])[0]
    assert actor_at(doc, "Zorblax Quentworth") == "zorblax-quentworth"
    assert actor_at(doc, "He") == "zorblax-quentworth"


def test_full_pipeline_document_lists_referenced_actors(analyse_text):
    document = analyse_text("North Korea fired a missile, Yonhap said.", published="2025-05-08")
    ids = {a.id for a in document.actors}
    assert {"north-korea", "yonhap"} <= ids
    assert {m.actor for m in document.mentions if m.actor} <= ids


@pytest.mark.parametrize(
    "text",
    [
        " ".join(["President Putin said he and Kim"] * 1200),  # one endless sentence
        "Trump said: \u201cHe is great, I like him. " * 800,  # an unclosed quotation
        "President Kim Jong Un and Foreign Minister Cho Hyun of South Korea met. " * 600,
    ],
    ids=["one-sentence", "unclosed-quote", "dense-names"],
)
def test_pathological_input_takes_bounded_time(text):
    import time

    from demarche.evaluation.actors import analyse_texts
    from demarche.options import Options
    from demarche.pipeline import build_pipeline

    nlp = build_pipeline(Options(components=("demarche_actors",)))
    component = nlp.get_pipe("demarche_actors")
    with nlp.select_pipes(disable=["demarche_actors"]):
        doc = analyse_texts(nlp, [(text, "2025-01-01")])[0]
    start = time.process_time()
    component(doc)
    elapsed = time.process_time() - start
    assert len(doc) > 7000
    assert elapsed < 0.5 * len(doc) / 1000  # well under a millisecond per token


def test_local_ids_are_ascii_slugs():
    from demarche.actors.resolver import slug

    assert slug("Paweł Adamowicz") == "pawel-adamowicz"
    assert slug("Joachim Brudziński") == "joachim-brudzinski"
    assert slug("金正恩") != slug("김정은") and slug("金正恩").startswith("actor-")


def test_appositive_igo_title_makes_a_person_an_igo_official(resolve):
    # "secretary-general" is split at its hyphen; its last word must not make him a general
    doc = resolve("The US rejected calls by Kofi Annan, UN secretary-general, to adopt reforms.")
    actor = actors_of(doc)[actor_at(doc, "Kofi Annan")]
    assert actor.sector == "IGO"


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("Rebels attacked villages in North Kivu on Monday.", "North Kivu", "COD"),
        ("Authorities in Tigray imposed a curfew.", "Tigray", "ETH"),
        ("Fighting resumed near Donetsk, officials said.", "Donetsk", "UKR"),
        ("Rockets were fired from Gaza overnight.", "Gaza", "PSE"),
        ("Troops entered Jenin at dawn.", "Jenin", "PSE"),
        # ethnic groups with one homeland
        ("Thousands of Tigrayans fled the fighting.", "Tigrayans", "ETH"),
        ("Chechens marched through the town on Friday.", "Chechens", "RUS"),
        # "ethnic" makes the demonym an ethnicity: the people belong where they live
        ("Police detained five ethnic Russians in a raid in Estonia.", "ethnic Russians", "EST"),
        ("Ethnic Russians staged a protest in Latvia on Monday.", "Ethnic Russians", "LVA"),
        # without "ethnic" the demonym keeps its own country
        ("Five Russians were detained in Estonia.", "Russians", "RUS"),
        # demonyms the seed country lists lack
        ("Uzbek police detained two reporters.", "Uzbek police", "UZB"),
        ("Slovenian border guards stopped the convoy.", "Slovenian border guards", "SVN"),
        ("A Nepali court freed the activists.", "A Nepali court", "NPL"),
        ("Ethnic Uzbeks in Afghanistan rallied in Mazar.", "Ethnic Uzbeks", "AFG"),
    ],
)
def test_regions_and_ethnic_groups_carry_their_country(resolve, text, phrase, country):
    doc = resolve(text)
    actor_id = actor_at(doc, phrase)
    assert actor_id is not None and actors_of(doc)[actor_id].country == country


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("The NPFL said it would not disarm.", "NPFL", "LBR"),
        ("RUF rebels freed the hostages on Tuesday.", "RUF", "SLE"),
        ("The International Labour Office published it.", "International Labour Office", "IGO"),
        ("The EEC agreed on farm prices.", "EEC", "IGO"),
    ],
)
def test_armed_groups_and_igos_carry_their_code(resolve, text, phrase, code):
    from demarche.evaluation.actors import predicted_code

    doc = resolve(text, None)
    actor_id = actor_at(doc, phrase)
    assert actor_id is not None and predicted_code(actors_of(doc)[actor_id]) == code


def test_a_titled_misspelt_seed_name_finds_the_office_holder(resolve):
    doc = resolve("President Hosni Mubarrak met the delegation in Cairo.", None)
    actor = actors_of(doc)[actor_at(doc, "Hosni Mubarrak")]
    assert actor.id == "hosni-mubarak" and actor.country == "EGY"
    untitled = resolve("Hosni Mubarrak met the delegation in Cairo.", None)
    assert actor_at(untitled, "Hosni Mubarrak") != "hosni-mubarak"


def test_an_ethnic_group_without_a_place_has_no_country(resolve):
    doc = resolve("Ethnic Hungarians gathered to celebrate the anniversary.")
    actor_id = actor_at(doc, "Ethnic Hungarians")
    assert actor_id is None or actors_of(doc)[actor_id].country != "HUN"


def test_an_ethnic_group_lives_in_the_country_the_sentence_names_most(resolve):
    """Two countries named, one of them twice: the story is where the group lives."""
    doc = resolve(
        "Ethnic Hungarians rallied in towns near Romania's border with Ukraine, Romanian police "
        "said."
    )
    actor_id = actor_at(doc, "Hungarians")
    assert actor_id is not None and actors_of(doc)[actor_id].country == "ROU"


def test_an_appositive_kind_of_actor_gives_an_unknown_person_a_country(resolve):
    doc = resolve("Amara Diallo, Guinea's best-known labour activist, began a hunger strike.")
    actor_id = actor_at(doc, "Amara Diallo")
    assert actor_id is not None and actors_of(doc)[actor_id].country == "GIN"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Al-Qaeda claimed the attack in a statement.", "Al-Qaeda"),
        ("Fighters of the Islamic State seized the town.", "Islamic State"),
    ],
)
def test_transnational_armed_groups_carry_plovers_img_code(resolve, text, phrase):
    """PLOVER codes a transnational militarized group IMG, as it codes IGOs and NGOs; like
    those it is a sector here, since the country field holds ISO 3166 codes only."""
    doc = resolve(text)
    actor_id = actor_at(doc, phrase)
    assert actor_id is not None
    actor = actors_of(doc)[actor_id]
    assert actor.sector == "IMG" and actor.country is None


@pytest.mark.parametrize(
    ("text", "phrase", "actor"),
    [
        (
            "The Revolutionary United Front freed 50 hostages. The rebels also handed over arms.",
            "The rebels",
            "revolutionary-united-front",
        ),
        (
            "Hezbollah fired rockets at Israel. The militant group said it would fire more.",
            "The militant group",
            "hezbollah",
        ),
    ],
)
def test_a_group_description_re_mentions_the_last_named_group(resolve, text, phrase, actor):
    assert actor_at(resolve(text), phrase) == actor


def test_a_group_description_takes_no_country_generic_or_far_group(resolve):
    far = "Hezbollah fired rockets. " + "The weather was calm. " * 5 + "The militants left."
    assert actor_at(resolve(far), "The militants") is None
    doc = resolve("Kenyan police arrested 12 people. The militants had attacked a bus.")
    assert actor_at(doc, "The militants") is None


def test_settle_country_fills_only_a_local_actor_without_one(resolve):
    """A name the knowledge base lacks takes the country its context sets; known entries and
    transnational kinds are never overwritten."""
    from demarche.actors import settle_country

    doc = resolve("Officials met Teodor Valcu and the United Nations in Geneva.")
    actors = actors_of(doc)
    local = actor_at(doc, "Teodor Valcu")
    un = actor_at(doc, "the United Nations") or actor_at(doc, "United Nations")
    assert local and actors[local].country is None
    assert settle_country(doc, local, "rou")
    assert actors_of(doc)[local].country == "ROU"
    assert not settle_country(doc, local, "MDA")  # a country once set stays
    assert un and not settle_country(doc, un, "CHE")
    assert actors_of(doc)[un].country is None


def test_a_two_word_country_inside_an_organisation_name_gives_its_country(resolve):
    """Title case makes the recogniser read "South Africa Army" as one organisation; the
    country of its first two words is still read."""
    doc = resolve("The South Africa Army called up conscripts on Monday.")
    actor = actors_of(doc)[actor_at(doc, "South Africa Army") or ""]
    assert (actor.country, actor.sector) == ("ZAF", "MIL")


def test_a_country_an_anti_phrase_is_against_is_not_its_country(resolve):
    doc = resolve("Anti-Chilean protesters marched in Lima on Sunday.")
    actor = actors_of(doc).get(actor_at(doc, "Anti-Chilean protesters") or "")
    assert actor is None or actor.country != "CHL"
    doc = resolve("An anti-Chile journalist was arrested in Lima.")
    actor = actors_of(doc).get(actor_at(doc, "An anti-Chile journalist") or "")
    assert actor is None or actor.country != "CHL"


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Gunmen fired on a market in Tripoli on Friday.", "LBY"),
        ("Gunmen fired on a market in Tripoli, the second city of Lebanon.", "LBN"),
        ("Lebanese troops deployed after gunmen fired on a market in Tripoli.", "LBN"),
        ("Floods hit Valencia after Venezuelan officials warned of rain.", "VEN"),
    ],
)
def test_a_place_of_several_countries_takes_the_one_its_context_names(resolve, text, iso3):
    doc = resolve(text)
    place = "Tripoli" if "Tripoli" in text else "Valencia"
    actor = actors_of(doc).get(actor_at(doc, place) or "")
    assert actor is not None and actor.country == iso3


def test_a_shared_demonym_names_the_sovereign_country(resolve):
    doc = resolve("Two American charities and Samoan officials opened a clinic.")
    countries = {a.id: a.country for a in actors_of(doc).values()}
    assert "american-samoa" not in countries
    assert "USA" in countries.values() and "WSM" in countries.values()


def test_a_town_placed_by_its_region_takes_the_regions_country(resolve):
    """ "Antioch, California": the pair says which Antioch (the knowledge base's is Turkey's);
    a country after a town, or a list of towns, places nothing."""
    doc = resolve("A fire broke out at a warehouse in Antioch, California, on Sunday.")
    assert actors_of(doc)[actor_at(doc, "Antioch")].country == "USA"
    doc = resolve("Pilgrims travelled from Antioch to Rome.")
    assert actors_of(doc)[actor_at(doc, "Antioch")].country == "TUR"
    doc = resolve("Delegates flew in from Antioch, Madrid and Lima.")
    assert actors_of(doc)[actor_at(doc, "Antioch")].country == "TUR"
