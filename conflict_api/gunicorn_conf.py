"""Production gunicorn settings (`gunicorn -c conflict_api/gunicorn_conf.py conflict_api.wsgi`): GC off the request path.

A page of 100 claims allocates tens of thousands of objects; each generation-2 collection then walks every object
the worker holds (Django, DRF, the URL conf...), adding 50-100 ms to one request in ten. Freezing what exists once
the app is loaded and collecting generation 0 less often removes most of that tail.
"""

import gc


def post_worker_init(worker) -> None:
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)
