"""Anyone may read; writing needs an authenticated curator (staff or member of the `curators` group)."""

from rest_framework.permissions import SAFE_METHODS, BasePermission

CURATORS_GROUP = "curators"


def is_curator(user) -> bool:
    if not (user and user.is_authenticated):
        return False
    return user.is_superuser or user.groups.filter(name=CURATORS_GROUP).exists()


class ReadOnlyOrCurator(BasePermission):
    def has_permission(self, request, view) -> bool:
        return request.method in SAFE_METHODS or is_curator(request.user)
