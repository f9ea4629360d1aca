"""The masthead: what the first page prints above chapter I, and what page headers repeat.

Each block above the first chapter or paragraph is one fact, read by what it says, not where it
stands (extraction puts the right-hand column of the first page anywhere):

    联合国打击跨国有组织犯罪公约 缔约方会议      a parent body
    Distr.: Limited / 11 September 2017          distribution, issue date
    Chinese / Original: English                  language, original language
    偷运移民问题工作组                            the body
    2017年9月11日至13日，维也纳                   meeting dates and venue
    临时议程*项目 2                               the agenda item
    自然灾害、冲突和危机…                          the title
    秘书处编写的背景文件 / 报告草稿                 the document type

The meeting's ordinal is rarely in the masthead. The text says it: a report in its account of
the opening (`偷运移民问题工作组第七次会议于 2020年 9月 8日和 9日在维也纳举行`), a
background paper in its purpose (`旨在便利偷运移民问题工作组第七次会议的各项讨论`).

One module per step: `pieces` cuts the blocks into pieces, `facts` says what each states,
`title`, `issue_date` and `ordinal` find what no single piece states alone, and `reading`
gathers them into the Masthead (`read_masthead`).
"""
