"""Small builders for test data (factory_boy). Reference entities come from the migrations."""

import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from documents.models import Document, Footnote, LanguageVersion, Paragraph
from meetings.models import AgendaItem, Body, Meeting
from recommendations.models import Recommendation, Theme
from reports.models import DraftReport, ReportSection

# Every user the factories make signs in with it.
PASSWORD = "correct horse battery staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        if create and names:
            self.groups.set(Group.objects.filter(name__in=names))


class BodyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Body
        django_get_or_create = ["symbol_prefix"]

    symbol_prefix = "CTOC/COP/WG.7"
    name_en = "Working Group on the Smuggling of Migrants"
    name_zh = "偷运移民问题工作组"


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    body = factory.SubFactory(BodyFactory)
    ordinal = factory.Sequence(lambda n: n + 1)
    start_date = datetime.date(2020, 9, 8)
    end_date = datetime.date(2020, 9, 9)
    venue_en = "Vienna"
    venue_zh = "维也纳"
    status = Meeting.Status.HELD
    published = True


class AgendaItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgendaItem

    meeting = factory.SubFactory(MeetingFactory)
    number = factory.Sequence(lambda n: n + 1)
    title_en = "Other matters"
    title_zh = "其他事项"


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document

    symbol = factory.Sequence(lambda n: f"CTOC/COP/WG.7/2020/{n + 10}")
    type = Document.Type.BACKGROUND_PAPER
    distribution = Document.Distribution.GENERAL
    issue_date = datetime.date(2020, 6, 30)
    original_language = "en"
    meeting = factory.SubFactory(MeetingFactory)
    published = True


class LanguageVersionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LanguageVersion

    document = factory.SubFactory(DocumentFactory)
    language = "zh"
    title = "秘书处编写的背景文件"


class ParagraphFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Paragraph

    version = factory.SubFactory(LanguageVersionFactory)
    number = factory.Sequence(lambda n: n + 1)
    order = factory.SelfAttribute("number")
    text = "缔约国不妨考虑加强执法合作。"


class FootnoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Footnote

    version = factory.SubFactory(LanguageVersionFactory)
    marker = factory.Sequence(lambda n: str(n + 1))
    order = factory.Sequence(lambda n: n + 1)
    text = "CTOC/COP/WG.7/2020/1。"


class DraftReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DraftReport

    meeting = factory.SubFactory(MeetingFactory)
    document = factory.SubFactory(
        DocumentFactory,
        meeting=factory.SelfAttribute("..meeting"),
        symbol=factory.Sequence(lambda n: f"CTOC/COP/WG.7/2020/L.{n + 1}"),
        type=Document.Type.DRAFT_REPORT,
        distribution=Document.Distribution.LIMITED,
        published=False,
    )


class ReportSectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReportSection

    report = factory.SubFactory(DraftReportFactory)
    language = "zh"
    kind = ReportSection.Kind.CHAPTER
    key = factory.Sequence(lambda n: f"section-{n}")
    number = "五"
    order = factory.Sequence(lambda n: n + 1)
    heading = "通过报告"
    text = "27. 工作组于 2020 年 9 月 9 日通过了本次会议报告。"


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme

    code = factory.Sequence(lambda n: f"theme-{n}")
    name_en = "Criminal justice responses"
    name_zh = "刑事司法对策"


class RecommendationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Recommendation

    meeting = factory.SubFactory(MeetingFactory)
    number = factory.Sequence(lambda n: n + 1)
    text_zh = "鼓励各国在打击偷运移民方面加强司法合作。"
    text_en = "States are encouraged to strengthen judicial cooperation against migrant smuggling."
    status = Recommendation.Status.ADOPTED
