"""Synthetic UN texts for benchmarks: background papers shaped like seed 002, in Chinese.

A generated paper has what the parser meets in a real one: a masthead with symbol and meeting,
chapters and subsections, numbered paragraphs hard-wrapped at 38 characters with a blank line
after every line (as PDF extraction prints Chinese), lettered sub-paragraphs, footnote calls and
footnote blocks, page headers and footers. The sentences are drawn from a small vocabulary of the
field, so paragraph texts differ while staying realistic for search.
"""

import random

CHAPTERS = ("一", "二", "三", "四", "五", "六")
PHRASES = (
    "缔约国应加强执法合作",
    "偷运移民集团利用危机牟利",
    "移民的人权必须得到保护",
    "边境管理机构之间的信息交流",
    "金融调查有助于查明犯罪所得",
    "区域和次区域一级的司法协助",
    "利用信息通信技术招募移民",
    "联合调查组提高了起诉效率",
    "妇女和儿童面临更高的剥削风险",
    "海上搜救能力受到严重影响",
    "秘书处提供了技术援助和培训",
    "各国专家分享了良好做法",
)
WRAP = 38


def background_paper(number: int, *, paragraphs: int = 78, seed: int | None = None) -> str:
    """The text of background paper CTOC/COP/WG.7/2099/<number>, about 45 KB at 78 paragraphs."""
    rng = random.Random(number if seed is None else seed)
    symbol = f"CTOC/COP/WG.7/2099/{number}"
    lines = [
        " 偷运移民问题工作组 ",
        "2099 年 6 月 3 日和 4 日，维也纳 ",
        "临时议程项目 2 ",
        " 执法合作和移民保护的良好做法 ",
        "  秘书处编写的背景文件 ",
    ]
    per_chapter = max(paragraphs // len(CHAPTERS), 1)
    note = 0
    for index in range(1, paragraphs + 1):
        if (index - 1) % per_chapter == 0 and (index - 1) // per_chapter < len(CHAPTERS):
            lines.append(f" {CHAPTERS[(index - 1) // per_chapter]}. 第{index}段以下的讨论 ")
        text = "，".join(rng.choice(PHRASES) for _ in range(rng.randint(8, 14))) + "。"
        if index == 1:
            text = "本背景文件由秘书处编写，旨在便利偷运移民问题工作组第十九次会议的讨论。" + text
        paragraph = wrap(f"{index}. {text}")
        if index % 2 == 0:
            # The call stays on the line of the sentence it ends, as a superscript does in a PDF.
            note += 1
            paragraph[-1] += str(note)
        lines += paragraph
        if index % 5 == 0:
            lines += wrap(f" (a) {rng.choice(PHRASES)}；")
            lines += wrap(f" (b) {rng.choice(PHRASES)}。")
        if index % 6 == 0:
            first = note - 3  # three notes are called in every six paragraphs
            lines.append("__________________ ")
            lines += [
                f" {n} 参见 CTOC/COP/WG.7/2020/{n % 4 + 1}。 " for n in range(first + 1, note + 1)
            ]
            page = index // 6
            lines += [f"V.99-0{number:04d} {page}/14", symbol]
    return "\n\n".join(lines) + "\n"


def wrap(text: str) -> list[str]:
    """Hard-wrap a paragraph as PDF extraction does, at a fixed width, ignoring word breaks."""
    return [text[start : start + WRAP] for start in range(0, len(text), WRAP)]


# English paragraphs of the generated corpus (wgportal.bench.corpus), from the same
# field: the most common words ("migrants", "smuggling") stand in most paragraphs, as in real
# reports, so search meets its worst case.
ENGLISH_PHRASES = (
    "States parties should strengthen law enforcement cooperation",
    "smuggling of migrants networks profit from crises",
    "the human rights of smuggled migrants must be protected",
    "border management agencies exchange information",
    "financial investigations help to trace the proceeds of crime",
    "mutual legal assistance at the regional and subregional levels",
    "information and communications technology is used to recruit migrants",
    "joint investigation teams made prosecutions more efficient",
    "women and children face a higher risk of exploitation",
    "search and rescue capacity at sea has been seriously affected",
    "the secretariat provided technical assistance and training",
    "experts from States shared good practices",
)


def chinese_paragraph(rng: random.Random) -> str:
    """One generated Chinese paragraph, 8 to 14 phrases of the field (about 150 characters)."""
    return "，".join(rng.choice(PHRASES) for _ in range(rng.randint(8, 14))) + "。"


def english_paragraph(rng: random.Random) -> str:
    """One generated English paragraph, 4 to 8 phrases of the field joined into sentences."""
    phrases = [rng.choice(ENGLISH_PHRASES) for _ in range(rng.randint(4, 8))]
    return " ".join(f"{phrase[0].upper()}{phrase[1:]}." for phrase in phrases)
