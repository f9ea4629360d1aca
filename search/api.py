"""The search API: the search box's engine and rules, for clients."""

from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from documents.models import Document
from wgportal.languages import Language

from .queries import search
from .results import SearchFilters
from .serializers import SearchResultsSerializer


class SearchParameters(serializers.Serializer):
    q = serializers.CharField(max_length=200, help_text="Words, a phrase or a document symbol")
    body = serializers.IntegerField(required=False, min_value=1)
    meeting = serializers.IntegerField(required=False, min_value=1)
    year = serializers.IntegerField(required=False, min_value=1, max_value=9999)
    language = serializers.ChoiceField(choices=Language.choices, required=False)
    type = serializers.ChoiceField(choices=Document.Type.choices, required=False)
    theme = serializers.IntegerField(required=False, min_value=1)
    page = serializers.IntegerField(required=False, min_value=1, max_value=10_000, default=1)
    lang = serializers.ChoiceField(choices=Language.choices, required=False)


class SearchView(generics.GenericAPIView):
    """The search box's engine and rules: paragraphs, recommendations, titles and symbols."""

    serializer_class = SearchResultsSerializer
    permission_classes = [AllowAny]
    filter_backends = []

    @extend_schema(parameters=[SearchParameters])
    def get(self, request) -> Response:
        known = set(SearchParameters().fields) | {"format"}
        unknown = sorted(set(request.query_params) - known)
        if unknown:
            raise ValidationError({name: ["Unknown parameter."] for name in unknown})
        asked = SearchParameters(data=request.query_params)
        asked.is_valid(raise_exception=True)
        data = asked.validated_data
        results = search(
            text=data["q"],
            filters=SearchFilters(
                body=data.get("body"),
                meeting=data.get("meeting"),
                year=data.get("year"),
                language=data.get("language", ""),
                document_type=data.get("type", ""),
                theme=data.get("theme"),
            ),
            page=data["page"],
            reader_language=data.get("lang", "en"),
        )
        return Response(self.get_serializer(results).data)
