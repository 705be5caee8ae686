"""Create the `ingesters` group: accounts (feeds, scripts) that may post articles to POST /api/sources/.

The permission table is frozen here, as in 0002; `events.curation.GROUP_PERMISSIONS` is the live copy.
"""

from django.db import migrations

PERMISSIONS = [("source", "add"), ("source", "view")]


def create_group(apps, schema_editor):
    db = schema_editor.connection.alias
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.using(db).get_or_create(name="ingesters")
    wanted = []
    for model_name, action in PERMISSIONS:
        model = apps.get_model("events", model_name)
        content_type, _ = ContentType.objects.using(db).get_or_create(app_label="events", model=model_name)
        permission, _ = Permission.objects.using(db).get_or_create(
            content_type=content_type,
            codename=f"{action}_{model_name}",
            defaults={"name": f"Can {action} {model._meta.verbose_name}"},
        )
        wanted.append(permission)
    group.permissions.add(*wanted)


def delete_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.using(schema_editor.connection.alias).filter(name="ingesters").delete()


class Migration(migrations.Migration):
    dependencies = [("events", "0008_geo_precision_district")]

    operations = [migrations.RunPython(create_group, delete_group)]
