"""The differences between two versions of a section, as the history page marks them up."""

from documents.diffs import text_diff


def test_chinese_is_compared_character_by_character():
    old = "共举行了四场会议。"
    new = "共举行了五场会议。"

    assert text_diff(old, new, language="zh") == [
        ("equal", "共举行了"),
        ("delete", "四"),
        ("insert", "五"),
        ("equal", "场会议。"),
    ]


def test_other_languages_are_compared_word_by_word():
    old = "The Working Group held four meetings."
    new = "The Working Group held five meetings."

    assert text_diff(old, new, language="en") == [
        ("equal", "The Working Group held "),
        ("delete", "four "),
        ("insert", "five "),
        ("equal", "meetings."),
    ]


def test_a_changed_word_is_shown_whole_not_by_its_letters():
    pieces = text_diff("the meeting opened", "the meetings opened", language="fr")

    assert ("delete", "meeting ") in pieces
    assert ("insert", "meetings ") in pieces


def test_added_and_removed_paragraphs_keep_their_line_breaks():
    old = "12. 第一段。\n13. 第二段。"
    new = "12. 第一段。\n13. 第二段。\n14. 第三段。"

    assert text_diff(old, new, language="zh") == [
        ("equal", "12. 第一段。\n13. 第二段。"),
        ("insert", "\n14. 第三段。"),
    ]
    assert text_diff(new, old, language="zh")[-1] == ("delete", "\n14. 第三段。")


def test_the_pieces_put_back_together_give_both_texts():
    old = "16. 下列缔约方的代表作了发言：澳大利亚、巴西[……]。"
    new = "16. 下列缔约方的代表作了发言：澳大利亚、巴西、加拿大。"

    pieces = text_diff(old, new, language="zh")

    assert "".join(text for op, text in pieces if op != "insert") == old
    assert "".join(text for op, text in pieces if op != "delete") == new


def test_identical_texts_are_one_equal_piece_and_empty_ones_none():
    assert text_diff("same words", "same words", language="en") == [("equal", "same words")]
    assert text_diff("", "", language="zh") == []


def test_markup_in_the_text_is_left_as_text_for_the_template_to_escape():
    pieces = text_diff("<b>bold</b>", "<script>alert(1)</script>", language="en")

    assert pieces == [("delete", "<b>bold</b>"), ("insert", "<script>alert(1)</script>")]
