"""POST /api/sources/ and /api/sources/batch/: articles sent over HTTP, ingested by the command's own service."""

from __future__ import annotations

from django.conf import settings
from drf_spectacular.utils import OpenApiExample, OpenApiResponse, extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.decorators import action
from rest_framework.parsers import JSONParser, MultiPartParser
from rest_framework.response import Response

from events import selectors, services
from events.api import schema as api_schema
from events.api.permissions import Ingester
from events.api.serializers import SourceDetailSerializer

INGESTED = (services.CREATED, services.UPDATED, services.UNCHANGED)
STATUSES = [(value, value) for value in (*INGESTED, services.FAILED)]  # IngestStatusEnum in the schema
TEXT_EXAMPLE = {
    "name": "005_kupiansk.txt",
    "text": "Koupiansk (Ukraine), 12 sept 2024 (AFP) - L'armée russe a affirmé jeudi avoir pris le contrôle "
    "du village de Kroupets, dans la région de Koursk.",
}


def _name(value: str) -> str:
    name = value.strip()
    if not name or name.startswith(".") or any(ch in name for ch in "/\\\x00") or not name.isprintable():
        raise serializers.ValidationError(
            "Expected a file name without a folder, not starting with a dot, e.g. 005_kupiansk.txt."
        )
    return name


class ArticleTextSerializer(serializers.Serializer):
    """An article as JSON: its file name and its text."""

    name = serializers.CharField(max_length=255, help_text="File name of the article: re-posting a changed text under "
                                 "the same name re-extracts it (curated claims are kept).")
    text = serializers.CharField(trim_whitespace=False, allow_blank=True, help_text="The article, as plain text.")

    def validate_name(self, value: str) -> str:
        return _name(value)

    def article(self) -> tuple[str, bytes]:
        return self.validated_data["name"], self.validated_data["text"].encode("utf-8")


class ArticleFileSerializer(serializers.Serializer):
    """An article as a file upload (multipart/form-data), UTF-8 as the command reads files."""

    # An empty file is refused by the service, in the command's words.
    file = serializers.FileField(allow_empty_file=True, help_text="The article file, UTF-8 text.")
    name = serializers.CharField(max_length=255, required=False, help_text="File name to store; default: the upload's.")

    def validate(self, data: dict) -> dict:
        data["name"] = _name(data.get("name") or data["file"].name or "")
        return data

    def article(self) -> tuple[str, bytes]:
        return self.validated_data["name"], self.validated_data["file"].read()


class ArticleBatchSerializer(serializers.Serializer):
    articles = serializers.ListField(
        child=ArticleTextSerializer(), min_length=1, help_text="The articles, each {name, text}; at most INGEST_BATCH_MAX."
    )

    def validate_articles(self, value: list) -> list:
        if len(value) > settings.INGEST_BATCH_MAX:
            raise serializers.ValidationError(f"At most {settings.INGEST_BATCH_MAX} articles per request, got {len(value)}.")
        return value


class IngestedSerializer(serializers.Serializer):
    """What one posted article became."""

    name = serializers.CharField(help_text="The name the article was posted under.")
    status = serializers.ChoiceField(
        choices=STATUSES,
        help_text="created; updated (same name, new text: re-extracted); unchanged (these exact bytes were "
        "ingested before, maybe under another name: `source` is that record); failed (see `error`).",
    )
    error = serializers.CharField(required=False, help_text="Why the article was refused (failed only).")
    source = SourceDetailSerializer(required=False, help_text="The stored source with its claims (not when failed).")


class BatchSerializer(serializers.Serializer):
    results = IngestedSerializer(many=True, help_text="One entry per posted article, in the order posted.")


class RequestTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "too_large"


def _article_limit() -> tuple[int, str]:
    """Bytes an article may have over HTTP, and the setting that says so: the ingest's own limit, or the lower one
    a web worker can extract before its timeout."""
    if settings.INGEST_HTTP_MAX_BYTES < settings.INGEST_MAX_BYTES:
        return settings.INGEST_HTTP_MAX_BYTES, "INGEST_HTTP_MAX_BYTES"
    return settings.INGEST_MAX_BYTES, "INGEST_MAX_BYTES"


def _refuse_large_requests(request) -> None:
    """Bound the body before it is parsed; each article is then held to the per-article limit."""
    per_article, setting = _article_limit()
    limit = per_article * (settings.INGEST_BATCH_MAX if request.path.endswith("/batch/") else 1) * 2
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > limit:
        raise RequestTooLarge(f"The request is {length} bytes; at most {limit} are read ({setting} per article).")


def _refuse_large_articles(articles: list[tuple[str, bytes]]) -> None:
    """Over the HTTP limit (but within the ingest's own): 413; over the ingest's own, the service says why, as the
    command does."""
    limit, setting = _article_limit()
    if setting != "INGEST_HTTP_MAX_BYTES":
        return
    for name, data in articles:
        if len(data) > limit:
            raise RequestTooLarge(f"{name}: {len(data)} bytes, over the {limit} bytes an article may have over HTTP "
                                  f"(INGEST_HTTP_MAX_BYTES); ingest larger files with manage.py ingest.")


def _ingest(articles: list[tuple[str, bytes]]) -> list[dict]:
    results = services.articles_ingest_raw(articles=articles).results
    sources = {source.sha256: source for source in selectors.sources_with_sha256([r.sha256 for r in results if r.sha256])}
    rows = []
    for result in results:
        row: dict = {"name": result.name, "status": result.status}
        if result.status == services.FAILED:
            row["error"] = result.error
        else:
            row["source"] = SourceDetailSerializer(sources[result.sha256]).data
        rows.append(row)
    return rows


ERRORS = {
    (400, api_schema.JSON): OpenApiResponse(
        response=api_schema.VALIDATION_ERROR_SCHEMA,
        description="The article was refused: the body names the field and the reason (as the command reports a file).",
        examples=[
            OpenApiExample("not UTF-8", value={"file": ["not valid UTF-8 at byte 12 (looks like Latin-1/Windows-1252?)"]},
                           status_codes=["400"]),
            OpenApiExample("empty", value={"text": ["empty file"]}, status_codes=["400"]),
            OpenApiExample("no name", value={"name": ["This field is required."]}, status_codes=["400"]),
        ],
    ),
    (401, api_schema.JSON): api_schema.UNAUTHENTICATED,
    (403, api_schema.JSON): api_schema.detail_response("The token is not an ingester's or a curator's.",
                                               "You do not have permission to perform this action."),
    (413, api_schema.JSON): api_schema.detail_response("The request body is too large.", "The request is 9000000 bytes; ..."),
    (429, api_schema.JSON): api_schema.THROTTLED,
}


class SourceIngestMixin:
    """POST on the sources list: one article (JSON or file upload); POST on batch/: several, each reported."""

    parser_classes = [JSONParser, MultiPartParser]

    def get_permissions(self):
        if self.action in ("create", "batch"):
            return [Ingester()]
        return super().get_permissions()

    @extend_schema(
        operation_id="sources_create",
        summary="Ingest an article",
        tags=["ingest"],
        description="Extract an article's claims and store them, as `manage.py ingest` does for a file (same "
        "validation, limits and idempotency). Send JSON `{name, text}` or a multipart upload `file` (with an "
        "optional `name`). 201 with the new source and its claims; 200 when it was already there (the same bytes: "
        "`unchanged`, the existing ids) or replaced a text of the same name (`updated`). Needs the token of an "
        "ingester or a curator.",
        request={"application/json": ArticleTextSerializer, "multipart/form-data": ArticleFileSerializer},
        responses={201: IngestedSerializer, 200: IngestedSerializer, **ERRORS},
        examples=[OpenApiExample("an article as JSON", value=TEXT_EXAMPLE, request_only=True)],
    )
    def create(self, request, *args, **kwargs):
        _refuse_large_requests(request)
        multipart = request.content_type.startswith("multipart/")
        serializer = (ArticleFileSerializer if multipart else ArticleTextSerializer)(data=request.data)
        serializer.is_valid(raise_exception=True)
        article = serializer.article()
        _refuse_large_articles([article])
        [row] = _ingest([article])
        if row["status"] == services.FAILED:
            raise exceptions.ValidationError({"file" if multipart else "text": [row["error"]]})
        created = row["status"] == services.CREATED
        headers = {"Location": f"/api/sources/{row['source']['id']}/"} if created else {}
        return Response(row, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK, headers=headers)

    @extend_schema(
        operation_id="sources_batch_create",
        summary="Ingest several articles",
        tags=["ingest"],
        description="Up to INGEST_BATCH_MAX articles (default 50) as `{articles: [{name, text}, ...]}`, extracted "
        "together: 200 with one result per article, in order; an article refused for its content is reported "
        "`failed` with its reason and does not stop the others.",
        request=ArticleBatchSerializer,
        responses={200: BatchSerializer, **ERRORS},
        examples=[OpenApiExample("two articles", value={"articles": [TEXT_EXAMPLE, {"name": "006_empty.txt", "text": ""}]},
                                 request_only=True)],
    )
    @action(detail=False, methods=["post"], url_path="batch", serializer_class=ArticleBatchSerializer)
    def batch(self, request, *args, **kwargs):
        _refuse_large_requests(request)
        serializer = ArticleBatchSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        articles = [(item["name"], item["text"].encode("utf-8")) for item in serializer.validated_data["articles"]]
        _refuse_large_articles(articles)
        return Response({"results": _ingest(articles)})
