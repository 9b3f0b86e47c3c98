"""English segmentation: abbreviations, initials, decimals, quotes, dialogue."""

from __future__ import annotations

import pytest

from align.lang import en


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. military is shrinking. It said so.", ["The U.S. military is shrinking.", "It said so."]),
        ("Troops left the U.S. The base closed.", ["Troops left the U.S.", "The base closed."]),
        ("Dr. Kim met Gen. Park on Jan. 26. Talks went well.", ["Dr. Kim met Gen. Park on Jan. 26.", "Talks went well."]),
        ("By: J. James Kim. He is a fellow.", ["By: J. James Kim.", "He is a fellow."]),
        ("Spending rose to 3.5 percent. That is new.", ["Spending rose to 3.5 percent.", "That is new."]),
        ("See No. 1 on the list, e.g. the top item. Done.", ["See No. 1 on the list, e.g. the top item.", "Done."]),
        ('He said, "We will win." Then he left.', ['He said, "We will win."', "Then he left."]),
        ("Really? Yes! Fine.", ["Really?", "Yes!", "Fine."]),
        ("I work at Company A. Then I go home.", ["I work at Company A.", "Then I go home."]),
        ("Title line\nBody text here. More.", ["Title line", "Body text here.", "More."]),
    ],
)
def test_english_segment_rules(text, expected):
    assert [text[a:b] for a, b in en.segment(text)] == expected


def test_english_tokens_have_offsets_lemmas_and_pos():
    text = "South Korea pledged to raise defense spending."
    tokens = en.tokenize(text, [(0, len(text))])
    assert [text[t.start : t.end] for t in tokens][:3] == ["South", "Korea", "pledged"]
    pledged = tokens[2]
    assert pledged.lemma == "pledge" and pledged.pos == "VERB"
