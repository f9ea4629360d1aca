"""The grammar of UN document symbols (ST/LIB/SER.B/5): its words, components and patterns."""

import re
import string

UNDOCS = "https://undocs.org/"

# The first sessions of the General Assembly and the Security Council met in 1946.
FIRST_YEAR = 1946
LAST_YEAR = 2100

# Natures written glued to their number with a dot: "L.66", "CRP.1", "INF.1", summary records
# "A/C.3/57/SR.39", verbatim records "S/PV.8000", the climate convention's "FCCC/SBSTA/2019/MISC.1".
DOTTED_NATURES = ("INF", "L", "CRP", "R", "WP", "SR", "PV", "MISC")
# "RES" stands before the date ("A/RES/73/195"); "D" before a treaty body's communication number,
# which carries the year the communication was registered: "CCPR/C/129/D/2337/2014".
NATURES = (*DOTTED_NATURES, "RES", "D")
MODIFIER_KINDS = ("Add", "Corr", "Rev", "Amend", "Summary")
# Words a body component may not be, or "A/Rev.1/73" would pass as the body "A/REV.1". "INF" may:
# before a date it is the body's information series, "A/INF/73/4".
RESERVED_WORDS = frozenset({"RES", *(kind.upper() for kind in MODIFIER_KINDS)})
# The parts a document is issued in, printed in parentheses after it: "A/63/49 (Vol. III)",
# "A/72/6 (Sect. 29A)", "A/61/6 (Prog. 1)", "A/73/6 (Part II)". Written as the UN abbreviates them.
PART_WORDS = {"VOL": "Vol.", "SECT": "Sect.", "PROG": "Prog.", "PART": "Part"}

ALLOWED_CHARACTERS = frozenset(string.ascii_letters + string.digits + "/.()*-")
# Callers cut symbols out of running text, where the sentence goes on: "（CTOC/COP/WG.7/2012/2）。".
# No symbol ends in one of these, so they always belong to the sentence.
SENTENCE_PUNCTUATION = ".,;:。、"

# Bodies and modifiers are read in any case; error messages quote the components as written.
# A body component is letters, dotted with more letters and a number: "C.3", "CONF.222",
# "OzL.Pro.27", "OzL.Pro.WG.1" (the Open-ended Working Group of the Montreal Protocol's Parties).
BODY_COMPONENT = re.compile(r"[A-Z]+(?:\.[A-Z]+)*(?:\.[0-9]+)?", re.ASCII | re.IGNORECASE)
# Letters between the date and the number: the meeting of experts in "BWC/MSP/2004/MX/3".
SUBSERIES = re.compile(r"[A-Z]+", re.ASCII | re.IGNORECASE)
DOTTED_NATURE = re.compile(rf"({'|'.join(DOTTED_NATURES)})\.([0-9]+)", re.ASCII | re.IGNORECASE)
# Combined periodic reports carry both numbers: "CERD/C/GBR/CO/21-23".
JOINT_NUMBER = re.compile(r"([0-9]+)-([0-9]+)")
# OCR reads the digit 1 of a modifier as the letter l: "A/54/L.81/Rev.l" is Rev.1.
MODIFIER = re.compile(
    r"(ADD|CORR|REV|AMEND)(?:\.((?-i:[0-9l])+))?|SUMMARY", re.ASCII | re.IGNORECASE
)
# Special sessions number their own series: "A/RES/S-27/2", emergency ones "A/RES/ES-10/1".
SPECIAL_SESSION = re.compile(r"(E?S)-([0-9]{1,3})", re.ASCII | re.IGNORECASE)
HYPHENATED = re.compile(r"E?S-[0-9]+|[0-9]+-[0-9]+", re.ASCII | re.IGNORECASE)
# Parentheses close a component, at the end or before the modifiers: "A/RES/3367(XXX)/Corr.1",
# "HRI/GEN/1/Rev.9 (Vol. I)".
PARENTHESES = re.compile(r"\(([^()]*)\)(?=[/(]|$)")
PART = re.compile(
    rf"({'|'.join(PART_WORDS)})\.?([0-9]+[A-Z]?|[IVXLCDM]+)", re.ASCII | re.IGNORECASE
)
# Until the thirtieth session the General Assembly (and until 1978 the Economic and Social
# Council) numbered resolutions across sessions and printed the session after the number, in
# Roman numerals: "A/RES/169(II)", "A/RES/3363(XXX)", "A/RES/997(ES-I)".
SESSION_IN_PARENTHESES = re.compile(r"(?:(E?S)-)?([IVXLCDM]+|[0-9]{1,3})", re.ASCII | re.IGNORECASE)
ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
ROMAN_VALUES = (
    *(("M", 1000), ("CM", 900), ("D", 500), ("CD", 400), ("C", 100), ("XC", 90), ("L", 50)),
    *(("XL", 40), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1)),
)
LETTER_RUN = re.compile(r"[A-Za-z]+")

# How a text prints a symbol: a series in capitals, then "/"-separated components; a wrap may leave
# a space after a slash ("CTOC/COP/WG.7/ 2013/4"). A component is a special session ("S-27"), a
# number or two joined ("21-23"), or letters dotted with letters or numbers ("OzL.Pro.27",
# "Rev.l" as OCR prints Rev.1); hyphens go no further, so "A/47/277-S/24111" is two symbols.
# After a component, the parentheses the grammar allows: a year "(2015)", a session "(XXX)" or
# "(ES-I)", a part "(Vol. III)"; a footnote call "(1)" is none of them and stays out: "A/52/250(1)".
# Roman numerals alone are no series: the Montreal Protocol's "decision XXVI/9" is no symbol.
# A symbol ends where no letter or digit follows, or where a bitext page glued the next one to
# it: "A/71/1007A/71/1007".
PRINTED = re.compile(
    r"(?![IVX]+/)[A-Z]{1,8}"
    r"(?:/[ \t]?(?:E?S-[0-9]{1,3}|[0-9]+(?:-[0-9]+)?|[A-Za-z]+(?:\.(?:[0-9]+|[A-Za-z]+))*)"
    r"(?:[ \t]?\((?:[0-9]{4}|(?:E?S-)?[IVXL]+|E?S-[0-9]{1,2}"
    r"|(?:Vol|Part|Sect|Prog)\.?[ \t]?(?:[0-9]+[A-Z]?|[IVXLC]+))\))*)+"
    r"\*?"
    r"(?:(?![A-Za-z0-9])|(?=[A-Z]{1,8}/))"
)
