"""Word (.docx) files: check the archive, then read the text as a reader sees it.

Refused before python-docx opens anything: an old .doc or a password-protected file (OLE, not
ZIP), another Office format renamed .docx, and a "zip bomb". Read: body order (tables row by row,
content controls included), the list numbers Word shows only on screen, headings set off by blank
lines, footnotes after a rule at the end, as in the seed texts. `megabytes` is in `archive`
with the archive limits; `extraction` prints the upload limit with it too.

One module per topic: `archive` (the checks), `reader` (the text, with Word's `styles` and list
`numbering`, read from its `elements`), `text` (`docx_text`, the entry point). Pure function:
bytes in, text out, no Django. `extraction.extract_text` is the caller.
"""
