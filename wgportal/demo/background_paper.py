"""The demo background paper CTOC/COP/WG.7/2026/2, for agenda item 2 of the 12th meeting.

Blocks, in reading order (see wgportal.demo.documents.load_structure):
("chapter" | "section", number, heading), ("para", number, text), ("sub", label, text),
("note", marker, text) called from the paragraph before it, ("ref", symbol or URL) cited by
the paragraph or footnote before it.
"""

# fmt: off
BACKGROUND_PAPER = {
    "en": {
        "title": "Countering the use of online platforms and digital payment services in the "
        "smuggling of migrants: background paper prepared by the Secretariat",
        "blocks": (
            ("chapter", "I", "The digital dimension of migrant smuggling"),
            ("section", "A", "Purpose of the present paper"),
            ("para", 1, "The present paper was prepared by the Secretariat to assist the Working "
             "Group on the Smuggling of Migrants in its consideration of agenda item 2 of its "
             "twelfth meeting. It describes how smugglers use online platforms and digital "
             "payment services, outlines the responses that States have reported and sets out "
             "questions that the Working Group may wish to address."),
            ("note", "1", "CTOC/COP/WG.7/2026/1."),
            ("ref", "CTOC/COP/WG.7/2026/1"),
            ("para", 2, "The Protocol against the Smuggling of Migrants by Land, Sea and Air, "
             "adopted by the General Assembly in its resolution 55/25, requires States parties "
             "to establish as a criminal offence the smuggling of migrants, when committed "
             "intentionally and in order to obtain, directly or indirectly, a financial or other "
             "material benefit. The Protocol does not distinguish between offences prepared "
             "offline and those organized by digital means; its provisions apply to both."),
            ("ref", "A/RES/55/25"),
            ("note", "2", "United Nations, Treaty Series, vol. 2241, No. 39574."),
            ("para", 3, "Information available to the Secretariat, including cases shared "
             "through the SHERLOC knowledge management portal, indicates that the use of digital "
             "tools has become a common feature of smuggling operations on most routes, rather "
             "than a characteristic of particular networks."),
            ("note", "3", "The portal is available at https://sherloc.unodc.org."),
            ("ref", "https://sherloc.unodc.org"),
            ("section", "B", "Recruitment and advertising online"),
            ("para", 4, "Smugglers advertise their services on social media and in open or closed "
             "groups on messaging applications, often presenting irregular journeys as safe, "
             "fast and legal. Such advertisements frequently give prices, departure points and "
             "contact numbers, and some carry testimonials from persons said to have travelled "
             "with the same provider."),
            ("para", 5, "Communication between smugglers and migrants increasingly takes place "
             "through encrypted messaging services. This allows smugglers to change routes and "
             "instructions at short notice and to operate across several countries without "
             "meeting the persons they move."),
            ("para", 6, "The shift to online recruitment affects the vulnerability of migrants "
             "in several ways:"),
            ("sub", "(a)", "Migrants may be misled about the conditions, risks and cost of the "
             "journey, and have few means of verifying the information they receive;"),
            ("sub", "(b)", "Personal data and images that migrants share with smugglers can later "
             "be used to threaten or extort them or their families;"),
            ("sub", "(c)", "Migrants who organize their journey online may have fewer contacts "
             "with persons able to inform them of regular migration channels or of protection "
             "services."),
            ("para", 7, "Online recruitment also leaves traces. Advertisements, messages and "
             "account data may constitute evidence of the offence and of the organized nature of "
             "the group involved, provided that they are identified, preserved and obtained in a "
             "form admissible in court."),
            ("section", "C", "Payments and the movement of proceeds"),
            ("para", 8, "Fees for smuggling services are paid in cash, through informal value "
             "transfer systems, through mobile money and, increasingly, through online payment "
             "services and virtual assets. Payments are often split into instalments released "
             "at stages of the journey, sometimes through a third party who holds the money "
             "until the migrant confirms arrival."),
            ("chapter", "II", "Responses and issues for discussion"),
            ("section", "A", "Responses reported by States"),
            ("para", 9, "Several States have reported the creation of specialized units that "
             "monitor online advertisements for smuggling services and refer the information to "
             "investigators. Other States rely on cooperation arrangements with service "
             "providers, under which content offering smuggling services is reported and "
             "removed."),
            ("para", 10, "Financial investigations conducted in parallel with investigations of "
             "the smuggling offence have allowed some States to identify the organizers of "
             "smuggling networks, who are rarely in contact with migrants, and to trace and "
             "confiscate the proceeds of their crimes."),
            ("para", 11, "Obtaining electronic evidence held abroad remains a frequent "
             "difficulty. Practitioners report that requests for mutual legal assistance can "
             "take many months, while data held by service providers may be kept only for short "
             "periods. Article 18 of the Convention provides for the widest measure of mutual "
             "legal assistance and may serve as a legal basis for such requests."),
            ("para", 12, "States have also stressed that measures taken against online smuggling "
             "must respect the rights of migrants, including the principle set out in article 5 "
             "of the Protocol that migrants are not to become liable to criminal prosecution "
             "under the Protocol for the fact of having been the object of smuggling."),
            ("section", "B", "Issues for discussion"),
            ("para", 13, "In preparing for the discussion under agenda item 2, the Working Group "
             "may wish to consider the following questions:"),
            ("sub", "(a)", "What legal and practical measures have States taken to identify and "
             "investigate online advertisements for smuggling services?"),
            ("sub", "(b)", "How can States obtain and preserve, in good time, electronic evidence "
             "held by service providers in other jurisdictions?"),
            ("sub", "(c)", "What experience do States have with financial investigations into "
             "payments made through mobile money, online payment services or virtual assets?"),
            ("sub", "(d)", "Which forms of cooperation with the private sector have proved "
             "useful, and what safeguards accompany them?"),
            ("sub", "(e)", "How can awareness-raising reach migrants who plan their journey "
             "online?"),
            ("para", 14, "The Working Group may also wish to consider recommending that States "
             "parties:"),
            ("sub", "(a)", "Review whether their legislation allows the competent authorities to "
             "obtain and use electronic evidence in cases of migrant smuggling;"),
            ("sub", "(b)", "Make use of the Convention as a legal basis for mutual legal "
             "assistance in such cases;"),
            ("sub", "(c)", "Share relevant cases and legislation with the Secretariat for "
             "inclusion in SHERLOC."),
            ("para", 15, "The Secretariat continues to provide technical assistance to States, "
             "upon request, on the investigation and prosecution of migrant smuggling, including "
             "on electronic evidence and financial investigations."),
            ("para", 16, "The Working Group may wish to provide guidance on the further work of "
             "the Secretariat in this area, including on the tools and training that would be "
             "most useful to practitioners."),
        ),
    },
    "zh": {
        "title": "打击在偷运移民活动中利用网络平台和数字支付服务的行为：秘书处编写的背景文件",
        "blocks": (
            ("chapter", "一", "偷运移民活动的数字层面"),
            ("section", "A", "本文件的目的"),
            ("para", 1, "本文件由秘书处编写，旨在协助偷运移民问题工作组审议其第十二次会议的议程"
             "项目 2。本文件介绍了偷运者利用网络平台和数字支付服务的方式，概述了各国报告的对"
             "策，并提出了工作组似宜处理的问题。"),
            ("note", "1", "CTOC/COP/WG.7/2026/1。"),
            ("ref", "CTOC/COP/WG.7/2026/1"),
            ("para", 2, "大会第 55/25 号决议通过的《联合国打击跨国有组织犯罪公约关于打击陆、海、"
             "空偷运移民的补充议定书》要求缔约国将为直接或间接获得金钱或其他物质利益而故意实施"
             "的偷运移民行为规定为刑事犯罪。《议定书》并不区分线下策划的犯罪和借助数字手段组织"
             "的犯罪，其各项规定对二者均适用。"),
            ("ref", "A/RES/55/25"),
            ("note", "2", "联合国，《条约汇编》，第 2241 卷，第 39574 号。"),
            ("para", 3, "秘书处掌握的信息，包括通过 SHERLOC 知识管理门户网站分享的案例表明，使"
             "用数字工具已成为大多数路线上偷运活动的普遍特征，而不是个别网络的特点。"),
            ("note", "3", "该门户网站网址为 https://sherloc.unodc.org。"),
            ("ref", "https://sherloc.unodc.org"),
            ("section", "B", "网上招揽和广告"),
            ("para", 4, "偷运者在社交媒体上以及在即时通讯应用程序的公开或封闭群组中为其服务做"
             "广告，往往将非正常旅程描述为安全、快捷和合法的旅程。此类广告常常列出价格、出发"
             "地点和联系电话，有些还附有据称曾由同一提供者安排出行者的评价。"),
            ("para", 5, "偷运者与移民之间的联系越来越多地通过加密通讯服务进行。这使偷运者能够"
             "在短时间内改变路线和指示，并能在不与被偷运者见面的情况下跨多个国家活动。"),
            ("para", 6, "转向网上招揽从以下几个方面影响移民的脆弱性："),
            ("sub", "(a)", "移民可能在旅程的条件、风险和费用方面受到误导，而且几乎无法核实所"
             "获得的信息；"),
            ("sub", "(b)", "移民与偷运者分享的个人数据和图像日后可能被用来威胁或勒索移民本人"
             "或其家人；"),
            ("sub", "(c)", "通过网络安排旅程的移民与能够向其介绍正常移民渠道或保护服务的人员"
             "接触可能较少。"),
            ("para", 7, "网上招揽也会留下痕迹。广告、信息和账户数据可构成犯罪以及所涉集团有组"
             "织性质的证据，前提是这些材料得到识别和保全，并以法院可采纳的形式获取。"),
            ("section", "C", "付款和犯罪所得的转移"),
            ("para", 8, "偷运服务费用以现金、非正规价值转移系统和移动货币支付，并越来越多地通"
             "过网上支付服务和虚拟资产支付。付款往往分期进行，在旅程的不同阶段放款，有时由第"
             "三方保管款项，直至移民确认抵达。"),
            ("chapter", "二", "对策和供讨论的问题"),
            ("section", "A", "各国报告的对策"),
            ("para", 9, "若干国家报告设立了专门单位，监测偷运服务网上广告并将有关信息移交调查"
             "人员。另一些国家依靠与服务提供商订立的合作安排，据此报告和删除提供偷运服务的"
             "内容。"),
            ("para", 10, "一些国家在调查偷运犯罪的同时开展金融调查，从而查明了很少与移民接触的"
             "偷运网络组织者，并追查和没收了其犯罪所得。"),
            ("para", 11, "获取存放在国外的电子证据仍是一个常见的难题。从业人员报告说，司法协助"
             "请求可能需要数月才能得到处理，而服务提供商所持有的数据可能只保存很短时间。《公约》"
             "第 18 条规定应提供最大限度的司法协助，可作为此类请求的法律依据。"),
            ("para", 12, "各国还强调，针对网上偷运活动采取的措施必须尊重移民的权利，包括《议定"
             "书》第 5 条所规定的原则，即移民不应因其为偷运行为的对象而受到《议定书》规定的"
             "刑事起诉。"),
            ("section", "B", "供讨论的问题"),
            ("para", 13, "工作组在为议程项目 2 下的讨论做准备时，似宜审议下列问题："),
            ("sub", "(a)", "各国采取了哪些法律和实际措施来识别和调查偷运服务网上广告？"),
            ("sub", "(b)", "各国如何能够及时获取和保全其他管辖区服务提供商所持有的电子证据？"),
            ("sub", "(c)", "各国在对通过移动货币、网上支付服务或虚拟资产进行的付款开展金融调"
             "查方面有哪些经验？"),
            ("sub", "(d)", "与私营部门的哪些合作形式被证明是有用的，并配有哪些保障措施？"),
            ("sub", "(e)", "如何使宣传活动触及通过网络计划旅程的移民？"),
            ("para", 14, "工作组还似宜考虑建议缔约国："),
            ("sub", "(a)", "审查本国立法是否允许主管机关在偷运移民案件中获取和使用电子证据；"),
            ("sub", "(b)", "在此类案件中利用《公约》作为司法协助的法律依据；"),
            ("sub", "(c)", "与秘书处分享相关案例和立法，以便收入 SHERLOC。"),
            ("para", 15, "秘书处继续应请求向各国提供关于偷运移民案件调查和起诉的技术援助，包括"
             "电子证据和金融调查方面的技术援助。"),
            ("para", 16, "工作组似宜就秘书处在这一领域的进一步工作提供指导，包括说明哪些工具和"
             "培训对从业人员最为有用。"),
        ),
    },
}
# fmt: on
