"""Regenerate the Python client from the API's schema: `python clients/generate.py` (offline, deterministic)."""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CLIENTS = Path(__file__).resolve().parent
PROJECT = CLIENTS.parent


def schema(target: Path) -> None:
    """The OpenAPI document as /api/schema/ serves it; no database is opened (the schema does not depend on one)."""
    env = {**os.environ, "DEBUG": "1", "DJANGO_SETTINGS_MODULE": "conflict_api.settings"}
    env.pop("DATABASE_URL", None)
    subprocess.run(
        [sys.executable, str(PROJECT / "manage.py"), "spectacular", "--format", "openapi-json", "--validate",
         "--fail-on-warn", "--file", str(target)],
        check=True, env=env, cwd=PROJECT,
    )


def generate(root: Path) -> None:
    """Write root/openapi.json and the client package in root/python/ (replaced if present)."""
    root.mkdir(parents=True, exist_ok=True)
    schema(root / "openapi.json")
    output = root / "python"
    if output.exists():
        shutil.rmtree(output)
    result = subprocess.run(
        [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(root / "openapi.json"),
         "--output-path", str(output), "--meta", "setup", "--config", str(CLIENTS / "generator.yaml"),
         "--custom-template-path", str(CLIENTS / "templates"), "--fail-on-warning"],
        capture_output=True, text=True, check=False, cwd=root,
    )
    if result.returncode != 0:
        raise SystemExit(result.stdout + result.stderr)
    (output / ".gitignore").unlink(missing_ok=True)  # the repository's .gitignore covers it
    _import_unset(output)
    # Formatted by the pinned ruff of the virtualenv (not a post hook: those run whatever `ruff` is on the PATH).
    for command in (["check", "--fix-only", "--quiet", "--no-cache", "."], ["format", "--quiet", "--no-cache", "."]):
        subprocess.run([sys.executable, "-m", "ruff", *command], check=True, cwd=output)


IMPORT_UNSET = re.compile(r"^from \.\.\.types import Response, UNSET$", re.MULTILINE)


def _import_unset(output: Path) -> None:
    """openapi-python-client 0.29 types a body of two media types `... | Unset` without importing Unset."""
    for module in (output / "conflict_client" / "api").rglob("*.py"):
        code = module.read_text()
        if re.search(r"\| Unset\b", code) and IMPORT_UNSET.search(code):
            module.write_text(IMPORT_UNSET.sub("from ...types import UNSET, Response, Unset", code, count=1))


def differences(committed: Path = CLIENTS) -> list[str]:
    """Files that differ between the committed client (and schema) and a fresh generation."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        generate(fresh)
        names = {p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file()}
        kept = {p.relative_to(committed) for p in (committed / "python").rglob("*") if p.is_file() and not _built(p)}
        kept.add(Path("openapi.json"))
        return sorted(
            str(name) for name in names | kept
            if not (committed / name).is_file() or not (fresh / name).is_file()
            or (committed / name).read_bytes() != (fresh / name).read_bytes()
        )


def _built(path: Path) -> bool:
    """Left by Python or by `pip install clients/python`, not generated."""
    return any(part in ("__pycache__", "build", ".ruff_cache") or part.endswith(".egg-info") for part in path.parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="change nothing; fail if the committed client is stale")
    if parser.parse_args().check:
        stale = differences()
        if stale:
            raise SystemExit("clients/ is stale, run `python clients/generate.py`: " + ", ".join(stale))
        print("clients/ matches the schema")
    else:
        generate(CLIENTS)
        print(f"wrote {CLIENTS / 'openapi.json'} and {CLIENTS / 'python'}")


if __name__ == "__main__":
    main()
