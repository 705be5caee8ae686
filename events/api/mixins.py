"""View mixins: streamed exports on list views, curator edits that answer with the read representation."""

from __future__ import annotations

from typing import Any

from django.db.models import Model
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.response import Response

from events.api import exports


class ExportMixin:
    """`?format=csv` and `?format=geojson` on a list: the whole filtered set, streamed (see events.api.exports).

    A view sets `exporter`; errors are always answered in JSON whatever format was asked for.
    """

    exporter: exports.Exporter
    list_renderer_classes = [JSONRenderer, BrowsableAPIRenderer, exports.CSVRenderer, exports.GeoJSONRenderer]

    def get_renderers(self):
        if self.action == "list":
            return [renderer() for renderer in self.list_renderer_classes]
        return super().get_renderers()

    def list(self, request, *args, **kwargs):
        fmt = request.accepted_renderer.format
        if fmt in ("csv", "geojson"):
            spec = self.filterset_class.ordering_spec(request.query_params.get("ordering"))
            queryset = self.filter_queryset(self.get_queryset()).order_by(*spec.order_by())
            if fmt == "csv":
                return exports.csv_response(self.exporter, queryset)
            return exports.geojson_response(self.exporter, queryset)
        return super().list(request, *args, **kwargs)

    def handle_exception(self, exc):
        request = getattr(self, "request", None)
        renderer = getattr(request, "accepted_renderer", None)
        if request is not None and not isinstance(renderer, JSONRenderer | BrowsableAPIRenderer):
            request.accepted_renderer, request.accepted_media_type = JSONRenderer(), JSONRenderer.media_type
        return super().handle_exception(exc)


UNCHANGED_HEADER = "X-Unchanged"


def changed_fields(instance: Model, validated: dict[str, Any]) -> list[str]:
    """The fields whose validated value differs from the stored one (many-to-many compared as sets of ids)."""
    changed = []
    for name, value in validated.items():
        field = instance._meta.get_field(name)
        if field.many_to_many:
            stored = set(getattr(instance, name).values_list("pk", flat=True))
            differs = stored != {getattr(item, "pk", item) for item in value}
        else:
            differs = getattr(instance, name) != value
        if differs:
            changed.append(name)
    return changed


class CurationMixin:
    """PATCH with a write serializer (`curation_serializer_class`), answered with the read representation.

    A PATCH that changes nothing (`{}`, only fields a curator cannot set, or the values already stored) writes
    nothing: the record is not marked curated, no history entry, no new `updated_at` nor data version. The
    answer is the same 200 with the record, and `X-Unchanged: true` says that nothing was written.
    """

    curation_serializer_class: type

    def partial_update(self, request, *args, **kwargs):
        instance = self.get_object()
        serializer = self.curation_serializer_class(instance, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        changed = changed_fields(instance, serializer.validated_data)
        if changed:
            serializer.save()
        fresh = self.get_queryset().get(pk=instance.pk)
        return Response(self.get_serializer(fresh).data, headers={UNCHANGED_HEADER: "false" if changed else "true"})
