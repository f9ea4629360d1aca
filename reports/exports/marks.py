"""The marks before a heading and a numbered paragraph, as each language's UN documents type them.

"IV. Organization of the meeting", "12. The Working Group…"; Arabic documents number with the
UN's words and a dash: "أولا - مقدمة", "ألف - افتتاح الاجتماع", "1 - تؤكد مجددا" (corpus
ar_A_RES_52_31, ar_GA_rules_of_procedure_XVIII), which `documents.parsing.numbering` reads back.
Both exports print them: the Word file with a tab after the mark, the text with a space.
"""

from documents.parsing.numerals import ARABIC_LETTERS, ARABIC_ORDINALS

ARABIC_LETTER = range(0x0621, 0x064B)  # what may follow "12 - " in an Arabic paragraph


def heading_mark(number: str, language: str, space: str = "\t") -> str:
    """What stands before a heading's text: "IV.\t", "A.\t"; in Arabic the UN's words and
    dash, "أولا -\t" for an ordinal the report holds in words, "ألف -\t" for section A (which
    `documents.parsing.numbering` reads back as A)."""
    if not number:
        return ""
    if language == "ar":
        if number in ARABIC_ORDINALS:
            return f"{number} -{space}"
        if len(number) == 1 and "A" <= number <= chr(ord("A") + len(ARABIC_LETTERS) - 1):
            return f"{ARABIC_LETTERS[ord(number) - ord('A')]} -{space}"
    return f"{number}.{space}"


def paragraph_mark(number: int, text: str, language: str, space: str = "\t") -> str:
    """ "12.\t"; in Arabic "12 -\t", as UN Arabic documents number paragraphs ("1 - تؤكد",
    corpus ar_A_RES_52_31), when an Arabic word follows, which is how the import knows it."""
    if language == "ar" and text and ord(text[0]) in ARABIC_LETTER:
        return f"{number} -{space}"
    return f"{number}.{space}"
