"""The portal's URLs: public pages (the language switch among them), the admin for editors."""

from django.contrib import admin
from django.urls import include, path
from rest_framework.routers import DefaultRouter

from documents.api import ImportJobViewSet

admin.site.site_header = "wgportal"
admin.site.site_title = "wgportal"
admin.site.index_title = "Secretariat"

api = DefaultRouter()
api.register("import-jobs", ImportJobViewSet, basename="import-job")

urlpatterns = [
    path("", include("documents.urls")),
    path("", include("meetings.urls")),
    path("", include("recommendations.urls")),
    path("admin/", admin.site.urls),
    path("api/v1/", include(api.urls)),
]
# Media is never served as is: source files of Limited documents live there too; downloads go
# through views that check visibility.
