from __future__ import annotations

from harmledger.extract.components.segment import split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, text.lower(), len(text))]


def test_splits_on_full_stops_and_paragraphs() -> None:
    text = "Jets struck a market. Twelve people died!\n\nA second attack hit a school."
    assert sentences(text) == ["Jets struck a market.", "Twelve people died!", "A second attack hit a school."]


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = "U.S. forces said the U.N. convoy was hit. Nobody was hurt."
    assert sentences(text) == ["U.S. forces said the U.N. convoy was hit.", "Nobody was hurt."]


def test_empty_and_blank_text() -> None:
    assert sentences("") == []
    assert sentences("   \n\n  ") == []


def test_a_headline_run_into_its_lead_is_two_sentences() -> None:
    # Scraped pages drop the full stop between a headline and an "After ..." lead.
    text = "17 dead as militants attack Syria Kurd town After Kurdish militia expelled them last month they struck back."
    assert sentences(text) == ["17 dead as militants attack Syria Kurd town",
                               "After Kurdish militia expelled them last month they struck back."]
    assert sentences("12 dead as rebels shell Saraqib After the army retook it they struck back.") == [
        "12 dead as rebels shell Saraqib", "After the army retook it they struck back."]
    # Between capitalised words it is a title, not a new sentence.
    assert len(sentences("Rebels Regroup After Army Offensive in Idlib.")) == 1


def test_an_embedded_video_caption_ends_its_sentence() -> None:
    text = "At least 26 people killed in eastern Aleppo - YouTube A brief ceasefire collapsed last month."
    assert sentences(text) == ["At least 26 people killed in eastern Aleppo", "A brief ceasefire collapsed last month."]
