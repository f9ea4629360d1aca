"""The wording of a generated report, one class per language: the formulas of the Working
Group's reports (seeds 000 and 004 in Chinese; the English versions of the same reports).

Each of the six languages has a module of its own here, with a class of the same methods, named
in PHRASES; `phrases_for` refuses any other language rather than print English in its report.
Dates are printed by `meetings.dates`, the portal's one date code, as UN documents print them in
each language ("8 and 9 September 2020", "2020年9月8日和9日"): what the pages say, the report says.
"""

from .arabic import Arabic
from .base import Phrases
from .chinese import Chinese
from .english import English
from .french import French
from .placeholder import PLACEHOLDER
from .russian import Russian
from .spanish import Spanish

PHRASES = {"zh": Chinese, "en": English, "fr": French, "ru": Russian, "es": Spanish, "ar": Arabic}


def phrases_for(language: str, body_prefix: str) -> Phrases:
    if language not in PHRASES:
        raise ValueError(
            f"Reports cannot be generated in {language!r}: its wording is not written "
            f"(reports/writing/phrases/ has {', '.join(PHRASES)})."
        )
    return PHRASES[language](body_prefix)


__all__ = [
    "PHRASES",
    "PLACEHOLDER",
    "Arabic",
    "Chinese",
    "English",
    "French",
    "Phrases",
    "Russian",
    "Spanish",
    "phrases_for",
]
