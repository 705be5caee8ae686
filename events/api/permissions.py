"""Anyone may read; curators (staff or the `curators` group) write; ingesters and curators post articles."""

from rest_framework.permissions import SAFE_METHODS, BasePermission

CURATORS_GROUP = "curators"
INGESTERS_GROUP = "ingesters"


def is_curator(user) -> bool:
    if not (user and user.is_authenticated):
        return False
    return user.is_superuser or user.groups.filter(name=CURATORS_GROUP).exists()


class ReadOnlyOrCurator(BasePermission):
    def has_permission(self, request, view) -> bool:
        return request.method in SAFE_METHODS or is_curator(request.user)


def can_ingest(user) -> bool:
    """Curators and members of the `ingesters` group may post articles."""
    if not (user and user.is_authenticated):
        return False
    return user.is_superuser or user.groups.filter(name__in=[CURATORS_GROUP, INGESTERS_GROUP]).exists()


class Ingester(BasePermission):
    def has_permission(self, request, view) -> bool:
        return can_ingest(request.user)
