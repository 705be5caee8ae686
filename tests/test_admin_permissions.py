"""Roles: curators change claims, events and places; viewers only read; nobody else gets in. create_curator."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from test_admin_fixtures import *  # noqa: F403  (the shared fixtures, used by name)
from test_admin_fixtures import PASSWORD

from events.curation import GROUP_PERMISSIONS
from events.models import Claim

EXPECTED = {
    "curators": {"view_claim", "change_claim", "view_event", "change_event", "view_locality", "change_locality",
                 "view_source", "view_actor"},
    "viewers": {"view_claim", "view_event", "view_locality", "view_source", "view_actor"},
    "ingesters": {"add_source", "view_source"},
}


def perms(group: str) -> set[str]:
    return set(Group.objects.get(name=group).permissions.values_list("codename", flat=True))


def test_the_migrations_created_the_curators_viewers_and_ingesters_groups(db):
    assert perms("curators") == EXPECTED["curators"]
    assert perms("viewers") == EXPECTED["viewers"]
    assert perms("ingesters") == EXPECTED["ingesters"]


def test_the_live_permission_table_matches_the_migration(db):
    assert {g: {f"{a}_{m}" for m, a in p} for g, p in GROUP_PERMISSIONS.items()} == EXPECTED


@pytest.mark.parametrize("name", ["claim", "event", "locality"])
def test_a_curator_can_open_and_change_claims_events_and_places(curator_client, contested, ocheretyne, name):
    obj = {"claim": contested["ru"], "event": contested["event"], "locality": ocheretyne}[name]
    assert curator_client.get(reverse(f"admin:events_{name}_changelist")).status_code == 200
    response = curator_client.get(reverse(f"admin:events_{name}_change", args=[obj.pk]))
    assert response.status_code == 200
    assert response.context["has_change_permission"] is True


def test_a_curator_cannot_administer_users_or_delete_claims(curator_client, contested):
    assert curator_client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert curator_client.get(reverse("admin:auth_group_changelist")).status_code == 403
    assert curator_client.get(reverse("admin:events_claim_delete", args=[contested["ru"].pk])).status_code == 403
    index = curator_client.get(reverse("admin:index")).content.decode()
    assert "/admin/auth/" not in index


def test_a_viewer_reads_everything_and_changes_nothing(viewer_client, contested):
    ru = contested["ru"]
    url = reverse("admin:events_claim_change", args=[ru.pk])
    response = viewer_client.get(url)
    assert response.status_code == 200
    assert response.context["has_change_permission"] is False
    assert "Save and mark verified" not in response.content.decode()
    assert viewer_client.post(url, {"review_status": "verified"}).status_code == 403
    changelist = viewer_client.get(reverse("admin:events_claim_changelist"))
    assert changelist.status_code == 200
    assert "mark_verified" not in changelist.content.decode()
    viewer_client.post(reverse("admin:events_claim_changelist"),
                       {"action": "mark_verified", "_selected_action": [ru.pk]})
    ru.refresh_from_db()
    assert ru.review_status == "unreviewed"
    assert viewer_client.get(reverse("admin:events_claim_history", args=[ru.pk])).status_code == 200


def test_someone_without_a_role_is_sent_to_the_login_page(client, contested):
    response = client.get(reverse("admin:events_claim_changelist"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_create_curator_makes_a_staff_user_in_the_curators_group(db, monkeypatch):
    monkeypatch.setenv("CURATOR_PASSWORD", PASSWORD)
    call_command("create_curator", "ada", "--password-from-env", "CURATOR_PASSWORD", stdout=open("/dev/null", "w"))
    user = get_user_model().objects.get(username="ada")
    assert (user.is_staff, user.is_superuser, user.is_active) == (True, False, True)
    assert list(user.groups.values_list("name", flat=True)) == ["curators"]
    assert user.has_perm("events.change_claim") and not user.has_perm("auth.change_user")
    client = Client()
    assert client.login(username="ada", password=PASSWORD)
    assert client.get(reverse("admin:events_claim_changelist")).status_code == 200


def test_create_curator_run_again_updates_the_password_and_keeps_one_user(db, monkeypatch):
    monkeypatch.setenv("CURATOR_PASSWORD", PASSWORD)
    call_command("create_curator", "ada", "--password-from-env", "CURATOR_PASSWORD", stdout=open("/dev/null", "w"))
    monkeypatch.setenv("CURATOR_PASSWORD", PASSWORD + "-new")
    call_command("create_curator", "ada", "--password-from-env", "CURATOR_PASSWORD", stdout=open("/dev/null", "w"))
    assert get_user_model().objects.filter(username="ada").count() == 1
    assert get_user_model().objects.get(username="ada").check_password(PASSWORD + "-new")


def test_create_curator_refuses_a_missing_or_weak_password(db, monkeypatch):
    with pytest.raises(CommandError, match="not set"):
        call_command("create_curator", "ada", "--password-from-env", "NO_SUCH_VARIABLE")
    monkeypatch.setenv("CURATOR_PASSWORD", "1234")
    with pytest.raises(CommandError, match="password rejected"):
        call_command("create_curator", "ada", "--password-from-env", "CURATOR_PASSWORD")
    assert not get_user_model().objects.filter(username="ada").exists()


def test_create_curator_can_make_a_viewer(db, monkeypatch):
    monkeypatch.setenv("CURATOR_PASSWORD", PASSWORD)
    call_command("create_curator", "vic", "--group", "viewers", "--password-from-env", "CURATOR_PASSWORD",
                 stdout=open("/dev/null", "w"))
    user = get_user_model().objects.get(username="vic")
    assert user.has_perm("events.view_claim") and not user.has_perm("events.change_claim")


def test_groups_deleted_by_hand_are_repaired_by_create_curator(db, monkeypatch):
    Group.objects.filter(name="curators").delete()
    monkeypatch.setenv("CURATOR_PASSWORD", PASSWORD)
    call_command("create_curator", "ada", "--password-from-env", "CURATOR_PASSWORD", stdout=open("/dev/null", "w"))
    assert perms("curators") == EXPECTED["curators"]
    assert Claim.objects.count() == 0


def test_a_viewer_sees_the_event_fields_of_a_claim_as_text(viewer_client, contested):
    html = viewer_client.get(reverse("admin:events_claim_change", args=[contested["ru"].pk])).content.decode()
    assert "Russia" in html and "Ocheretyne" in html and "Capture of Ocheretyne" in html
    assert 'name="event_summary"' not in html
