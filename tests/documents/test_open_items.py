"""Open items: bracketed alternatives and placeholders found in draft text (no database)."""

from documents.parsing.open_items import find_open_items

DRAFT = (
    "10. 上述专题介绍结束之后，有几位发言者作了发言。\n"
    "11. 工作组在 2020 年 9 月[8 日和 9 日][第二和第三场]会议上审议了议程项目 3。\n"
    "12. 下列缔约方派代表出席了会议：阿富汗、阿尔巴尼亚[……]。\n"
)


def test_it_finds_each_bracketed_alternative_and_placeholder_with_its_paragraph():
    items = find_open_items(DRAFT)
    assert [(i.kind, i.text, i.paragraph_number) for i in items] == [
        ("bracket", "[8 日和 9 日]", 11),
        ("bracket", "[第二和第三场]", 11),
        ("placeholder", "[……]", 12),
    ]
    assert DRAFT[items[0].position :].startswith("[8 日和 9 日]")


def test_latin_ellipses_empty_brackets_and_full_width_brackets_count_too():
    text = "3. States parties: Chile, Peru [...].\n4. Adopted on [ ] and ［6 月 9 日］."
    assert [(i.kind, i.paragraph_number) for i in find_open_items(text)] == [
        ("placeholder", 3),
        ("placeholder", 4),
        ("bracket", 4),
    ]


def test_text_before_the_first_numbered_paragraph_has_no_paragraph_number():
    assert find_open_items("[标题]\n1. 正文。")[0].paragraph_number is None


def test_a_clean_text_has_no_open_items():
    assert find_open_items("27. 工作组于 2020 年 9 月 9 日通过了本次会议报告。") == []
