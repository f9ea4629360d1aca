"""UN document symbols: parse, validate and normalize them, and link them to undocs.org.

A symbol names one document in all six languages. Every series follows one grammar (the UN's
"Document Series Symbols", ST/LIB/SER.B/5), read here by its rules, never by a list of bodies:

    body [/RES] [/date [/subseries]...] /number [(session)] [/modifier]... [ (part)] [ (YYYY)] [*]

    CTOC/COP/WG.7/2017/INF.1/Rev.1   A/C.3/57/SR.39   UNEP/OzL.Pro.27/1/Add.1   S/RES/2240 (2015)
    CCPR/C/129/D/2337/2014   BWC/MSP/2004/MX/3   A/RES/ES-10/1   A/RES/3363(XXX)
    A/63/49 (Vol. III)   A/59/100*

`PRINTED` is the shape of a symbol as texts print it, for the finders of `references` and `lines`.

One module per topic: `grammar` (its words and patterns, `PRINTED`), `symbol` (the Symbol as
the UN writes it), `components` (each component read from the end) and `reading` (`parse`).
"""

from .grammar import PRINTED
from .reading import is_valid, normalize, parse, undocs_url
from .symbol import Symbol, SymbolError

__all__ = ["PRINTED", "Symbol", "SymbolError", "is_valid", "normalize", "parse", "undocs_url"]
