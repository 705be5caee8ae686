"""Production gunicorn settings (`gunicorn -c conflict_api/gunicorn_conf.py conflict_api.wsgi`): GC off the request
path, and a 30 s statement timeout on PostgreSQL (STATEMENT_TIMEOUT_MS overrides it).

A page of 100 claims allocates tens of thousands of objects; each generation-2 collection then walks every object
the worker holds (Django, DRF, the URL conf...), adding 50-100 ms to one request in ten. Freezing what exists once
the app is loaded and collecting generation 0 less often removes most of that tail.
"""

import gc
import os

# Web requests get a statement timeout on PostgreSQL (conflict_api/settings.py); management commands do not.
os.environ.setdefault("STATEMENT_TIMEOUT_MS", "30000")


def post_worker_init(worker) -> None:
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)
