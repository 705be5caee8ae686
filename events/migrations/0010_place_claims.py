"""PlaceClaims: the explorer's unfiltered map, stored per place and kept by events.place_claims; filled here.

The backfill runs the live rule (events.explorer.aggregate_sql) over every claim: derived data, meant to equal
what the code of the day counts (at a million claims, a few seconds).
"""

import django.db.models.deletion
from django.db import migrations, models


def backfill(apps, schema_editor):
    from events.explorer import aggregate_sql

    claims_sql = "SELECT event_id, COUNT(id) AS n FROM events_claim GROUP BY event_id"
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO events_placeclaims (locality_id, claims_count, contested_claims_count, control_event_id) "
            f"SELECT place_id, claims_count, contested_claims_count, control_event_id FROM ({aggregate_sql(claims_sql)}) a"
        )


class Migration(migrations.Migration):

    dependencies = [
        ('events', '0009_ingesters_group'),
    ]

    operations = [
        migrations.CreateModel(
            name='PlaceClaims',
            fields=[
                ('locality', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='+', serialize=False, to='events.locality')),
                ('claims_count', models.PositiveIntegerField()),
                ('contested_claims_count', models.PositiveIntegerField()),
                ('control_event', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='events.event')),
            ],
            options={
                'verbose_name_plural': 'place claims',
            },
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop, elidable=True),
    ]
