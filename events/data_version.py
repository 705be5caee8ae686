"""The version of the data: a number that grows with every committed change to the records.

The API caches its JSON responses under this number (events.api.caching). Any write moves it, once per
transaction and only after the commit, so that a reader who sees the new number also sees the new rows:

- saves, deletes and many-to-many changes of the app's models (admin, API curation, services) through signals;
- bulk writes, which send no signal (`bulk_create`, `update()`, COPY), by calling `changed()` themselves:
  the ingest service and the benchmark loader do.

Writes made outside the application (SQL by hand) are not seen: the cache's time-to-live bounds how long they
stay invisible.
"""

from __future__ import annotations

from django.db import DEFAULT_DB_ALIAS, IntegrityError, transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

ROW = 1


def current(using: str = DEFAULT_DB_ALIAS) -> int:
    from events.models import DataVersion

    version = DataVersion.objects.using(using).filter(pk=ROW).values_list("version", flat=True).first()
    return version or 0


def _bump(using: str) -> None:
    from events.models import DataVersion

    now = timezone.now()
    if DataVersion.objects.using(using).filter(pk=ROW).update(version=F("version") + 1, changed_at=now):
        return
    try:
        with transaction.atomic(using=using):
            DataVersion.objects.using(using).create(pk=ROW, version=1, changed_at=now)
    except IntegrityError:  # created meanwhile by another process
        DataVersion.objects.using(using).filter(pk=ROW).update(version=F("version") + 1, changed_at=now)


def changed(using: str = DEFAULT_DB_ALIAS) -> None:
    """Record that the data changed: now, or when the current transaction commits (once per transaction)."""
    connection = transaction.get_connection(using)
    if connection.in_atomic_block:
        if any(getattr(entry[1], "data_version_bump", False) for entry in connection.run_on_commit):
            return
        callback = lambda: _bump(using)  # noqa: E731
        callback.data_version_bump = True
        transaction.on_commit(callback, using=using)
    else:
        _bump(using)


def _is_record(sender) -> bool:
    meta = getattr(sender, "_meta", None)
    return meta is not None and meta.app_label == "events" and meta.model_name != "dataversion"


def _on_write(sender, using: str = DEFAULT_DB_ALIAS, **kwargs) -> None:
    if _is_record(sender):
        changed(using)


def _on_m2m(sender, action: str, using: str = DEFAULT_DB_ALIAS, **kwargs) -> None:
    if action.startswith("post_") and _is_record(kwargs["model"]):
        changed(using)


def connect() -> None:
    post_save.connect(_on_write, dispatch_uid="data_version_save")
    post_delete.connect(_on_write, dispatch_uid="data_version_delete")
    m2m_changed.connect(_on_m2m, dispatch_uid="data_version_m2m")
