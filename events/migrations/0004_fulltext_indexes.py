"""French full-text GIN indexes for `q`, on PostgreSQL only (SQLite searches with LIKE and has no such index)."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

# (model, field, index name): each matches the expression selectors.text_search() filters on.
INDEXES = [
    ("claim", "quote", "claim_quote_fts_fr"),
    ("source", "title", "source_title_fts_fr"),
    ("source", "text", "source_text_fts_fr"),
    ("event", "summary", "event_summary_fts_fr"),
]


def _index(field: str, name: str) -> GinIndex:
    return GinIndex(SearchVector(field, config="french"), name=name)


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model, field, name in INDEXES:
        schema_editor.add_index(apps.get_model("events", model), _index(field, name))


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for model, field, name in INDEXES:
        schema_editor.remove_index(apps.get_model("events", model), _index(field, name))


class Migration(migrations.Migration):
    dependencies = [("events", "0003_locality_keys")]

    operations = [migrations.RunPython(create, drop)]
