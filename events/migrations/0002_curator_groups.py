"""Create the `curators` (change claims, events, localities) and `viewers` (read-only) groups.

On a fresh database this runs before post_migrate has created content types and permissions, so it creates
the ones it needs (post_migrate then finds them and adds nothing). The table is frozen here on purpose:
`events.curation.GROUP_PERMISSIONS` is the live copy that `create_curator` uses to repair the groups.
"""

from django.db import migrations

GROUPS = {
    "curators": [
        ("claim", "view"), ("claim", "change"),
        ("event", "view"), ("event", "change"),
        ("locality", "view"), ("locality", "change"),
        ("source", "view"),
        ("actor", "view"),
    ],
    "viewers": [
        ("claim", "view"), ("event", "view"), ("locality", "view"), ("source", "view"), ("actor", "view"),
    ],
}


def create_groups(apps, schema_editor):
    db = schema_editor.connection.alias
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    for group_name, perms in GROUPS.items():
        group, _ = Group.objects.using(db).get_or_create(name=group_name)
        wanted = []
        for model_name, action in perms:
            model = apps.get_model("events", model_name)
            content_type, _ = ContentType.objects.using(db).get_or_create(app_label="events", model=model_name)
            permission, _ = Permission.objects.using(db).get_or_create(
                content_type=content_type,
                codename=f"{action}_{model_name}",
                defaults={"name": f"Can {action} {model._meta.verbose_name}"},
            )
            wanted.append(permission)
        group.permissions.add(*wanted)


def delete_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.using(schema_editor.connection.alias).filter(name__in=list(GROUPS)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, delete_groups)]
