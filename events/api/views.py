"""API views: thin viewsets of queryset, serializer and filterset."""

from __future__ import annotations

from rest_framework import mixins, viewsets

from events import selectors
from events.api import serializers


class ClaimViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Claims: who asserts, denies or acknowledges which event, in which article, with the verbatim quote."""

    queryset = selectors.claim_list().order_by("id")
    serializer_class = serializers.ClaimSerializer


class EventViewSet(viewsets.ReadOnlyModelViewSet):
    """Events, each with the claims made about it across articles."""

    queryset = selectors.event_list().order_by("id")
    serializer_class = serializers.EventSerializer


class LocalityViewSet(viewsets.ReadOnlyModelViewSet):
    """Places with their French, English and native spellings and coordinates."""

    queryset = selectors.locality_list().order_by("id")
    serializer_class = serializers.LocalitySerializer


class SourceViewSet(viewsets.ReadOnlyModelViewSet):
    """Ingested articles."""

    queryset = selectors.source_list().order_by("id")
    serializer_class = serializers.SourceSerializer

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.SourceDetailSerializer
        return serializers.SourceSerializer

    def get_queryset(self):
        if self.action == "retrieve":
            return selectors.source_detail().order_by("id")
        return super().get_queryset().defer("text")
