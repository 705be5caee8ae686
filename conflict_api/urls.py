"""Top-level routes: the explorer page, the API, its OpenAPI schema and docs, the admin and the health checks."""

from django.contrib import admin
from django.http import JsonResponse
from django.urls import include, path, re_path
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

from conflict_api import health
from events import pages

urlpatterns = [
    # Operational, outside /api/: plain Django views, so no throttle, no response cache, not in the schema.
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("", pages.explorer, name="explorer"),
    path("sources/<int:pk>/", pages.source, name="source-page"),
    path("admin/", admin.site.urls),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="swagger-ui"),
    path("api/redoc/", SpectacularRedocView.as_view(url_name="schema"), name="redoc"),
    path("api/", include("events.api.urls")),
    # Anything else under /api/ is a JSON 404, like an unknown id, never Django's HTML page.
    # CSRF-exempt like the API's views, so that a write to an unknown URL is a 404, not the CSRF failure page.
    re_path(r"^api/", csrf_exempt(lambda request, *args, **kwargs: JsonResponse({"detail": "Not found."}, status=404))),
]
