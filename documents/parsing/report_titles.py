"""The titles of a report's chapters and sections in the six languages, matched at the start of
a heading's title (lower-cased) by `read_report` and `report_parts`."""

from .report_formulas import CHAPTERS_RU_AR, SECTIONS_RU_AR

__all__ = ["CHAPTERS", "SECTIONS"]

# Chapter and section titles, Chinese, English, French and Spanish, matched at the start of
# the title (lower-cased).
CHAPTERS = {
    "introduction": ("导言", "引言", "introduction", "introducción"),
    "recommendations": ("建议", "recommendations", "recommandations", "recomendaciones"),
    "summary": (
        *("审议情况概要", "summary of deliberations", "résumé des débats"),
        "resumen de las deliberaciones",
    ),
    "organization": (
        *("会议安排", "organization of the meeting", "organisation de la réunion"),
        "organización de la reunión",
    ),
    "adoption": (
        *("通过报告", "adoption of the report", "adoption du rapport", "aprobación del informe"),
    ),
}
SECTIONS = {
    "opening": (
        *("会议开幕", "opening of the meeting", "ouverture de la réunion"),
        "apertura de la reunión",
    ),
    "statements": ("发言情况", "statements", "déclarations", "declaraciones"),
    "agenda": (
        *("通过议程", "adoption of the agenda", "adoption de l’ordre du jour"),
        *("adoption de l'ordre du jour", "aprobación del programa"),
    ),
    "attendance": ("出席情况", "attendance", "participation", "asistencia"),
    "documentation": ("文件", "documentation", "documentación"),
}
# Russian and Arabic titles too (report_formulas).
CHAPTERS = {role: (*words, *CHAPTERS_RU_AR[role]) for role, words in CHAPTERS.items()}
SECTIONS = {role: (*words, *SECTIONS_RU_AR[role]) for role, words in SECTIONS.items()}
