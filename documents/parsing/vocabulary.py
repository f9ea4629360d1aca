"""The words a UN document prints around its text, in the six languages.

Mastheads, tables of contents and the formulas that open a resolution are set phrases of the UN
editorial rules, printed the same way in every document of a language: `Distr.: General`,
`Original: English`, `Fifty-eighth session`, `Agenda item 121`, `Contents`, `The General
Assembly,`. Each pattern here is one such phrase in ar, zh, en, fr, ru and es; `masthead` and
`head` decide what a piece of text is with them.
"""

import re

__all__ = [
    "AGENDA_ITEM",
    "BYLINES",
    "COLUMN_HEADER",
    "COMMITTEE_REPORT",
    "CONTENTS",
    "DISTRIBUTION",
    "DISTRIBUTIONS",
    "ENACTING",
    "FRONT_HEADINGS",
    "HEADING_TYPES",
    "LANGUAGE_NAMES",
    "ORGANIZATION",
    "ORIGINAL",
    "RAPPORTEUR",
    "RESOLUTION_NUMBER",
    "SESSION",
]

# The six languages as a masthead names them: "Chinese", "Original: English", "原文：英文",
# "Original: anglais", "Original: inglés", "Подлинный текст: английский", "الأصل: بالإنكليزية".
LANGUAGE_NAMES = {
    name: code
    for code, names in {
        "ar": ("arabic", "arabe", "árabe", "арабский", "阿拉伯文", "العربية", "بالعربية"),
        "zh": ("chinese", "chinois", "chino", "китайский", "中文", "الصينية", "بالصينية"),
        "en": ("english", "anglais", "inglés", "английский", "英文", "الإنكليزية", "بالإنكليزية"),
        "fr": ("french", "français", "francés", "французский", "法文", "الفرنسية", "بالفرنسية"),
        "ru": ("russian", "russe", "ruso", "русский", "俄文", "الروسية", "بالروسية"),
        "es": (
            "spanish",
            "espagnol",
            "español",
            "испанский",
            "西班牙文",
            "الإسبانية",
            "بالإسبانية",
        ),
    }.items()
    for name in names
} | {"الإنجليزية": "en", "بالإنجليزية": "en"}
_LANGUAGE_WORD = "|".join(sorted(map(re.escape, LANGUAGE_NAMES), key=len, reverse=True))
LANGUAGE_WORD = re.compile(rf"(?<![^\W\d_])(?:{_LANGUAGE_WORD})(?![^\W\d_])", re.IGNORECASE)

DISTRIBUTIONS = {
    "general": "general",
    "générale": "general",
    "generale": "general",
    "limited": "limited",
    "limitée": "limited",
    "limitee": "limited",
    "limitada": "limited",
    "restricted": "restricted",
    "restreinte": "restricted",
    "reservada": "restricted",
    "общая": "general",
    "ограниченная": "limited",
    "عام": "general",
    "محدود": "limited",
    "普遍": "general",
    "限制": "limited",
}
# "Distr.: General", "Distr. générale", "Distr GÉNÉRALE", "Distr.: LimitedDistr.: Limited" (an
# alignment page runs the two columns together): the word is one of DISTRIBUTIONS' keys.
_DISTRIBUTION_WORD = "|".join(sorted(DISTRIBUTIONS, key=len, reverse=True))
DISTRIBUTION = re.compile(
    rf"(?:Distr\.?|توزيع|分发)\s*[:：]?\s*({_DISTRIBUTION_WORD})(?![^\W\d_])?", re.IGNORECASE
)
# "Original: English", "Original : anglais", "ORIGINAL: ENGLISH", "原文：英文",
# "Подлинный текст: английский", "الأصل: بالإنكليزية"; "EnglishArabic" on an alignment page.
ORIGINAL = re.compile(
    rf"(?:Original|原文|Подлинный текст|الأصل)\s*[:：]\s*({_LANGUAGE_WORD})", re.IGNORECASE
)
# The organization at the top of the first page, and the principal organs under it.
ORGANIZATION = re.compile(
    r"(?:United Nations|Nations Unies|Naciones Unidas|Организация Объединенных Наций|"
    r"الأمم المتحدة|联合国|General Assembly|Security Council|Economic and Social Council|"
    r"Assemblée générale|Conseil de sécurité|Conseil économique et social|Asamblea General|"
    r"Consejo de Seguridad|Consejo Económico y Social|Генеральная Ассамблея|Совет Безопасности|"
    r"Экономический и Социальный Совет|الجمعية العامة|مجلس الأمن|المجلس الاقتصادي والاجتماعي|"
    r"大会|安全理事会|经济及社会理事会)",
    re.IGNORECASE,
)
_ORDINAL_EN = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ])?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|\d{1,3}(?:st|nd|rd|th))"
)
# "Fifty-eighth session", "Cinquante-neuvième session", "Quincuagésimo sexto período de
# sesiones", "Шестьдесят девятая сессия", "الدورة الحادية والسبعون", "第五十九届会议". Written
# capitalised at the head of the line: in a title the same words run lower case ("of the
# fifty-eighth regular session of the General Assembly").
SESSION = re.compile(
    rf"(?:(?-i:(?=[A-Z])){_ORDINAL_EN}|\d{{1,3}}(?:st|nd|rd|th))"
    r"(?: (?:regular|special|resumed|emergency special))? session(?![a-z])"
    r"|(?-i:(?=[A-ZÉ]))[\w-]*(?:ième|ière) session(?![a-z])|\d{1,3}e session(?![a-z])"
    # "Quincuagésimo sexto período de sesiones", "19º período de sesiones", "13 er período…".
    r"|(?:(?-i:(?=[A-ZÁÉÍÓÚ]))\w+(?: \w+)?|\d{1,3}\s?(?:º|°|ª|\.ª|er|o)?) per[ií]odo "
    r"(?:\w+ )?de sesiones\b"
    r"|(?-i:(?=[А-Я]))[а-я]+(?: [а-я]+)? сессия\b"
    r"|الدورة(?: [\u0621-\u064a]+){1,3}$"
    r"|第[一二三四五六七八九十百\d]+届(?:常会|会议)",
    re.IGNORECASE,
)
# "Agenda item 121", "Item 2 (c) and (f) of the provisional agenda", "Provisional agenda item
# 2", "Point 49, b, de l'ordre du jour", "Tema 104 del programa", "Пункт 118 повестки дня",
# "البند 121 من جدول الأعمال", "临时议程项目 2", "议程项目84".
_LETTER = r"(?:\s*,?\s*[(（]?\s*([a-z])\s*[)）]?(?:\s*(?:and|et|y|и|,)\s*\(?[a-z]\)?)*\s*,?)?"
AGENDA_ITEM = re.compile(
    rf"(?:临时)?议程项目\s*(\d{{1,3}}){_LETTER}"
    rf"|(?:Provisional\s+)?agenda\s+item\s+(\d{{1,3}}){_LETTER}"
    rf"|Items?\s+(\d{{1,3}}){_LETTER}(?:\s+and\s+\d{{1,3}})?\s+of\s+the\s+(?:provisional\s+)?agenda"
    rf"|Points?\s+(\d{{1,3}}){_LETTER}\s+de\s+l.ordre\s+du\s+jour(?:\s+provisoire)?"
    rf"|Temas?\s+(\d{{1,3}}){_LETTER}\s+del\s+programa(?:\s+provisional)?"
    rf"|Пункты?\s+(\d{{1,3}}){_LETTER}\s+(?:предварительной\s+)?повестки\s+дня"
    # The empty group keeps number and letter in pairs for `masthead.facts.agenda_item_number`.
    rf"|البند\s+(\d{{1,3}})()\s+من\s+جدول\s+الأعمال(?:\s+المؤقت)?",
    re.IGNORECASE,
)
CONTENTS = re.compile(
    r"(?:Contents|Table des matières|Índice|Indice|Содержание|المحتويات|目\s*录)\b", re.IGNORECASE
)
# The heads of a table of contents' columns: "Paragraphs Page", "Página", "Стр.", "الصفحة".
COLUMN_HEADER = re.compile(
    r"(?:(?:Paragraphs|Paragraphes|Párrafos|Пункты|الفقرات|段次)\s*)?"
    r"(?:Page|Pages|Página|Стр\.?|Страница|الصفحة|页次)(?![^\W\d_])",
    re.IGNORECASE,
)
# Headings that open the body of a document before its first chapter or paragraph.
FRONT_HEADINGS = re.compile(
    r"(?:Summary|Résumé|Resumen|Резюме|موجز|摘要|Note|Nota|Примечание|ملاحظة|"
    r"Introduction|Introducción|Введение|مقدمة|引\s*言|导\s*言)",
    re.IGNORECASE,
)
# "The General Assembly,", "L'Assemblée générale,", "إن الجمعية العامة،", "大会，": the formula
# that opens a resolution's preamble, and so its body.
ENACTING = re.compile(
    r"(?:(?:The|L[’']|La|El|Le)\s*)?(?:General Assembly|Security Council|Economic and Social "
    r"Council|Conference of the Parties|Assemblée générale|Conseil de sécurité|Conférence des "
    r"Parties|Asamblea General|Consejo de Seguridad|Conferencia de las Partes|Генеральная "
    r"Ассамблея|Совет Безопасности|Конференция Участников)\s*,"
    r"|(?:إن\s+)?(?:الجمعية العامة|مجلس الأمن)\s*[،,]"
    r"|(?:大会|安全理事会|缔约方会议)\s*[，,]",
    re.IGNORECASE,
)
# Lines printed ABOVE the title, which follows them: "Draft decision submitted by the President
# of the General Assembly", "Resolution adopted by the General Assembly", "大会决议".
HEADING_TYPES = re.compile(
    r"(?:Draft (?:resolution|decision)s?|Projet de (?:résolution|décision)|Proyecto de "
    r"(?:resolución|decisión)|Проект (?:резолюции|решения)|مشروع (?:قرار|مقرر))\b.*"
    r"|(?:Resolution|Decision)s? adopted by the .*|(?:Résolution|Décision)s? adoptées? par .*"
    r"|(?:Resolución|Decisión|Resoluciones|Decisiones) aprobadas? por .*"
    r"|(?:Резолюция|Решение|Резолюции|Решения),? принят\w* .*|(?:قرار|مقرر) اتخذ.*"
    r"|(?:大会|安全理事会|经济及社会理事会)?(?:决议|决定)(?:草案)?",
    re.IGNORECASE,
)
# Lines printed BELOW the title, saying who wrote it: "Report of the Secretary-General", "Note
# by the Executive Secretary", "Доклад Генерального секретаря", "作者:聯合國秘書處".
BYLINES = re.compile(
    r"(?:Report|Note|Letter) (?:of|by|from) the (?:Secretary-General|Secretariat|Executive "
    r"(?:Secretary|Director)|Director-General|President|Chair).*"
    r"|(?:Rapport|Note|Lettre) (?:du|de la) (?:Secrétaire général|Secrétariat|Secrétaire "
    r"exécutif|Directeur|Présidente?).*"
    r"|(?:Informe|Nota|Carta) (?:del|de la) (?:Secretario General|Secretaría|Secretari[oa] "
    r"Ejecutiv[oa]|Director|President[ea]).*"
    r"|(?:Доклад|Записка|Письмо) (?:Генерального секретаря|Секретариата|Исполнительного).*"
    r"|(?:تقرير|مذكرة|رسالة) (?:من )?(?:الأمين العام|الأمانة العامة|الأمين التنفيذي).*"
    r"|秘书长的(?:报告|说明)|秘书处的说明|作者\s*[:：].*",
    re.IGNORECASE,
)
# The reports of the General Assembly's committees are titled by the committee alone: "Report of
# the Third Committee", "Informe de la Tercera Comisión", "Premier rapport du Bureau".
_COMMITTEES_EN = (
    r"First|Second|Third|Fourth|Fifth|Sixth|Special Political and Decolonization|General"
)
# "First report of the General Committee", "Premier rapport du Bureau", "Tercer informe…".
_NTH = (
    r"(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Premier|Deuxième|Troisième|Quatrième|"
    r"Cinquième|Sixième|Primer|Segundo|Tercer|Cuarto|Quinto|Sexto|Первый|Второй|Третий|"
    r"Четвертый|Пятый|Шестой) )?"
)
COMMITTEE_REPORT = re.compile(
    rf"{_NTH}report of the (?:{_COMMITTEES_EN}) Committee"
    rf"|{_NTH}rapport (?:de la (?:Première|Deuxième|Troisième|Quatrième|Cinquième|Sixième) "
    r"Commission|du Bureau)"
    rf"|{_NTH}informe de la (?:(?:Primera|Segunda|Tercera|Cuarta|Quinta|Sexta) Comisión|Mesa)"
    rf"|{_NTH}доклад (?:Первого|Второго|Третьего|Четвертого|Пятого|Шестого|Генерального) "
    r"комитета"
    r"|تقرير (?:اللجنة (?:الأولى|الثانية|الثالثة|الرابعة|الخامسة|السادسة)|مكتب الجمعية العامة)"
    r"|(?:第[一二三四五六]委员会|总务委员会)(?:第[一二三四五六七八九十]+次)?的?报告",
    re.IGNORECASE,
)
RAPPORTEUR = re.compile(r"(?:Rapporteur|Relator|Relatora|Докладчик|المقرر|报告员)\s*[:：]", re.I)
# "52 / 31", "50/28.", "54/254.": the number a resolution or decision prints before its title.
RESOLUTION_NUMBER = re.compile(r"(\d{1,3})\s*/\s*(\d{1,4})(?:\s*[A-Z](?![^\W\d_]))?\s*\.?\s*")
# "Adopted by General Assembly resolution 169 (II)", "Принято резолюцией 169 (II) Генеральной
# Ассамблеи": under an instrument's title, the resolution that adopted it.
ADOPTED_BY = re.compile(
    r"(?:Adopted|Adoptée?s?|Aprobad[oa]s?|Принят[оаы]?|اعتمد\w*)\s.{0,60}?"
    r"(?:resolution|résolution|resolución|резолюци|قرار)",
    re.IGNORECASE,
)
# The cover of the Official Records: "Official Records • Sixty-third Session", "Supplement No. 49
# (A/63/49)", and the imprint "United Nations • New York, 2009".
OFFICIAL_RECORDS = re.compile(
    r"(?:Official Records|Documents officiels|Documentos Oficiales|Официальные отчеты|"
    r"الوثائق الرسمية|正式记录)\b.*"
    r"|(?:Supplement No\.?|Supplément no|Suplemento No\.?|Дополнение №|الملحق رقم|补编第)\s*\d+.*"
    rf"|{ORGANIZATION.pattern}\s*[•·]\s*[^\W\d_][\w .-]*,\s*\d{{4}}",
    re.IGNORECASE,
)
# A resolution's heading type run into a Chinese line: "…15:27 大会决议 [根据…]".
CHINESE_HEADING_TYPE = re.compile(r"(?:大会|安全理事会|经济及社会理事会)(?:决议|决定)(?:草案)?")
# Wikisource's tagline under the page title: "維基文庫，自由的圖書館", "From Wikisource".
WIKI_TAGLINE = re.compile(
    r"(?:維基文庫|维基文库)\s*[,，]\s*自由的(?:圖書館|图书馆)|From Wikisource|"
    r"Материал из Викитеки.*|Un article de Wikisource|De Wikisource.*",
    re.IGNORECASE,
)
# "FRANÇAISOriginal: ANGLAIS": the text's language glued to the original's label.
GLUED_LANGUAGE = re.compile(rf"(?:{_LANGUAGE_WORD})(?=(?:Original|Подлинный|原文))", re.I)
# The title of a meeting record: "Summary record of the 2830th meeting", "КРАТКИЙ ОТЧЕТ О
# 1523-м ЗАСЕДАНИИ", "محضر موجز للجلسة 2040", "第2040次会议简要记录".
RECORD_TITLE = re.compile(
    r"(?:Summary|Verbatim) record(?: \(\w+\))?\*{0,3} of the \w{1,12}(?: \(\w+\))? meeting"
    r"|(?:Compte rendu analytique|Procès-verbal) de la \w{1,12}(?: \(\w+\))? séance"
    r"|Acta (?:resumida|literal) de la \w{1,12}\.?ª?(?: \(\w+\))? sesión"
    r"|(?:Краткий|Стенографический) отчет о [\w-]{1,12} заседании"
    r"|محضر (?:موجز|حرفي) للجلسة \S{1,12}"
    r"|第\s*\S{1,8}\s*次会议(?:简要|逐字)记录",
    re.IGNORECASE,
)
# Who presided, under a record's title: "Chairperson: Mr. Bhagwati", "Président : M. X".
PRESIDING = re.compile(
    r"(?:Chair(?:person|man|woman)?|President|Président(?:e)?|President[ae]|Председатель|"
    r"الرئيس|主席)\s*[:：][^\n]{0,60}?(?=\s{2,}|$)",
    re.IGNORECASE,
)
# A byline run into a line, bounded: "…COUNTRIES Note by the Secretary-General of the
# Conference The Secretary-General…", "…anotaciones Nota de la Secretaria Ejecutiva I. …".
BYLINE_PHRASE = re.compile(
    r"(?-i:(?=[A-ZА-Я]))(?:(?:Note|Report|Letter) (?:of|by|from) the (?:Secretary-General|"
    r"Secretariat|Executive (?:Secretary|Director)|Director-General|President)"
    r"(?: of the (?:Conference|Commission|Committee|General Assembly))?"
    r"|(?:Note|Rapport) (?:du|de la) (?:Secrétaire général|Secrétariat|Secrétaire exécutif|"
    r"Directeur général)|(?:Nota|Informe) (?:del|de la) (?:Secretario General|Secretaría|"
    r"Secretari[oa] Ejecutiv[oa]|Director General)|(?:Доклад|Записка) (?:Генерального "
    r"секретаря|Секретариата|Исполнительного секретаря))",
    re.IGNORECASE,
)
# "Addendum" under the title of an addendum, "Corrigendum" under a corrigendum's.
MODIFIER_LABEL = re.compile(
    r"(?:Addendum|Additif|Adición|Добавление|إضافة|增编|Corrigendum|Rectificatif|Corrección|"
    r"Исправление|تصويب|更正|Revision|Révision|Revisión|Пересмотренный вариант)\*?",
    re.IGNORECASE,
)
# The types a Chinese masthead prints, run into its line.
CHINESE_TYPE = re.compile(
    r"临时议程和说明|(?:秘书长|执行秘书|秘书处|主席)的(?:说明|报告)|秘书处编写的背景文件|报告草稿"
    r"|与会者名单"
)
# The job number and bar code under the masthead or at the foot of the first page, with the
# dates of translation and the page's symbol: "V.18-07400 (F) 201118 211118 1807400",
# "03-45126 (E) 190803 *0345126* A/58/100", "*2009399*".
JOB = re.compile(
    r"(?:(?:V|GE)\.\d{2}-\d{5}|\d{2}[- ]\d{5})(?:\s*\([A-Z]\))?(?:\s+\d{6,12}){0,3}"
    r"(?:\s*\*\d{7}\*)?(?:\s+\d{7}(?!\d))?(?:\s+[A-Z]/\S+)?|\*\d{7}\*"
)
