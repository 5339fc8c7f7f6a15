"""The quotes layer through the Python contract: spans in code points, speakers, citations, verses."""

import json
import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import warraq

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval" / "seed_quotes.jsonl"


def only(text):
    qs = warraq.analyze(text).quotes
    assert len(qs) == 1, qs
    return qs[0]


def test_offsets_are_code_points_with_arabic_before():
    text = "قال الوزير في عمّان: «لن نتراجع». Later the envoy said: “We agree.”"
    qs = warraq.analyze(text).quotes
    assert [q.text for q in qs] == ["لن نتراجع", "We agree."]
    for q in qs:
        assert text[q.start : q.end] == q.text
        if q.speaker_span:
            assert text[q.speaker_span[0] : q.speaker_span[1]] == q.speaker


def test_speaker_cue_and_citation():
    text = "The Moroccan foreign minister said: [“The border stays closed.” (Hespress 23/9/2021)]."
    q = only(text)
    assert q.speaker == "The Moroccan foreign minister"
    assert q.cue == "said"
    assert q.source == "Hespress"
    assert q.source_date == "2021-09-23"
    assert q.kind == "direct"
    assert q.lang == "en"
    assert q.closed


def test_unclosed_quote_ends_at_paragraph():
    text = (
        "He said, “Nothing has changed since the ceasefire.\n\n(AFP 22/6/2021)\n\n"
        "Later that day, shops reopened."
    )
    q = only(text)
    assert not q.closed
    assert q.text == "Nothing has changed since the ceasefire."
    assert q.source == "AFP"
    assert q.source_date == "2021-06-22"


def test_pronoun_resolves_to_previous_speaker():
    text = (
        "Kuwaiti Emir Sheikh Nawaf al-Ahmad said that “the Gulf house is one.” "
        "He added: “Our differences are behind us.”"
    )
    first, second = warraq.analyze(text).quotes
    assert second.speaker == first.speaker
    assert second.speaker_resolved
    assert not first.speaker_resolved


def test_arabic_attribution():
    q = only("وأكد رئيس البرلمان أن «الجلسة ستعقد في موعدها».")
    assert q.speaker == "رئيس البرلمان"
    assert q.cue == "أكد"
    assert q.lang == "ar"


def test_verse_reference():
    text = "“And hold firmly to the rope of Allah all together” [Al Imran: 103]"
    q = only(text)
    assert q.kind == "verse"
    assert q.verse == (3, 103, 103)


def test_impossible_ayah_is_not_a_reference():
    q = only("“Say: He is Allah, the One” [Al-Ikhlas: 9]")
    assert q.verse is None
    assert q.kind != "verse"


def test_dateline_is_not_a_citation():
    q = only("DAMASCUS (Reuters) - The ministry said “the roads are open again.”")
    assert q.source is None


def test_quote_pickles_and_dicts():
    q = only("The mayor said: “The bridge opens on Friday.”")
    assert pickle.loads(pickle.dumps(q)) == q
    d = q.to_dict()
    assert d["speaker"] == "The mayor"
    json.dumps(d)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab قال،:.“”‘’«»\"'()[]\n0123456789/﴿﴾")), max_size=200))
def test_never_fails_and_spans_match(text):
    for q in warraq.analyze(text).quotes:
        assert text[q.start : q.end] == q.text
        for span, value in ((q.speaker_span, q.speaker), (q.cue_span, q.cue), (q.source_span, q.source)):
            if span is not None:
                assert text[span[0] : span[1]] == value


@pytest.mark.skipif(not SEED.exists(), reason="shared eval data not present")
def test_seed_quotes_found():
    doc = json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])
    got = warraq.analyze(doc["text"]).quotes
    starts = {q.start for q in got}
    hit = sum(1 for g in doc["quotes"] if g["start"] in starts)
    assert hit >= 0.9 * len(doc["quotes"])


def test_quran_reference_function():
    assert warraq.quran_reference("[Al-Hajj: 40]") == (22, 40, 40)
    assert warraq.quran_reference("(البقرة: 255)") == (2, 255, 255)
    assert warraq.quran_reference("Al-Baqarah 2:255-257") == (2, 255, 257)
    assert warraq.quran_reference("Al-Hajj: 79") is None


def test_an_agency_that_relays_an_official_is_the_source_not_the_speaker():
    text = "Reuters quoted a senior official as saying: “The talks have collapsed.”"
    (q,) = warraq.analyze(text).quotes
    assert (q.speaker, q.cue, q.source, q.source_date) == ("a senior official", "saying", "Reuters", None)
    assert text[q.source_span[0] : q.source_span[1]] == "Reuters"


def test_nested_quote_is_its_own_quote_in_code_points():
    text = 'قال الشاهد: «صاح الضابط "ارجعوا" ثم أطلق النار». The officer said: “He told me ‘go home’ twice.”'
    qs = warraq.analyze(text).quotes
    assert [q.text for q in qs] == [
        'صاح الضابط "ارجعوا" ثم أطلق النار',
        "ارجعوا",
        "He told me ‘go home’ twice.",
        "go home",
    ]
    for q in qs:
        assert text[q.start : q.end] == q.text
    outer, inner = qs[2], qs[3]
    assert outer.start < inner.start and inner.end < outer.end
    assert outer.speaker == "The officer"
    assert inner.speaker is None  # a pronoun inside the outer quote names nobody


def test_relayed_words_speaker_and_outlet():
    q = only("Interfax cited a military source as saying that “the drills will end on Friday.”")
    assert (q.speaker, q.source) == ("a military source", "Interfax")
    q = only("“We will stay,” the official was quoted by Reuters as saying.")
    assert (q.speaker, q.source) == ("the official", "Reuters")
    q = only("ونقلت وكالة الأنباء السعودية (واس) عن مصدر مسؤول قوله إن «المملكة ترفض ذلك».")
    assert (q.speaker, q.source) == ("مصدر مسؤول", "وكالة الأنباء السعودية")


def test_speaker_named_by_a_phrase_before_the_quote():
    assert (
        only("As the foreign minister put it, “There is no military solution.”").speaker
        == "the foreign minister"
    )
    assert only("In the words of the UN envoy, “The ceasefire is fragile.”").speaker == "the UN envoy"
    assert only("وعلى حد تعبير وزير الخارجية، «لا حل عسكرياً».").speaker == "وزير الخارجية"


def test_scare_quote_is_partial_without_speaker():
    q = only("The army began a “special operation” in the east.")
    assert (q.kind, q.speaker) == ("partial", None)
