"""HTML pages for people who look rather than read: the explorer at / and an article with a quote highlighted.

The explorer's HTML carries no data: its script reads the public API (/api/claims/places/, /api/claims/weekly/,
/api/claims/, /api/localities/{id}/timeline/) with the filters of its form, which it keeps in the page's URL.
"""

from __future__ import annotations

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from events import selectors
from events.choices import EventType, Side, Stance

# The sides a claimant can speak for, as the side filter offers them (most used first).
CLAIMANT_SIDES = [Side.RU, Side.UA, Side.INT, Side.MEDIA, Side.US, Side.KP, Side.OTHER]


@require_safe
def explorer(request: HttpRequest) -> HttpResponse:
    """The map, the list, the chart and the place panel; everything they show comes from the API."""
    return render(request, "explorer/index.html", {
        "event_types": EventType.choices,
        "sides": [(side.value, side.label) for side in CLAIMANT_SIDES],
        "stances": Stance.choices,
        "tiles_url": settings.MAP_TILES_URL,
        "tiles_attribution": settings.MAP_TILES_ATTRIBUTION,
    })


def _offset(raw: str | None, length: int) -> int | None:
    if raw is None or not raw.isascii() or not raw.isdigit():
        return None
    value = int(raw)
    return value if value <= length else None


@require_safe
def source(request: HttpRequest, pk: int) -> HttpResponse:
    """An article's text; `quote_start` and `quote_end` (offsets as the API gives them) highlight a quote."""
    article = selectors.source_page().filter(pk=pk).first()
    if article is None:
        raise Http404("No article has this id.")
    text = article.text
    start = _offset(request.GET.get("quote_start"), len(text))
    end = _offset(request.GET.get("quote_end"), len(text))
    if start is None or end is None or start >= end:
        parts = None
    else:
        parts = (text[:start], text[start:end], text[end:])
    return render(request, "explorer/source.html", {"source": article, "text": text, "parts": parts})
