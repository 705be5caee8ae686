"""PlaceClaims: the explorer's unfiltered map, stored per place and kept by events.place_claims; filled here.

The backfill runs the live rule (events.explorer.aggregate_sql) over every claim: derived data, meant to equal
what the code of the day counts (at a million claims, a few seconds).
"""

import django.db.models.deletion
from django.db import migrations, models


def backfill(apps, schema_editor):
    from events.explorer import aggregate_sql
    from events.place_claims import insert_sql

    claims_sql = "SELECT event_id, COUNT(id) AS n FROM events_claim GROUP BY event_id"
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(insert_sql(aggregate_sql(claims_sql)))


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
                ('control_event_type', models.CharField(blank=True, choices=[('capture', 'Capture'), ('withdrawal', 'Withdrawal'), ('offensive', 'Offensive'), ('attack_repelled', 'Attack repelled'), ('strike', 'Strike'), ('interception', 'Interception'), ('prisoners', 'Prisoners'), ('casualties', 'Casualties'), ('displacement', 'Displacement'), ('deployment', 'Deployment'), ('territorial_control', 'Territorial control'), ('encirclement', 'Encirclement'), ('agreement', 'Agreement')], max_length=24)),
                ('control_actor_side', models.CharField(blank=True, choices=[('RU', 'Russia'), ('UA', 'Ukraine'), ('US', 'United States'), ('KP', 'North Korea'), ('INT', 'International (ISW, UN, NGOs...)'), ('media', 'Media (the article itself)'), ('other', 'Other')], max_length=8, null=True)),
                ('control_occurred_on', models.DateField(blank=True, null=True)),
                ('control_contested', models.BooleanField(default=False)),
                ('control_event', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='events.event')),
            ],
            options={
                'verbose_name_plural': 'place claims',
            },
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop, elidable=True),
    ]
