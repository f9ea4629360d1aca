"""Merges what the generator writes now into a section's text, keeping what editors wrote."""

import difflib

from reports.writing import Block


def merge(
    text: list[Block], old_generated: list[Block], new_generated: list[Block]
) -> tuple[list[Block], list[int], list[int], list[int]]:
    """The section's paragraphs after regeneration, and the positions in them rewritten, kept
    (an editor's), and kept though the facts they were written from have changed since.

    Paragraphs are matched by their text (numbers aside): the section's to what the generator
    wrote last time, which to what it writes now. So an editor's inserted or deleted paragraph,
    or an attendance category that is gone, does not shift the rest.
    """
    # Position in text -> position last generated: as generated, or an editor's rewriting.
    untouched, edited_from = matched(text, old_generated)
    # Position last generated -> position generated now, the same paragraph or its rewriting.
    same, rewritten_now = matched(old_generated, new_generated)
    successor = same | rewritten_now
    merged: list[Block] = []
    rewritten: list[int] = []
    kept: list[int] = []
    outdated: list[int] = []
    placed: dict[int, int] = {}  # position generated now -> position in merged
    for position, block in enumerate(text):
        if position in untouched:
            new = successor.get(untouched[position])
            if new is not None:  # else the fact it stated is gone, and the paragraph with it
                placed[new] = len(merged)
                if new_generated[new].body != block.body:
                    rewritten.append(len(merged))
                merged.append(new_generated[new])
            continue
        if block.body:
            kept.append(len(merged))
            old = edited_from.get(position)
            if old is not None and (
                old not in successor
                or new_generated[successor[old]].body != old_generated[old].body
            ):
                outdated.append(len(merged))
        merged.append(block)
    # Paragraphs for new facts go after the paragraph generated before them.
    for new in sorted(set(range(len(new_generated))) - set(successor.values())):
        before = [placed[p] for p in placed if p < new]
        at = max(before) + 1 if before else 0
        merged.insert(at, new_generated[new])
        rewritten, kept, outdated = (
            [p + (p >= at) for p in positions] for positions in (rewritten, kept, outdated)
        )
        placed = {g: p + (p >= at) for g, p in placed.items()} | {new: at}
        rewritten.append(at)
    return merged, sorted(rewritten), kept, outdated


def matched(blocks: list[Block], other: list[Block]) -> tuple[dict[int, int], dict[int, int]]:
    """Which paragraphs of `blocks` are in `other` as they are, and which stand where one of
    `other` stood (rewritten): position in `blocks` -> position in `other`, for each."""
    matcher = difflib.SequenceMatcher(
        a=[b.body for b in blocks], b=[b.body for b in other], autojunk=False
    )
    equal: dict[int, int] = {}
    replaced: dict[int, int] = {}
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("equal", "replace"):
            pairs = dict(zip(range(i1, i2), range(j1, j2), strict=False))
            (equal if tag == "equal" else replaced).update(pairs)
    return equal, replaced
