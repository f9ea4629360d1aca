"""The documents a report says the meeting had before it, and its list of participants.

Section E of the organization chapter lists the documents as lettered items of one
paragraph, each ending with its symbol in brackets (seed `000` ¶26: `(a) 临时议程说明
（CTOC/COP/WG.7/2020/1）；`); section D ends with the symbol of the list of participants
(¶25: `与会者名单载于 CTOC/COP/WG.7/2020/INF/1/Rev.1 号文件。`). Symbols are read by
`references`, so a string that looks like a symbol and does not parse is reported, not guessed.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .agenda import title_of
from .masthead.facts import document_type_described
from .references import find_references
from .results import Paragraph, ParseWarning

__all__ = ["DocumentBefore", "read_documents", "read_participants_symbol"]

# "工作组收到了下列文件：", "The Working Group had before it the following:", "Le Groupe de
# travail était saisi des documents suivants :", "El Grupo de Trabajo tuvo ante sí …".
DOCUMENTS_LEAD = re.compile(r"收到了(?:以下|下列)文件|had before it|était saisi|tuvo ante sí", re.I)
PARTICIPANTS = re.compile(
    r"与会者名单|list of participants|liste des participants|lista de participantes", re.I
)
# "На рассмотрении Рабочей группы находились следующие документы:", "وكان معروضا على الفريق
# العامل ما يلي:"; "Список участников содержится в документе …", "وترد قائمة المشاركين في
# الوثيقة …".
DOCUMENTS_LEAD_RU_AR = re.compile(r"находил\w* следующие документы|معروضا? على", re.I)
PARTICIPANTS_RU_AR = re.compile(r"список участников|قائمة المشاركين", re.I)
# The description ends before the symbol in brackets and the item's closing punctuation.
SYMBOL_IN_BRACKETS = re.compile(
    r"\s*[(（][^()（）]*/[^()（）]*[)）]\s*(?:[；;。.，,]\s*(?:and)?\s*)?$"
)


@dataclass(frozen=True)
class DocumentBefore:
    """A document the meeting had before it, as the report lists it."""

    label: str  # "a"
    description: str  # as printed: "临时议程说明"
    symbol: str | None  # normalized: "CTOC/COP/WG.7/2020/1"; None when none is printed
    paragraph_number: int | None
    document_type: str | None = None  # a documents.Document.Type value, when the words say it


def read_documents(
    paragraphs: Sequence[Paragraph], candidates: Sequence[int]
) -> tuple[tuple[DocumentBefore, ...], list[ParseWarning]]:
    """The lettered items of the first of `candidates` (indexes into `paragraphs`) that says
    "工作组收到了下列文件：", and the symbols among them that do not parse."""
    warnings: list[ParseWarning] = []
    for index in candidates:
        lead = paragraphs[index]
        said = DOCUMENTS_LEAD.search(lead.text) or DOCUMENTS_LEAD_RU_AR.search(lead.text)
        if lead.kind != "numbered" or not said:
            continue
        documents = []
        for item in paragraphs[index + 1 :]:
            if item.kind == "numbered":
                break
            if item.parent != index:
                continue
            symbols, problems = _symbols(item.text, lead.number)
            warnings += problems
            description = title_of(SYMBOL_IN_BRACKETS.sub("", item.text.rstrip("؛ ")))
            documents.append(
                DocumentBefore(
                    label=item.label.strip("()（） "),
                    description=description,
                    symbol=symbols[-1] if symbols else None,
                    paragraph_number=lead.number,
                    document_type=document_type_described(description),
                )
            )
        if documents:
            return tuple(documents), warnings
    return (), warnings


def read_participants_symbol(
    paragraphs: Sequence[Paragraph],
) -> tuple[str | None, list[ParseWarning]]:
    """The symbol of the list of participants, from the paragraph that gives it."""
    warnings: list[ParseWarning] = []
    for paragraph in paragraphs:
        if PARTICIPANTS.search(paragraph.text) or PARTICIPANTS_RU_AR.search(paragraph.text):
            symbols, problems = _symbols(paragraph.text, paragraph.number)
            warnings += problems
            if symbols:
                return symbols[0], warnings
    return None, warnings


def _symbols(text: str, number: int | None) -> tuple[list[str], list[ParseWarning]]:
    found, problems = find_references(text)
    return (
        [reference.target for reference in found if reference.kind == "symbol"],
        [ParseWarning("bad-symbol", f"¶{number}: {problem}") for problem in problems],
    )
