"""Numbers written as words or numerals: chapters `三.`/`III.`, meetings `第七次`/`seventh`.

UN texts number chapters with Chinese numerals in Chinese (`六. 关键工具`) and Roman numerals in
the other languages (`VI. Key tools`), and name meetings by ordinal (`第七次会议`, `seventh
meeting`). Each function returns None for a text that is not such a number.
"""

import re

__all__ = [
    "ARABIC_LETTERS",
    "ARABIC_ORDINALS",
    "arabic_ordinal",
    "arabic_ordinal_word",
    "cardinal_word",
    "chinese_number",
    "ordinal_word",
    "roman_number",
    "russian_ordinal",
]

# The ordinals Arabic UN texts number their chapters with, first to twentieth; the longer
# ("ثامن عشر") first, so a pattern built from them tries them before their first word.
ARABIC_ORDINALS = {
    word: number
    for number, word in sorted(
        enumerate(
            (
                *("أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا"),
                *("تاسعا", "عاشرا", "حادي عشر", "ثاني عشر", "ثالث عشر", "رابع عشر"),
                *("خامس عشر", "سادس عشر", "سابع عشر", "ثامن عشر", "تاسع عشر", "عشرون"),
            ),
            start=1,
        ),
        key=lambda pair: -len(pair[1]),
    )
}
# The names of the letters Arabic texts give their sections, in the order of A, B, C…
ARABIC_LETTERS = (
    *("ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء"),
    *("كاف", "لام", "ميم", "نون"),
)

CHINESE_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})", re.IGNORECASE)
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
ENGLISH_ORDINALS = {
    word: number
    for number, word in enumerate(
        (
            *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"),
            *("ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth"),
            *("sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"),
        ),
        start=1,
    )
}
# French and Spanish ordinals in both genders: "la septième réunion", "le premier intervenant",
# "la séptima reunión", "el primer panelista", "la primera sesión".
FRENCH_ORDINALS = {
    word: number
    for number, words in enumerate(
        (
            *(("premier", "première"), ("deuxième", "second", "seconde"), ("troisième",)),
            *(("quatrième",), ("cinquième",), ("sixième",), ("septième",), ("huitième",)),
            *(("neuvième",), ("dixième",), ("onzième",), ("douzième",), ("treizième",)),
            *(("quatorzième",), ("quinzième",), ("seizième",), ("dix-septième",)),
            *(("dix-huitième",), ("dix-neuvième",), ("vingtième",)),
        ),
        start=1,
    )
    for word in words
}
SPANISH_ORDINALS = {
    word: number
    for number, stem in enumerate(
        (
            *("primer", "segund", "tercer", "cuart", "quint", "sext", "séptim", "octav"),
            *("noven", "décim", "undécim", "duodécim", "decimotercer", "decimocuart"),
            *("decimoquint", "decimosext", "decimoséptim", "decimoctav", "decimonoven"),
            "vigésim",
        ),
        start=1,
    )
    for word in (stem, stem + "a", stem + "o")
}
DIGIT_ORDINAL = re.compile(r"(\d{1,3})(?:st|nd|rd|th|er|re|e|ᵉ|\.?º|\.?ª)", re.IGNORECASE)
# Counts written out: "Four meetings were held", "a tenu quatre séances", "celebró cuatro sesiones".
CARDINALS = {
    word: number
    for words in (
        (
            *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
            *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
        ),
        (
            *("une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
            *("onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept"),
        ),
        (
            *("una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"),
            *("once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete"),
        ),
    )
    for number, word in enumerate(words, start=1)
} | {"un": 1, "uno": 1}
# Russian ordinals by their stems, in any case and gender: "седьмое совещание", "на своем
# первом заседании", "третьим"; the longer stem first ("пятнадцат" before "пят").
RUSSIAN_ORDINAL_STEMS = sorted(
    enumerate(
        (
            *("перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят"),
            *("десят", "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат"),
            *("шестнадцат", "семнадцат", "восемнадцат", "девятнадцат", "двадцат"),
        ),
        start=1,
    ),
    key=lambda pair: -len(pair[1]),
)
RUSSIAN_ORDINAL_ENDINGS = re.compile(
    r"(?:ь?(?:ое|ый|ой|ий|ая|ья|ую|ого|его|ому|ему|ом|ем|ым|им|ых|их|ые|ьи|ье))"
)
# Arabic ordinals of a masculine and of a feminine noun: "اجتماعه السابع", "الجلسة الأولى".
ARABIC_ORDINAL_WORDS = {
    word: number
    for number, forms in enumerate(
        (
            ("الأول", "الأولى"), ("الثاني", "الثانية"), ("الثالث", "الثالثة"),
            ("الرابع", "الرابعة"), ("الخامس", "الخامسة"), ("السادس", "السادسة"),
            ("السابع", "السابعة"), ("الثامن", "الثامنة"), ("التاسع", "التاسعة"),
            ("العاشر", "العاشرة"), ("الحادي عشر", "الحادية عشرة"), ("الثاني عشر", "الثانية عشرة"),
            ("الثالث عشر", "الثالثة عشرة"), ("الرابع عشر", "الرابعة عشرة"),
            ("الخامس عشر", "الخامسة عشرة"), ("السادس عشر", "السادسة عشرة"),
            ("السابع عشر", "السابعة عشرة"), ("الثامن عشر", "الثامنة عشرة"),
            ("التاسع عشر", "التاسعة عشرة"), ("العشرون",),
        ),
        start=1,
    )
    for word in forms
}  # fmt: skip
# Short vowels, shadda and tatweel, which UN Arabic texts print here and there ("الأوَّل").
ARABIC_MARKS = re.compile(r"[\u0640\u064b-\u0652]")


def chinese_number(text: str) -> int | None:
    """一 -> 1, 十二 -> 12, 二十 -> 20, 一百零五 -> 105; plain digits pass too (第 7 次)."""
    text = text.strip()
    if text.isdigit() and len(text) <= 4:
        return int(text)
    if not text or any(char not in CHINESE_DIGITS and char not in "十百" for char in text):
        return None
    total = 0
    digit: int | None = None
    for char in text:
        if char in CHINESE_DIGITS:
            if digit is not None and digit != 0:
                return None  # two digits in a row, like "七七", is no number
            digit = CHINESE_DIGITS[char]
        else:
            # "十" alone counts 10: 十二 is twelve, 二十 twenty.
            unit = 10 if char == "十" else 100
            if digit == 0:
                return None
            total += (1 if digit is None else digit) * unit
            digit = None
    total += digit or 0
    return total or None


def roman_number(text: str) -> int | None:
    """IV -> 4; only the canonical forms, so a word like "DIV" or "MIX" is no chapter number."""
    text = text.strip()
    if not text or not ROMAN.fullmatch(text):
        return None
    values = [ROMAN_VALUES[char] for char in text.upper()]
    return sum(
        -value if index + 1 < len(values) and value < values[index + 1] else value
        for index, value in enumerate(values)
    )


def ordinal_word(text: str) -> int | None:
    """The number of an ordinal: seventh, septième, séptima -> 7; 7th, 7e, 1re, 7.ª -> 7."""
    text = text.strip().lower()
    for ordinals in (ENGLISH_ORDINALS, FRENCH_ORDINALS, SPANISH_ORDINALS):
        if text in ordinals:
            return ordinals[text]
    if match := DIGIT_ORDINAL.fullmatch(text):
        return int(match[1])
    return russian_ordinal(text) or arabic_ordinal_word(text)


def russian_ordinal(text: str) -> int | None:
    """седьмое -> 7, первом -> 1, третьим -> 3."""
    text = text.strip().lower().replace("ё", "е")
    for number, stem in RUSSIAN_ORDINAL_STEMS:
        if text.startswith(stem) and RUSSIAN_ORDINAL_ENDINGS.fullmatch(text[len(stem) :]):
            return number
    return None


def cardinal_word(text: str) -> int | None:
    """The number of a count: "four", "quatre", "cuatro", "4" -> 4."""
    text = text.strip().lower()
    if text.isdigit() and len(text) <= 3:
        return int(text)
    return CARDINALS.get(text)


def arabic_ordinal_word(text: str) -> int | None:
    """السابع -> 7, الأولى -> 1, الحادي عشر -> 11."""
    return ARABIC_ORDINAL_WORDS.get(" ".join(ARABIC_MARKS.sub("", text).split()))


def arabic_ordinal(text: str) -> int | None:
    """أولا -> 1, ثامن عشر -> 18."""
    return ARABIC_ORDINALS.get(text.strip().rstrip("\u064b"))
