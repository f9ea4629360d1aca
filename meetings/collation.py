"""The order in which the UN prints lists of States and organizations, per language.

Lists are alphabetical by the short name in the list's language, compared without regard to case
or accents ("Côte d'Ivoire" before "Croatia"). Chinese lists follow the English short names
(seed 000 ¶20: 阿富汗, 阿尔巴尼亚, 安哥拉, 阿根廷 = Afghanistan, Albania, Angola, Argentina).
Pure functions: no Django import, so the reference loader and migrations can use them.
"""

import re
import unicodedata

# Chinese lists are filed under the English short name (shared/reference/README.md).
ORDERED_BY: dict[str, str] = {
    "ar": "ar",
    "zh": "en",
    "en": "en",
    "fr": "fr",
    "ru": "ru",
    "es": "es",
}

# "国际移民组织（移民组织）", "European Union Agency for Criminal Justice Cooperation (Eurojust)":
# a full name followed by its short form in brackets, half- or full-width.
_SHORT_FORM = re.compile(r"^(?P<name>.+?)\s*[（(](?P<short>[^（）()]+)[）)]\s*$")

# M49 mixes U+2019 and U+0027 (Côte d’Ivoire, Lao People's ...); they must file alike.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def sort_key(name: str, language: str = "") -> str:
    """A key that orders names ignoring case, accents and apostrophe style.

    Russian files Й as a letter of its own after И ("Израиль, Индия, …, Йемен"), Ё as Е. Arabic
    lists file a name without its article ("الاتحاد الروسي" under ا, between "إثيوبيا" and
    "أذربيجان" as UN Arabic lists print them); hamzas and short vowels fold away as accents do.
    """
    text = name.translate(_APOSTROPHES)
    if language == "ar":
        text = _ARABIC_ARTICLE.sub("", text.strip(), count=1)
    bare = "".join(char if char in _LETTERS_OF_THEIR_OWN else _without_marks(char) for char in text)
    return " ".join(bare.casefold().split())


_LETTERS_OF_THEIR_OWN = "йЙ"
# The article of a name's first word: "الجمهورية العربية السورية" is filed under ج.
_ARABIC_ARTICLE = re.compile(r"^ال(?=\S\S)")


def _without_marks(char: str) -> str:
    return "".join(
        part for part in unicodedata.normalize("NFKD", char) if not unicodedata.combining(part)
    )


def sort_keys(entity: object) -> dict[str, str]:
    """`sort_<language>` for each language, for an object with `name_*` and `filed_under_*`.

    An editor's `filed_under_*` wins over the name, so one entity can be filed under another
    word without renaming it.
    """
    keys = {}
    for language, ordered_by in ORDERED_BY.items():
        filed_under = getattr(entity, f"filed_under_{ordered_by}", "")
        name = filed_under or getattr(entity, f"name_{ordered_by}")
        keys[f"sort_{language}"] = sort_key(name, ordered_by)
    return keys


def match_key(name: str) -> str:
    """A key under which two spellings of one name met in documents are the same name."""
    folded = unicodedata.normalize("NFKC", name.translate(_APOSTROPHES)).casefold()
    return "".join(folded.split())


def split_short_form(name: str) -> tuple[str, str] | None:
    """`国际移民组织（移民组织）` -> ("国际移民组织", "移民组织"); None without a short form."""
    parts = _SHORT_FORM.match(name)
    return (parts["name"], parts["short"]) if parts else None
