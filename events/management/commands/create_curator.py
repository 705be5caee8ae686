"""`manage.py create_curator USERNAME [--password-from-env VAR]`: a staff user in the curators group."""

from __future__ import annotations

import getpass
import os
import sys

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from events.curation import CURATORS, GROUP_PERMISSIONS, INGESTERS, curator_create


class Command(BaseCommand):
    help = (
        "Create a curator: a staff user (not a superuser) in the `curators` group, who logs in at /admin/. "
        "The password comes from an environment variable (--password-from-env VAR) or is asked for on a terminal. "
        "Running it again for an existing user adds the group and, if given, sets the new password."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--password-from-env", metavar="VAR", help="read the password from this env variable")
        parser.add_argument("--email", default="")
        parser.add_argument(
            "--group", default=CURATORS, choices=sorted(GROUP_PERMISSIONS),
            help="curators (default: may edit), viewers (read-only) or ingesters (post articles over HTTP, no admin)",
        )

    def handle(self, *args, username: str, password_from_env: str | None, email: str, group: str, **options):
        password = self._password(password_from_env)
        try:
            user, created = curator_create(username=username, password=password, email=email, group=group)
        except ValidationError as exc:
            raise CommandError("password rejected: " + " ".join(exc.messages)) from exc
        if user.is_superuser:
            self.stderr.write(self.style.WARNING(f"{username} is also a superuser; left as is"))
        verb = "created" if created else "updated"
        how = "" if password is not None or not created else " (no password set: use `manage.py changepassword`)"
        where = "post articles with its token (manage.py drf_create_token)" if group == INGESTERS else "log in at /admin/"
        self.stdout.write(self.style.SUCCESS(f"{verb} {group[:-1]} {username}{how}; {where}"))

    def _password(self, var: str | None) -> str | None:
        if var:
            value = os.environ.get(var)
            if not value:
                raise CommandError(f"environment variable {var} is not set or empty")
            return value
        if not sys.stdin.isatty():
            return None
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Password (again): "):
            raise CommandError("the two passwords differ")
        return first or None
