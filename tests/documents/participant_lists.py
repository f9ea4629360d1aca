"""Lists of participants written for the tests in the UN's layout (no real one is in ../shared).

Each stands for the list of participants of the seventh meeting of the Working Group on the
Smuggling of Migrants (Vienna, 8 and 9 September 2020), CTOC/COP/WG.7/2020/INF/1, as the
secretariat issues it in one language: the masthead, then the category headings, each delegation
on a line of its own and its people under it, the first of each role after the role's label.
Names of people are invented.
"""

# The English list: States parties, a signatory, observers (a State whose kind gives its
# category, and one the portal does not know, straight under "Observers"), the European Union,
# a United Nations entity; a page header and a job number between the entries, as a PDF's text
# carries them.
ENGLISH = """\
United Nations CTOC/COP/WG.7/2020/INF/1
Conference of the Parties to the United Nations Convention against Transnational Organized Crime
Distr.: General
9 September 2020
English only
Working Group on the Smuggling of Migrants
Vienna, 8 and 9 September 2020

List of participants

States parties to the Protocol

Argentina
Representative: H.E. Mr. Rafael Grossi, Ambassador, Permanent Representative
Alternate representatives: Ms. María López, Counsellor, Permanent Mission
Mr. Carlos Ruiz, First Secretary, Permanent Mission

Italy
Representative: Ms. Giulia Rossi, Head of delegation

CTOC/COP/WG.7/2020/INF/1
2/3 V.20-04711

Mexico
Mr. Juan Pérez, Minister, Deputy Permanent Representative

Signatory States

Japan
Representative: Mr. Taro Yamada, Counsellor, Permanent Mission

Observers

Holy See
Rev. Fr. Paolo Bianchi, Attaché, Permanent Mission

Ruritania
Representative: Mr. Rudolf Rassendyll, Envoy

Regional economic integration organizations

European Union
Mr. Jan Novak, Policy Officer, Delegation of the European Union

United Nations entities

Office of the United Nations High Commissioner for Refugees
Ms. Anna Berg, Senior Legal Officer
"""

# The Chinese list: the title after the name ("先生", "女士阁下"), full-width colons and commas.
CHINESE = """\
联合国 CTOC/COP/WG.7/2020/INF/1
联合国打击跨国有组织犯罪公约缔约方会议
Distr.: General
2020年9月9日
偷运移民问题工作组
2020年9月8日和9日，维也纳

与会者名单

缔约国

阿根廷
代表：拉斐尔·格罗西先生阁下，大使，常驻代表
副代表：玛丽亚·洛佩斯女士，参赞，常驻代表团

意大利
代表：朱莉娅·罗西女士，代表团团长

签署国

日本
代表：山田太郎先生，参赞，常驻代表团
"""

# The French list: "M.", "Mme", "S. E. M.", a colon after a space.
FRENCH = """\
Nations Unies CTOC/COP/WG.7/2020/INF/1
Distr. générale
9 septembre 2020
Français
Groupe de travail sur le trafic illicite de migrants
Vienne, 8 et 9 septembre 2020

Liste des participants

États parties

Argentine
Représentant : S. E. M. Rafael Grossi, Ambassadeur, Représentant permanent
Représentante suppléante : Mme María López, Conseillère, Mission permanente

Italie
Représentante : Mme Giulia Rossi, Chef de délégation

Organisations intergouvernementales

Organisation internationale pour les migrations
M. Pierre Martin, Conseiller juridique
"""

# The Spanish list: "Excmo. Sr.", "Sra.".
SPANISH = """\
Naciones Unidas CTOC/COP/WG.7/2020/INF/1
Distr. general
9 de septiembre de 2020
Español
Grupo de Trabajo sobre el Tráfico Ilícito de Migrantes
Viena, 8 y 9 de septiembre de 2020

Lista de participantes

Estados partes

Argentina
Representante: Excmo. Sr. Rafael Grossi, Embajador, Representante Permanente
Representante suplente: Sra. María López, Consejera, Misión Permanente

México
Representante: Sr. Juan Pérez, Ministro

Estados signatarios

Japón
Representante: Sr. Taro Yamada, Consejero, Misión Permanente
"""

# The Russian list: "г-н", "г-жа", "Его Превосходительство".
RUSSIAN = """\
Организация Объединенных Наций CTOC/COP/WG.7/2020/INF/1
Distr.: General
9 September 2020
Russian
Рабочая группа по незаконному ввозу мигрантов
Вена, 8 и 9 сентября 2020 года

Список участников

Государства-участники

Аргентина
Представитель: Его Превосходительство г-н Рафаэль Гросси, посол, постоянный представитель

Италия
Представитель: г-жа Джулия Росси, глава делегации
"""
