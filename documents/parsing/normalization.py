"""Characters of an extracted text as a reader types them: `normalize_characters`.

PDF and Word extraction hand over characters that look right on the page but are not the ones a
reader searches for or an editor compares; each is put back to the character it stands for:

- Fonts share one glyph between a radical and the ideograph of the same shape, and a PDF's
  character map may name the radical: a Chromium PDF set in Noto Sans CJK SC gives
  "偷运移⺠问题⼯作组" for 偷运移民问题工作组 (⺠ CJK RADICAL CIVILIAN, ⼯ KANGXI RADICAL WORK).
- CJK compatibility ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F), which some fonts and
  converters use, stand for their unified ideograph.
- Latin ligatures ("ﬁnancial", "ﬂows") and full-width digits and letters ("２０２０年", "ＣＴＯＣ")
  are their letters; full-width forms of ASCII punctuation that Chinese typography does not use
  ("ＣＴＯＣ／ＣＯＰ", "ＷＧ．７") are ASCII, so a symbol or URL reads as one.
- The ideographic space and the other Unicode spaces are a plain space; soft hyphens, zero-width
  characters, word joiners, byte order marks and the Arabic tatweel, which Word and web copies
  leave in running text, go.
- Line ends are "\\n" (CRLF, CR and a page's form feed), and a Symbol-font character that PDF
  extraction put in the private-use area is its ASCII character.

The Chinese punctuation a UN text is typeset with stays as it is: （ ） ， ： ； ！ ？ 、 。
《 》 “ ” ～. The seeds and the generated reports use those forms, and paragraph texts
are compared exactly.

Pure function, one `str.translate` table built at import and applied to the runs of characters it
changes; a text without any (most plain-text imports) costs one regex scan.
"""

import re
import unicodedata

__all__ = ["normalize_characters"]

# The CJK Radicals Supplement has no decomposition, so NFKC leaves "⺠" alone. Unicode's
# EquivalentUnifiedIdeograph.txt (Unicode Character Database, described in UAX #44) names the
# unified ideograph a supplement radical is the same character as; these are its entries whose
# ideograph is in the Basic Multilingual Plane. A supplement radical not listed stays as it is.
RADICALS_SUPPLEMENT = {
    0x2E81: 0x5382,  # ⺁ cliff: 厂
    0x2E82: 0x4E5B,  # ⺂ second one: 乛
    0x2E83: 0x4E5A,  # ⺃ second two: 乚
    0x2E84: 0x4E59,  # ⺄ second three: 乙
    0x2E85: 0x4EBB,  # ⺅ person: 亻
    0x2E86: 0x5182,  # ⺆ box: 冂
    0x2E89: 0x5202,  # ⺉ knife two: 刂
    0x2E8A: 0x535C,  # ⺊ divination: 卜
    0x2E8B: 0x353E,  # ⺋ seal: 㔾
    0x2E8E: 0x5140,  # ⺎ lame one: 兀
    0x2E8F: 0x5C23,  # ⺏ lame two: 尣
    0x2E90: 0x5C22,  # ⺐ lame three: 尢
    0x2E92: 0x5DF3,  # ⺒ snake: 巳
    0x2E93: 0x5E7A,  # ⺓ thread: 幺
    0x2E94: 0x5F51,  # ⺔ snout one: 彑
    0x2E95: 0x5F50,  # ⺕ snout two: 彐
    0x2E96: 0x5FC4,  # ⺖ heart one: 忄
    0x2E97: 0x38FA,  # ⺗ heart two: 㣺
    0x2E98: 0x624C,  # ⺘ hand: 扌
    0x2E99: 0x6535,  # ⺙ rap: 攵
    0x2E9B: 0x65E1,  # ⺛ choke: 旡
    0x2E9D: 0x6708,  # ⺝ moon: 月
    0x2E9E: 0x6B7A,  # ⺞ death: 歺
    0x2E9F: 0x6BCD,  # ⺟ mother: 母
    0x2EA0: 0x6C11,  # ⺠ civilian: 民
    0x2EA1: 0x6C35,  # ⺡ water one: 氵
    0x2EA2: 0x6C3A,  # ⺢ water two: 氺
    0x2EA3: 0x706C,  # ⺣ fire: 灬
    0x2EA5: 0x722B,  # ⺥ paw two: 爫
    0x2EA6: 0x4E2C,  # ⺦ simplified half tree trunk: 丬
    0x2EA8: 0x72AD,  # ⺨ dog: 犭
    0x2EAB: 0x7F52,  # ⺫ eye: 罒
    0x2EAC: 0x793A,  # ⺬ spirit one: 示
    0x2EAD: 0x793B,  # ⺭ spirit two: 礻
    0x2EAF: 0x7CF9,  # ⺯ silk: 糹
    0x2EB0: 0x7E9F,  # ⺰ c-simplified silk: 纟
    0x2EB1: 0x7F53,  # ⺱ net one: 罓
    0x2EB3: 0x34C1,  # ⺳ net three: 㓁
    0x2EB4: 0x34C1,  # ⺴ net four: 㓁
    0x2EB9: 0x8002,  # ⺹ old: 耂
    0x2EBA: 0x8080,  # ⺺ brush one: 肀
    0x2EBC: 0x6708,  # ⺼ meat: 月
    0x2EBD: 0x81FC,  # ⺽ mortar: 臼
    0x2EBE: 0x8279,  # ⺾ grass one: 艹
    0x2EBF: 0x8279,  # ⺿ grass two: 艹
    0x2EC0: 0x8279,  # ⻀ grass three: 艹
    0x2EC1: 0x864E,  # ⻁ tiger: 虎
    0x2EC2: 0x8864,  # ⻂ clothes: 衤
    0x2EC3: 0x8980,  # ⻃ west one: 覀
    0x2EC4: 0x897F,  # ⻄ west two: 西
    0x2EC5: 0x89C1,  # ⻅ c-simplified see: 见
    0x2EC8: 0x8BA0,  # ⻈ c-simplified speech: 讠
    0x2EC9: 0x8D1D,  # ⻉ c-simplified shell: 贝
    0x2ECB: 0x8F66,  # ⻋ c-simplified cart: 车
    0x2ECD: 0x8FB6,  # ⻍ walk one: 辶
    0x2ECF: 0x961D,  # ⻏ city: 阝
    0x2ED0: 0x9485,  # ⻐ c-simplified gold: 钅
    0x2ED1: 0x9577,  # ⻑ long one: 長
    0x2ED2: 0x9578,  # ⻒ long two: 镸
    0x2ED3: 0x957F,  # ⻓ c-simplified long: 长
    0x2ED6: 0x961D,  # ⻖ mound two: 阝
    0x2ED8: 0x9752,  # ⻘ blue: 青
    0x2ED9: 0x97E6,  # ⻙ c-simplified tanned leather: 韦
    0x2EDA: 0x9875,  # ⻚ c-simplified leaf: 页
    0x2EDB: 0x98CE,  # ⻛ c-simplified wind: 风
    0x2EDC: 0x98DE,  # ⻜ c-simplified fly: 飞
    0x2EDD: 0x98DF,  # ⻝ eat one: 食
    0x2EDF: 0x98E0,  # ⻟ eat three: 飠
    0x2EE0: 0x9963,  # ⻠ c-simplified eat: 饣
    0x2EE2: 0x9A6C,  # ⻢ c-simplified horse: 马
    0x2EE3: 0x9AA8,  # ⻣ bone: 骨
    0x2EE4: 0x9B3C,  # ⻤ ghost: 鬼
    0x2EE5: 0x9C7C,  # ⻥ c-simplified fish: 鱼
    0x2EE6: 0x9E1F,  # ⻦ c-simplified bird: 鸟
    0x2EE7: 0x5364,  # ⻧ c-simplified salt: 卤
    0x2EE8: 0x9EA6,  # ⻨ simplified wheat: 麦
    0x2EE9: 0x9EC4,  # ⻩ simplified yellow: 黄
    0x2EEA: 0x9EFE,  # ⻪ c-simplified frog: 黾
    0x2EEB: 0x6589,  # ⻫ j-simplified even: 斉
    0x2EEC: 0x9F50,  # ⻬ c-simplified even: 齐
    0x2EED: 0x6B6F,  # ⻭ j-simplified tooth: 歯
    0x2EEE: 0x9F7F,  # ⻮ c-simplified tooth: 齿
    0x2EEF: 0x7ADC,  # ⻯ j-simplified dragon: 竜
    0x2EF0: 0x9F99,  # ⻰ c-simplified dragon: 龙
    0x2EF1: 0x9F9C,  # ⻱ turtle: 龜
    0x2EF2: 0x4E80,  # ⻲ j-simplified turtle: 亀
    0x2EF3: 0x9F9F,  # ⻳ c-simplified turtle: 龟
}
# Radicals that Chromium's PDFs set in Noto Sans CJK SC print for these simplified characters,
# one glyph serving both: "出⻔" for 出门, "视⻆" for 视角, "⻌" for 辶, "⺤" for 爫.
RADICALS_PRINTED_FOR = {
    0x2EA4: 0x722B,  # ⺤ paw one: 爫
    0x2EC6: 0x89D2,  # ⻆ simplified horn: 角
    0x2ECC: 0x8FB6,  # ⻌ simplified walk: 辶
    0x2ED4: 0x95E8,  # ⻔ c-simplified gate: 门
}
# NFKC takes KANGXI RADICAL DOOR to the traditional 戶 (U+6236), but the same Noto Sans CJK SC
# PDFs print ⼾ for the simplified 户 ("账⼾", "⽤⼾") that every Chinese UN text uses.
KANGXI_SIMPLIFIED = {0x2F3E: 0x6237}

# Punctuation that Chromium's PDFs set in Noto Sans CJK SC name by a look-alike: seed `002`'s
# "第 33–36 页" comes back as "第 33‒36 页" (FIGURE DASH), "1～3" as "1〜3" (WAVE DASH), "／" as "∕"
# (DIVISION SLASH), 〈 〉 as the angle brackets U+2329 and U+232A (canonically the same).
PUNCTUATION_PRINTED_AS = {0x2012: "–", 0x301C: "～", 0x2215: "/", 0x2329: "〈", 0x232A: "〉"}
# Full-width forms of ASCII punctuation that Chinese typography does not use: they come from
# input methods left in full-width mode ("ＣＴＯＣ／ＣＯＰ／ＷＧ．７", "５０％").
FULL_WIDTH_ASCII_PUNCTUATION = "／．＃％＆＋－＝＜＞＠［］＿｛｝｜＼＾｀＂＇"
SPACES = "\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# The Arabic tatweel stretches a word for justification ("بـــاء", "الأمــم المتحـدة"): it is
# no letter, and a word printed stretched is the same word to search.
INVISIBLE = "\xad\u200b\u200c\u200d\u2060\ufeff\u0640"


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord("\r"): "\n", ord("\f"): "\n"}
    # PDF extraction of a Symbol-font character lands in the private-use area, 0xF000 above its
    # ASCII code: seed `002` prints its agenda note as "临时议程\uf02a项目 2", a "*".
    table.update({code: chr(code - 0xF000) for code in range(0xF020, 0xF07F)})
    table.update({ord(space): " " for space in SPACES})
    table.update(dict.fromkeys(map(ord, INVISIBLE)))
    kangxi_and_compatibility = [
        *range(0x2F00, 0x2FD6),  # Kangxi radicals
        *range(0xF900, 0xFB00),  # CJK compatibility ideographs
        *range(0x2F800, 0x2FA20),  # CJK compatibility ideographs supplement
        *range(0xFB00, 0xFB07),  # Latin ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ
    ]
    for code in kangxi_and_compatibility:
        # Unassigned code points and the twelve unified ideographs among the compatibility
        # ones (﨎 U+FA0E...) come back from NFKC as they are.
        if (folded := unicodedata.normalize("NFKC", chr(code))) != chr(code):
            table[code] = folded
    for mapping in (RADICALS_SUPPLEMENT, RADICALS_PRINTED_FOR, KANGXI_SIMPLIFIED):
        table.update({radical: chr(ideograph) for radical, ideograph in mapping.items()})
    table.update(PUNCTUATION_PRINTED_AS)
    full_width = [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]
    full_width += map(ord, FULL_WIDTH_ASCII_PUNCTUATION)
    table.update({code: chr(code - 0xFEE0) for code in full_width})
    return table


TABLE = _build_table()


def _character_class(codes: list[int]) -> str:
    """A regex class of `codes`, consecutive ones as ranges: one scan finds any of them."""
    ranges: list[tuple[int, int]] = []
    for code in sorted(codes):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return "".join(
        re.escape(chr(first))
        if first == last
        else f"{re.escape(chr(first))}-{re.escape(chr(last))}"
        for first, last in ranges
    )


# Runs of characters the table changes. Translating only those is 15 times faster than the whole
# text: `str.translate` looks every character up in the table, 2 ms for seed `002`'s 18,000.
CONCERNED = re.compile(f"[{_character_class(list(TABLE))}]+")


def normalize_characters(text: str) -> str:
    """`text` with the characters of the module docstring put back; idempotent."""
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    return CONCERNED.sub(_translate, text)


def _translate(run: re.Match[str]) -> str:
    return run[0].translate(TABLE)
