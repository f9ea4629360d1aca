"""The documents API (DRF): import jobs for importers."""

from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.permissions import DjangoModelPermissions
from rest_framework.response import Response

from documents.models import ImportJob
from documents.serializers import ImportJobSerializer, ImportUploadSerializer
from documents.services import create_import_job


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

    @extend_schema(request=ImportUploadSerializer, responses={201: ImportJobSerializer(many=True)})
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
        return Response(ImportJobSerializer(jobs, many=True).data, status=status.HTTP_201_CREATED)
