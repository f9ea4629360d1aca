"""The documents API: documents by symbol (or "~<id>" without one), their versions' paragraphs
and footnotes, and import jobs for importers."""

import django_filters
from django.db.models import Prefetch
from django.utils.http import http_date
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import generics, mixins, serializers, status, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.generics import get_object_or_404
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.permissions import AllowAny, DjangoModelPermissions
from rest_framework.response import Response

from documents.models import NEWEST_FIRST, Document, ImportJob, LanguageVersion
from documents.models.documents import document_year_q
from documents.parsing import symbols
from documents.serializers import (
    DocumentDetailSerializer,
    DocumentSerializer,
    FootnoteSerializer,
    ImportJobSerializer,
    ImportUploadSerializer,
    ParagraphSerializer,
)
from documents.services import create_import_job
from meetings.models import AgendaItem, Meeting
from wgportal.api.visibility import Visible
from wgportal.languages import Language


class ReadersNeedViewPermission(DjangoModelPermissions):
    """Model permissions where reading needs the view permission too: jobs are not public."""

    perms_map = {
        **DjangoModelPermissions.perms_map,
        "GET": ["%(app_label)s.view_%(model_name)s"],
        "HEAD": ["%(app_label)s.view_%(model_name)s"],
    }


class ImportJobViewSet(
    mixins.CreateModelMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    """Upload texts to import (importers) and poll the jobs they became."""

    queryset = ImportJob.objects.select_related("document", "created_by").order_by("-pk")
    serializer_class = ImportJobSerializer
    permission_classes = [ReadersNeedViewPermission]
    parser_classes = [MultiPartParser, FormParser]

    @extend_schema(
        request=ImportUploadSerializer,
        responses={
            201: ImportJobSerializer(many=True),
            202: OpenApiResponse(
                ImportJobSerializer(many=True),
                description="The jobs are saved but the job queue cannot be reached: they run "
                "once it is back, without a new upload (`waits_for_queue`).",
            ),
        },
    )
    def create(self, request, *args, **kwargs) -> Response:
        upload = ImportUploadSerializer(data=request.data)
        upload.is_valid(raise_exception=True)
        jobs = [
            create_import_job(
                name=file.name,
                data=file.read(),
                user=request.user,
                language=upload.validated_data["language"],
            )
            for file in upload.validated_data["files"]
        ]
        data = ImportJobSerializer(jobs, many=True).data
        if any(job.send_failed for job in jobs):
            # Accepted, not yet queued: the jobs are saved and run once the broker is back.
            return Response(data, status=status.HTTP_202_ACCEPTED)
        return Response(data, status=status.HTTP_201_CREATED)


# A row's id as a filter takes it: a number out of the ids' range is a 400, not a 500 in the lookup.
ROW_ID = {"min_value": 1, "max_value": 2**63 - 1, "decimal_places": 0}


class DocumentFilter(django_filters.FilterSet):
    symbol = django_filters.CharFilter(method="filter_symbol", help_text="A UN document symbol")
    symbol_prefix = django_filters.CharFilter(
        field_name="symbol", lookup_expr="startswith", help_text="The start of symbols"
    )
    body = django_filters.CharFilter(field_name="body__symbol_prefix", help_text="Symbol prefix")
    # Bounded as Python's dates are: a year past them was a 500 in the lookup.
    year = django_filters.NumberFilter(
        method="filter_year",
        min_value=1,
        max_value=9999,
        help_text="Year of the meeting, or of issue without one",
    )
    language = django_filters.ChoiceFilter(
        choices=Language.choices, method="filter_language", help_text="Available in"
    )
    # Through the public rows, as the documents name them: filtering by a withdrawn or
    # unannounced row's id would tell which documents it is linked to.
    meeting = django_filters.NumberFilter(method="filter_meeting", **ROW_ID)
    agenda_item = django_filters.NumberFilter(method="filter_agenda_item", **ROW_ID)

    class Meta:
        model = Document
        fields = ["symbol", "symbol_prefix", "body", "meeting", "year", "type", "distribution",
                  "language", "agenda_item"]  # fmt: skip

    def filter_symbol(self, rows, name, value):
        try:
            parsed = symbols.parse(value)
        except symbols.SymbolError as error:
            raise ValidationError({"symbol": [f"Not a UN document symbol: {error}"]}) from error
        return rows.filter(symbol=str(parsed))

    def filter_year(self, rows, name, value):
        return rows.filter(document_year_q(int(value)))

    def filter_language(self, rows, name, value):
        return rows.filter(versions__language=value)

    def filter_meeting(self, rows, name, value):
        return rows.filter(meeting__in=Meeting.objects.public().filter(pk=value))

    def filter_agenda_item(self, rows, name, value):
        return rows.filter(agenda_items__in=AgendaItem.objects.public().filter(pk=value))


class LastModified:
    """Detail responses say when the row last changed (`updated_at`), for conditional GETs."""

    def retrieve(self, request, *args, **kwargs) -> Response:
        response = super().retrieve(request, *args, **kwargs)
        changed = getattr(self.get_object(), "updated_at", None)
        if changed is not None:
            response["Last-Modified"] = http_date(changed.timestamp())
        return response


ADDRESS_PARAMETER = OpenApiParameter(
    "address",
    OpenApiTypes.STR,
    OpenApiParameter.PATH,
    description='The document\'s symbol ("CTOC/COP/WG.7/2020/2"), or "~" and its id ("~42") '
    "for a document printed without a symbol, as its `url` gives it",
)


@extend_schema_view(retrieve=extend_schema(parameters=[ADDRESS_PARAMETER]))
class DocumentViewSet(LastModified, Visible, viewsets.ReadOnlyModelViewSet):
    """Public documents, by symbol (/api/v1/documents/CTOC/COP/WG.7/2020/2/), or by "~<id>"
    for a document printed without one (/api/v1/documents/~42/)."""

    model = Document
    filterset_class = DocumentFilter
    lookup_field = "symbol"
    lookup_url_kwarg = "address"
    lookup_value_regex = r"[^?#]+?"
    ordering_fields = ["issue_date", "symbol"]
    ordering = NEWEST_FIRST

    def get_queryset(self):
        # Documents are read as the public sees them, editors included: drafts live in reports.
        return self.visible_queryset(Document.objects.public())

    def get_serializer_class(self):
        return DocumentDetailSerializer if self.action == "retrieve" else DocumentSerializer

    def get_object(self) -> Document:
        rows = self.filter_queryset(self.get_queryset())
        document = get_object_or_404(rows.at_address(self.kwargs["address"]))
        self.check_object_permissions(self.request, document)
        return document

    def visible_queryset(self, rows):
        # A list needs only each version's language; the prefetch hands every version its
        # document, so none is read twice.
        versions = LanguageVersion.objects.all()
        if self.action == "list":
            versions = versions.only("id", "document_id", "language")
        return (
            rows.with_public_meeting()
            .select_related("body", "meeting")
            .prefetch_related(
                Prefetch(
                    "agenda_items", AgendaItem.objects.public(), to_attr="public_agenda_items"
                ),
                Prefetch("versions", versions),
            )
        )


class VersionRows(generics.ListAPIView):
    """Rows of one public language version of a document, in reading order, page by page."""

    def rows(self, name: str):
        """The version's `name` ("paragraphs"); none while drf-spectacular reads the view."""
        if getattr(self, "swagger_fake_view", False):
            return getattr(LanguageVersion, name).rel.related_model.objects.none()
        return getattr(self.version(), name).all()

    def version(self) -> LanguageVersion:
        return get_object_or_404(
            LanguageVersion.objects.public(),
            document__in=Document.objects.at_address(self.kwargs["address"]),
            language=self.kwargs["language"],
        )


@extend_schema_view(get=extend_schema(parameters=[ADDRESS_PARAMETER]))
class VersionParagraphs(VersionRows):
    """A document's paragraphs in one language: …/documents/<address>/versions/zh/paragraphs/."""

    serializer_class = ParagraphSerializer
    ordering_fields = ["order"]
    ordering = ["order"]

    def get_queryset(self):
        return self.rows("paragraphs").select_related("section", "parent")


@extend_schema_view(get=extend_schema(parameters=[ADDRESS_PARAMETER]))
class VersionFootnotes(VersionRows):
    """The footnotes of a document in one language."""

    serializer_class = FootnoteSerializer
    ordering_fields = ["order"]
    ordering = ["order"]

    def get_queryset(self):
        return self.rows("footnotes").select_related("paragraph")


class PingSerializer(serializers.Serializer):
    status = serializers.CharField()


class PingView(generics.GenericAPIView):
    """A trivial answer, without database, user or throttle: the yardstick of bench_api."""

    serializer_class = PingSerializer
    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = []

    def get(self, request) -> Response:
        return Response({"status": "ok"})
