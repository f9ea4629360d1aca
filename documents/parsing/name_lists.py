"""Lists of names as reports print them: who attended, who spoke.

Chinese separates the names with `、`: `阿富汗、阿尔巴尼亚、安哥拉`. A `，` is sometimes a slip
for it (seed `000` ¶20: `伊拉克，意大利`, `乌拉圭，委内瑞拉玻利瓦尔共和国`) and sometimes part of
a name (`博纳尔，圣俄斯塔休斯和萨巴`), so pieces joined by `，` stay one name where the caller's
name check knows the joined form. English separates with ", " and joins the last two names
with " and ": `Afghanistan, Albania and Zimbabwe`; French with " et ", Spanish with " y " (" e "
before a sound /i/: `Grecia e Italia`). Short forms in brackets stay with their name
(`欧洲联盟刑事司法合作署（欧警署）`) and nothing splits inside brackets. Placeholders (`[……]`)
are no names: they are left out, and the caller keeps them as open items.
"""

import re
from collections.abc import Callable, Sequence

from .lines import is_cjk
from .open_items import find_open_items

__all__ = ["NameCheck", "has_short_form", "split_names", "without_short_form"]

NameCheck = Callable[[str], bool]

OPENING = "(（"
CLOSING = ")）"
# What ends a list: the sentence's full stop, and the colon a lead-in may leave in front.
LIST_EDGES = "。．.；;：: \t\n"
# Wrapped lines joined inside a Chinese name leave a space: "委内瑞拉玻利 瓦尔共和国".
SPACE_IN_CHINESE = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
# "国际移民组织（移民组织）": a full name and its short form in brackets, half- or full-width. The
# entity index reads names the same way (meetings.collation); parsers import no app, and a test
# holds the two readings alike (tests/documents/test_parsing_name_lists.py).
SHORT_FORM = re.compile(r"^(?P<name>.+?)\s*[（(](?P<short>[^（）()]+)[）)]\s*$")
# The words that join the last two names: English, French, Spanish (and its "e" before /i/),
# Russian.
CONJUNCTIONS = (" and ", " et ", " y ", " e ", " и ")
# Russian joins the last two names with " и " ("Австралия, Бразилия и Канада"); Arabic
# separates with "،" and joins "و" to the last name ("أستراليا، البرازيل، وكندا"). Names hold
# both too ("Тринидад и Тобаго", "ترينيداد وتوباغو"): the name check settles them.
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
ARABIC_SCRIPT = re.compile(r"[\u0621-\u064a]")


def split_names(text: str, *, is_known_name: NameCheck | None = None) -> tuple[str, ...]:
    """The names of a printed list, in order; `is_known_name` settles a `，` or ", " inside one."""
    text = _without_brackets(text).strip(LIST_EDGES)
    if not text:
        return ()
    if "、" in text or any(is_cjk(char) for char in text):
        names = [
            name
            for piece in _split(text, "、")
            for name in _joined_where_known(_split(piece, "，"), "，", is_known_name)
        ]
    elif ARABIC_SCRIPT.search(text):
        names = _arabic_names(text, is_known_name)
    elif CYRILLIC.search(text):
        pieces = _joined_where_known(_split(text, ","), ", ", is_known_name)
        if pieces:
            pieces[-1:] = _last_pair(pieces[-1], is_known_name)
        names = pieces
    else:
        pieces = _joined_where_known(_split(text, ","), ", ", is_known_name)
        pieces = [piece.removeprefix("and ").strip() for piece in pieces]
        if pieces:
            pieces[-1:] = _last_pair(pieces[-1], is_known_name)
        names = pieces
    cleaned = (SPACE_IN_CHINESE.sub("", name).strip(LIST_EDGES + "、，,") for name in names)
    return tuple(name for name in cleaned if name)


def without_short_form(name: str) -> str:
    """`欧洲安全与合作组织（欧安组织）` -> `欧洲安全与合作组织`; other names as they are."""
    parts = SHORT_FORM.match(name)
    return parts["name"] if parts else name


def has_short_form(name: str) -> bool:
    return SHORT_FORM.match(name) is not None


def _without_brackets(text: str) -> str:
    """The list without its placeholders; a bracketed name that is not settled stays a name.

    A bracket left open or never opened ("[派观察员…") is a typing slip, not part of a name.
    """
    for item in reversed(find_open_items(text)):
        kept = "" if item.kind == "placeholder" else item.text[1:-1]
        text = text[: item.position] + kept + text[item.position + len(item.text) :]
    return text.replace("[", "").replace("]", "")


def _split(text: str, separator: str) -> list[str]:
    """`text` cut at each `separator` that stands outside brackets."""
    pieces: list[str] = []
    depth = 0
    start = index = 0
    while index < len(text):
        char = text[index]
        if char in OPENING:
            depth += 1
        elif char in CLOSING:
            depth = max(depth - 1, 0)
        elif depth == 0 and text.startswith(separator, index):
            pieces.append(text[start:index])
            index += len(separator)
            start = index
            continue
        index += 1
    pieces.append(text[start:])
    return [piece.strip() for piece in pieces if piece.strip()]


def _joined_where_known(
    pieces: Sequence[str], joiner: str, is_known_name: NameCheck | None
) -> list[str]:
    """Neighbouring pieces joined back, longest first, where the joined form is a known name."""
    if is_known_name is None or len(pieces) < 2:
        return list(pieces)
    names: list[str] = []
    start = 0
    while start < len(pieces):
        end = next(
            (
                end
                for end in range(len(pieces), start + 1, -1)
                if is_known_name(joiner.join(pieces[start:end]))
            ),
            start + 1,
        )
        names.append(joiner.join(pieces[start:end]))
        start = end
    return names


def _arabic_names(text: str, is_known_name: NameCheck | None) -> list[str]:
    """ "أستراليا، البرازيل، وكندا": the "و" of the last name is the list's, not the name's,
    unless only the name with it is known ("وادي…")."""
    pieces = _joined_where_known(_split(text, "،"), "، ", is_known_name)
    if len(pieces) > 1 and pieces[-1].startswith("و"):
        bare = pieces[-1][1:].strip()
        known = is_known_name is not None and is_known_name(pieces[-1])
        if not known or is_known_name(bare):
            pieces[-1] = bare
    return pieces


def _last_pair(piece: str, is_known_name: NameCheck | None) -> list[str]:
    """The last piece of a list cut at its " and ", " et ", " y ", " e " or " и ": "Sri Lanka and
    Thailand", "Singapour et Suisse", "Suiza y Tailandia", "Grecia e Italia", "Бразилия и Канада".

    A name may hold one too ("Trinidad and Tobago", "Royaume-Uni de Grande-Bretagne et
    d’Irlande du Nord", "Bosnia y Herzegovina"): with a name check the cut falls where most
    sides are known names; without one, at the first conjunction of the language that has one.
    """
    if is_known_name is not None and is_known_name(piece):
        return [piece]
    cuts = [
        (conjunction, words, cut)
        for conjunction in CONJUNCTIONS
        if len(words := _split(piece, conjunction)) > 1
        for cut in range(1, len(words))
    ]
    if not cuts:
        return [piece]

    def sides(conjunction: str, words: list[str], cut: int) -> tuple[str, str]:
        return conjunction.join(words[:cut]), conjunction.join(words[cut:])

    if is_known_name is not None:

        def known_sides(entry: tuple[str, list[str], int]) -> int:
            return sum(int(is_known_name(side)) for side in sides(*entry))

        best = max(cuts, key=lambda entry: (known_sides(entry), -cuts.index(entry)))
    else:
        best = cuts[0]
    return list(sides(*best))
