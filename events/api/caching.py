"""Cached JSON reads: a page or record already rendered is served again until the data changes.

The key is the data version (events.data_version: it moves after every committed write), the scheme and host
(the `next` links are absolute), the path with its query string and the media type chosen. A hit costs one
one-row query and a cache lookup instead of the page's queries, model instances and serialisation: what lets
two cores serve hundreds of pages per second. Authentication, permissions and throttling run first, as for
any request; only successful JSON responses are kept (not the browsable API, not the streamed exports, not
errors), and not a body larger than API_CACHE_MAX_BYTES.

Settings: API_CACHE_SECONDS (time to live; 0 turns the cache off; writes made outside the application stay
invisible at most this long) and the `api` cache of CACHES (per process by default; a shared cache such as
Redis serves every worker from one copy).
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from rest_framework.renderers import JSONRenderer

from events import data_version

CACHE_ALIAS = "api"
HIT_HEADER = "X-Cache"


def _key(request) -> str | None:
    renderer = getattr(request, "accepted_renderer", None)
    if request.method not in ("GET", "HEAD") or type(renderer) is not JSONRenderer:
        return None
    parts = "|".join((
        str(data_version.current()),
        request.scheme,
        request.get_host(),
        request.get_full_path(),
        request.accepted_media_type or "",
    ))
    return "api:" + hashlib.sha256(parts.encode()).hexdigest()


class CachedReadMixin:
    """list, retrieve and the read actions named in `cached_actions` answer from the cache when they can.

    The lookup happens once `initial()` has authenticated, checked permissions and throttles and chosen the
    renderer; the view's handler for this request is then either the cached body or the usual handler, whose
    rendered response is stored.
    """

    cached_actions: tuple[str, ...] = ("list", "retrieve")

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if getattr(settings, "API_CACHE_SECONDS", 0) <= 0 or self.action not in self.cached_actions:
            return
        key = _key(request)
        if key is None:
            return
        method = request.method.lower()
        hit = caches[CACHE_ALIAS].get(key)
        if hit is not None:
            setattr(self, method, lambda *args, **kwargs: _cached_response(*hit))
            return
        handler = getattr(self, method)

        def storing_handler(*args, **kwargs):
            response = handler(*args, **kwargs)
            if response.status_code == 200 and not response.streaming and hasattr(response, "render"):
                response[HIT_HEADER] = "miss"
                response.add_post_render_callback(lambda rendered: _store(key, rendered))
            return response

        setattr(self, method, storing_handler)


def _cached_response(content: bytes, content_type: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response[HIT_HEADER] = "hit"
    return response


def _store(key: str, response) -> None:
    content = response.content
    if len(content) <= getattr(settings, "API_CACHE_MAX_BYTES", 2_000_000):
        caches[CACHE_ALIAS].set(key, (content, response["Content-Type"]), getattr(settings, "API_CACHE_SECONDS", 0))
