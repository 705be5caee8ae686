"""The curation admin: review claims against their article, fix events and places, merge duplicates, re-extract.

Every save goes through `events.curation`, which marks what it touched as curated (a re-ingest keeps it) and
records who changed what in django-simple-history; each change page shows its recent changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import pairwise
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.widgets import AutocompleteSelectMultiple, ForeignKeyRawIdWidget
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Model, Prefetch, Q, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from simple_history.admin import SimpleHistoryAdmin
from simple_history.template_utils import HistoricalRecordContextHelper

from events import curation, selectors
from events.choices import DatePrecision, GeoPrecision, LocalityKind, ReviewStatus, Side, Stance
from events.models import Actor, Claim, Event, Locality, Source

admin.site.site_header = "Conflict claims curation"
admin.site.site_title = "Conflict claims curation"
admin.site.index_title = "Curation"
admin.site.enable_nav_sidebar = False  # the lists are wide (claims, places): give them the whole page

HISTORY_ROWS = 8
_REVIEW_ORDER = (ReviewStatus.VERIFIED, ReviewStatus.REJECTED)  # the colour of text covered by several claims
CONTEXT_CHARS = 700  # at most this much of a very long paragraph on each side of a quote


# --- rendering helpers -----------------------------------------------------------------------------------


def _change_url(obj: Model) -> str:
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


def _changelist_url(model: type[Model], query: str = "") -> str:
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    return f"{url}?{query}" if query else url


def date_display(value, precision: str) -> str:
    """A date at its precision: 2024-05-12, 2024-05 or 2024."""
    if value is None:
        return "—"
    if precision == DatePrecision.YEAR:
        return f"{value:%Y}"
    if precision == DatePrecision.MONTH:
        return f"{value:%Y-%m}"
    return value.isoformat()


def quote_in_context(text: str, start: int, end: int) -> SafeString:
    """The paragraph holding text[start:end], escaped, with the quote wrapped in <mark>."""
    if not (0 <= start < end <= len(text)):
        return format_html('<p class="errornote">The stored offsets {}–{} fall outside the article.</p>', start, end)
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    left = max(para_start, start - CONTEXT_CHARS)
    right = min(para_end, end + CONTEXT_CHARS)
    return format_html(
        '<div class="quote-context">{}{}<mark class="quote">{}</mark>{}{}</div>',
        "… " if left > para_start else "",
        text[left:start],
        text[start:end],
        text[end:right],
        " …" if right < para_end else "",
    )


def highlighted_text(text: str, claims: Iterable[Claim]) -> SafeString:
    """The whole article, escaped, with every claim's span in <mark> and a link to the claim after it.

    Spans may overlap (one sentence often carries several claims): the text is cut at every span boundary and
    each piece is marked once, titled with every claim covering it.
    """
    spans = [c for c in claims if 0 <= c.quote_start < c.quote_end <= len(text)]
    cuts = sorted({0, len(text), *(c.quote_start for c in spans), *(c.quote_end for c in spans)})
    parts: list[str] = []
    for a, b in pairwise(cuts):
        covering = [c for c in spans if c.quote_start <= a and b <= c.quote_end]
        if covering:
            statuses = {c.review_status for c in covering}
            status = next((s for s in _REVIEW_ORDER if s in statuses), ReviewStatus.UNREVIEWED)
            title = "; ".join(f"#{c.pk} {c.claimant} {c.stance} {c.event.event_type}" for c in covering)
            parts.append(format_html('<mark class="claim {}" title="{}">{}</mark>', status, title, text[a:b]))
        else:
            parts.append(escape(text[a:b]))
        for claim in spans:
            if claim.quote_end == b:
                parts.append(
                    format_html('<sup class="claim-ref"><a href="{}">#{}</a></sup>', _change_url(claim), claim.pk)
                )
    return format_html('<div class="source-text">{}</div>', mark_safe("".join(parts)))  # every part escaped above


def _folded_place_ids(term: str) -> QuerySet[Locality] | None:
    from events.extraction.places import fold

    folded = fold(term)
    if not folded:
        return None
    return Locality.objects.filter(search_names__icontains=folded).values("pk")


# --- shared pieces ---------------------------------------------------------------------------------------


class HistoryPanelMixin:
    """A read-only 'recent changes' panel on the change page: who, when, why, each field's before → after."""

    @admin.display(description="recent changes")
    def recent_history(self, obj: Model | None) -> SafeString | str:
        if obj is None or obj.pk is None:
            return "—"
        records = list(
            obj.history.select_related("history_user")
            ._select_related_history_tracked_objs()
            .order_by("-history_date", "-history_id")[: HISTORY_ROWS + 1]
        )
        rows = []
        for record, older in zip(records[:HISTORY_ROWS], [*records[1:], None], strict=False):
            if older is None:
                changes = SafeString("created")
            else:
                delta = record.diff_against(older, foreign_keys_are_objs=True)
                helper = HistoricalRecordContextHelper(type(obj), record)
                changes = format_html_join(
                    "", "<li><strong>{}</strong>: {} → {}</li>",
                    ((c["field"], c["old"], c["new"]) for c in helper.context_for_delta_changes(delta)),
                )
                changes = format_html("<ul>{}</ul>", changes) if changes else SafeString("no field changed")
            rows.append(
                format_html(
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    f"{record.history_date:%Y-%m-%d %H:%M:%S}",
                    record.history_user or "system (ingest)",
                    record.get_history_type_display(),
                    record.history_change_reason or "",
                    changes,
                )
            )
        history_url = reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_history", args=[obj.pk])
        return format_html(
            '<table class="recent-history"><thead><tr><th>when</th><th>who</th><th>what</th><th>why</th>'
            "<th>before → after</th></tr></thead><tbody>{}</tbody></table>"
            '<p><a href="{}">Full history</a></p>',
            mark_safe("".join(rows)),
            history_url,
        )


def _merge_action(
    modeladmin: admin.ModelAdmin,
    request: HttpRequest,
    queryset: QuerySet,
    *,
    service: Callable[..., Any],
    describe: Callable[[Model], str],
) -> HttpResponse | None:
    """Ask which record survives, then merge the others into it (an intermediate page, like delete)."""
    objects = list(queryset)
    opts = modeladmin.model._meta
    if len(objects) < 2:
        modeladmin.message_user(request, f"Select at least two {opts.verbose_name_plural} to merge.", messages.WARNING)
        return None
    if request.POST.get("confirm") == "yes":
        target = next((o for o in objects if str(o.pk) == request.POST.get("target")), None)
        if target is None:
            modeladmin.message_user(request, "Choose the record to keep.", messages.ERROR)
        else:
            others = [o for o in objects if o.pk != target.pk]
            try:
                service(target=target, others=others, user=request.user)
            except ValueError as exc:  # e.g. a record merged away by someone else meanwhile
                modeladmin.message_user(request, f"Nothing merged: {exc}.", messages.ERROR)
                return None
            merged = ", ".join(str(o.pk) for o in others)
            modeladmin.log_change(request, target, f"Merged {opts.verbose_name_plural} {merged} into this one.")
            modeladmin.message_user(
                request, f"Merged {len(others)} {opts.verbose_name_plural} into “{target}”.", messages.SUCCESS
            )
            return HttpResponseRedirect(_change_url(target))
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": f"Merge {opts.verbose_name_plural}",
        "opts": opts,
        "objects": [(o, describe(o)) for o in objects],
        "default_target": objects[0].pk,
        "action": request.POST.get("action", ""),
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "media": modeladmin.media,
    }
    return TemplateResponse(request, "admin/events/merge_confirmation.html", context)


class SelectedOnlyFilter(admin.SimpleListFilter):
    """A filter reached by clicking a value in the list (too many values to list in the sidebar)."""

    related_model: type[Model]
    lookup: str

    def lookups(self, request, model_admin):
        value = self.value()
        if value and value.isdigit():
            obj = self.related_model.objects.filter(pk=value).first()
            if obj is not None:
                return [(str(obj.pk), str(obj))]
        return []

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(**{self.lookup: value})
        return queryset


# --- claims ----------------------------------------------------------------------------------------------


class SideFilter(admin.SimpleListFilter):
    title = "claimant side"
    parameter_name = "side"

    def lookups(self, request, model_admin):
        return Side.choices

    def queryset(self, request, queryset):
        return queryset.filter(claimant__side=self.value()) if self.value() else queryset


class PlaceFilter(SelectedOnlyFilter):
    title = "place"
    parameter_name = "place"
    related_model = Locality
    lookup = "event__localities"


class SourceFilter(SelectedOnlyFilter):
    title = "source"
    parameter_name = "source"
    related_model = Source
    lookup = "source"


class ClaimEventFilter(SelectedOnlyFilter):
    title = "event"
    parameter_name = "event"
    related_model = Event
    lookup = "event"


class ContestedFilter(admin.SimpleListFilter):
    title = "contested"
    parameter_name = "contested"
    path = "pk"  # where the Event is, seen from the filtered model

    def lookups(self, request, model_admin):
        return [("yes", "Contested (opposing stances, or both camps)"), ("no", "Not contested")]

    def queryset(self, request, queryset):
        if self.value() not in ("yes", "no"):
            return queryset
        field = "contested" if self.path == "pk" else f"{self.path}__contested"
        return queryset.filter(**{field: self.value() == "yes"})


class ClaimContestedFilter(ContestedFilter):
    title = "contested event"
    path = "event"


# The event's fields shown on the claim page, as form field name -> Event field name.
EVENT_FORM_FIELDS = {
    "event_type": "event_type",
    "event_actor_side": "actor_side",
    "event_occurred_on": "occurred_on",
    "event_occurred_precision": "occurred_precision",
    "event_region": "region",
    "event_localities": "localities",
    "event_quantities": "quantities",
    "event_summary": "summary",
}


def _event_formfield(name: str, **kwargs: Any) -> forms.Field:
    model_field = Event._meta.get_field(name)
    field = model_field.formfield(**kwargs)
    field.show_hidden_initial = False  # initial comes from the claim's event, not from a callable default
    name = str(model_field.verbose_name)
    field.label = name.capitalize() if name.startswith("event") else f"Event {name}"
    return field


class ClaimForm(forms.ModelForm):
    """The claim, plus its event's fields: a curator fixes both from one page."""

    event_type = _event_formfield("event_type")
    event_actor_side = _event_formfield("actor_side")
    event_occurred_on = _event_formfield("occurred_on")
    event_occurred_precision = _event_formfield("occurred_precision")
    event_region = _event_formfield(
        "region", widget=ForeignKeyRawIdWidget(Event._meta.get_field("region").remote_field, admin.site)
    )
    event_localities = _event_formfield(
        "localities", widget=AutocompleteSelectMultiple(Event._meta.get_field("localities"), admin.site)
    )
    event_quantities = _event_formfield("quantities")
    event_summary = _event_formfield("summary")

    class Meta:
        model = Claim
        fields = ["claimant", "stance", "claimed_on", "claimed_precision", "event", "review_status", "curator_note"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        event = self.instance.event if self.instance.pk else None
        if event is not None:
            for form_name, model_name in EVENT_FORM_FIELDS.items():
                if form_name not in self.fields:
                    continue
                if model_name == "localities":
                    self.initial[form_name] = [loc.pk for loc in event.localities.all()]
                else:
                    self.initial[form_name] = getattr(event, Event._meta.get_field(model_name).attname)

    def event_changes(self) -> dict[str, Any]:
        return {
            EVENT_FORM_FIELDS[name]: self.cleaned_data[name]
            for name in self.changed_data
            if name in EVENT_FORM_FIELDS and name in self.cleaned_data
        }

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if "event" in self.changed_data and self.event_changes():
            raise forms.ValidationError(
                "Either move the claim to another event or edit its event's fields, not both in one save."
            )
        return cleaned


def _event_value(field_name: str) -> Callable[[admin.ModelAdmin, Claim], str]:
    """A read-only view of one event field on the claim page (what a viewer sees instead of the form field)."""
    field = Event._meta.get_field(field_name)

    @admin.display(description=f"event {field.verbose_name}".replace("event event", "event"))
    def value(self, claim: Claim) -> str:
        event = claim.event
        if field.many_to_many:
            return ", ".join(str(obj) for obj in getattr(event, field_name).all()) or "—"
        if field.choices:
            return getattr(event, f"get_{field_name}_display")() or "—"
        raw = getattr(event, field_name)
        return "—" if raw in (None, "", {}) else str(raw)

    return value


@admin.register(Claim)
class ClaimAdmin(HistoryPanelMixin, SimpleHistoryAdmin):
    form = ClaimForm
    change_form_template = "admin/events/claim/change_form.html"
    list_display = [
        "id", "claimant_side", "stance", "event_type", "places", "event_date", "source_link", "review_status",
    ]
    list_display_links = ["id", "claimant_side"]
    list_filter = [
        SideFilter,
        "stance",
        ("event__event_type", admin.ChoicesFieldListFilter),
        ("event__region", admin.RelatedOnlyFieldListFilter),
        PlaceFilter,
        "review_status",
        "curated",
        ClaimContestedFilter,
        SourceFilter,
        ClaimEventFilter,
    ]
    date_hierarchy = "event__occurred_on"
    search_fields = [
        "quote",
        "claimant__name",
        "source__name",
        "event__localities__name",
        "event__localities__name_fr",
        "event__localities__name_native",
        "event__region__name",
        "event__region__name_fr",
    ]
    list_select_related = ["claimant", "source", "event", "event__region"]
    list_per_page = 100
    raw_id_fields = ["claimant", "event"]
    actions = ["mark_verified", "mark_rejected"]
    readonly_fields = ["source_link", "quote_in_context", "curated", "event_info", "related_claims", "recent_history"]
    fieldsets = [
        ("Quote in its article", {"fields": ["source_link", "quote_in_context"]}),
        ("Claim", {"fields": ["claimant", "stance", ("claimed_on", "claimed_precision"), "review_status",
                              "curator_note", "curated"]}),
        ("Event", {"fields": ["event", "event_info", "event_type", "event_actor_side",
                              ("event_occurred_on", "event_occurred_precision"), "event_region", "event_localities",
                              "event_quantities", "event_summary"]}),
        ("Other claims on this event", {"fields": ["related_claims"]}),
        ("History", {"fields": ["recent_history"]}),
    ]

    # Shown instead of the event's form fields to someone who may only view (names match ClaimForm's fields).
    event_actor_side = _event_value("actor_side")
    event_occurred_on = _event_value("occurred_on")
    event_occurred_precision = _event_value("occurred_precision")
    event_region = _event_value("region")
    event_localities = _event_value("localities")
    event_quantities = _event_value("quantities")
    event_summary = _event_value("summary")

    def get_queryset(self, request: HttpRequest) -> QuerySet[Claim]:
        return selectors.claim_list()

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # claims come from articles, with their offsets

    def get_search_results(self, request, queryset, search_term):
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        places = _folded_place_ids(search_term) if search_term.strip() else None
        if places is not None:
            results |= queryset.filter(Q(event__localities__in=places) | Q(event__region__in=places))
            may_have_duplicates = True
        return results, may_have_duplicates

    # columns

    @admin.display(description="claimant (side)", ordering="claimant__name")
    def claimant_side(self, claim: Claim) -> str:
        return f"{claim.claimant.name} ({claim.claimant.side})"

    @admin.display(description="event type", ordering="event__event_type")
    def event_type(self, claim: Claim) -> str:
        return claim.event.get_event_type_display()

    @admin.display(description="places")
    def places(self, claim: Claim) -> SafeString | str:
        localities = list(claim.event.localities.all())  # prefetched by selectors.claim_list()
        if not localities:
            return claim.event.region.name if claim.event.region else "—"
        return format_html_join(", ", '<a href="?place={}">{}</a>', ((loc.pk, loc.name) for loc in localities))

    @admin.display(description="event date", ordering="event__occurred_on")
    def event_date(self, claim: Claim) -> str:
        return date_display(claim.event.occurred_on, claim.event.occurred_precision)

    @admin.display(description="source", ordering="source__name")
    def source_link(self, claim: Claim) -> SafeString:
        return format_html('<a href="{}">{}</a>', _change_url(claim.source), claim.source.name)

    # change page

    @admin.display(description="quote, highlighted in its paragraph")
    def quote_in_context(self, claim: Claim) -> SafeString:
        html = quote_in_context(claim.source.text, claim.quote_start, claim.quote_end)
        if claim.source.text[claim.quote_start : claim.quote_end] != claim.quote:
            html = format_html(
                '{}<p class="errornote">The stored quote no longer matches the article at these offsets: “{}”</p>',
                html, claim.quote,
            )
        return html

    @admin.display(description="event page")
    def event_info(self, claim: Claim) -> SafeString:
        event = claim.event
        return format_html(
            '<a href="{}">Event #{}</a> ({}) · edits below apply to all its {} claims · {}',
            _change_url(event), event.pk, event, event.claims.count(),
            "curated" if event.curated else "not curated yet",
        )

    @admin.display(description="other claims")
    def related_claims(self, claim: Claim) -> SafeString | str:
        others = list(
            Claim.objects.filter(event_id=claim.event_id).exclude(pk=claim.pk)
            .select_related("claimant", "source").defer("source__text")
        )
        if not others:
            return "None: this is the only claim on its event."
        denies = claim.stance == Stance.DENIES
        opposing = [c for c in others if (c.stance == Stance.DENIES) != denies]
        rows = format_html_join(
            "",
            '<li class="{}"><a href="{}">#{}</a> {} <strong>{}</strong> in {} ({})</li>',
            (
                ("opposing" if c in opposing else "", _change_url(c), c.pk, c.claimant, c.get_stance_display(),
                 c.source.name, c.get_review_status_display())
                for c in others
            ),
        )
        all_link = _changelist_url(Claim, f"event={claim.event_id}")
        html = format_html('<p><a href="{}">All {} claims on this event</a></p><ul>{}</ul>', all_link,
                           len(others) + 1, rows)
        if opposing:
            stance_query = "stance__exact=" + (Stance.ASSERTS if denies else Stance.DENIES)
            html = format_html(
                '<p class="contested"><strong>Contested:</strong> {} opposing claim(s). '
                '<a href="{}">See the opposing claims</a></p>{}',
                len(opposing), _changelist_url(Claim, f"event={claim.event_id}&{stance_query}"), html,
            )
        return html

    def save_model(self, request: HttpRequest, obj: Claim, form: ClaimForm, change: bool) -> None:
        data = {name: form.cleaned_data[name] for name in form.changed_data if name in curation.CLAIM_EDITABLE}
        for status, button in ((ReviewStatus.VERIFIED, "_verify"), (ReviewStatus.REJECTED, "_reject")):
            if button in request.POST:
                data["review_status"] = status
        curation.claim_update(claim=obj, data=data, event_data=form.event_changes(), user=request.user)

    def response_change(self, request: HttpRequest, obj: Claim) -> HttpResponse:
        if "_verify" in request.POST or "_reject" in request.POST:
            self.message_user(request, f"Claim #{obj.pk} marked {obj.review_status}.", messages.SUCCESS)
            return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    # actions

    def _mark(self, request: HttpRequest, queryset: QuerySet[Claim], status: str) -> None:
        changed = curation.claims_mark(claims=queryset, status=status, user=request.user)
        self.message_user(request, f"{changed} claim(s) marked {status}.", messages.SUCCESS)

    @admin.action(description="Mark selected claims verified", permissions=["change"])
    def mark_verified(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        self._mark(request, queryset, ReviewStatus.VERIFIED)

    @admin.action(description="Mark selected claims rejected", permissions=["change"])
    def mark_rejected(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        self._mark(request, queryset, ReviewStatus.REJECTED)


# --- events ----------------------------------------------------------------------------------------------


class ClaimInline(admin.TabularInline):
    model = Claim
    fk_name = "event"
    extra = 0
    can_delete = False
    show_change_link = True
    fields = ["claimant", "stance", "source", "short_quote", "review_status"]
    readonly_fields = ["claimant", "source", "short_quote"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Claim]:
        return super().get_queryset(request).select_related("claimant", "source").defer("source__text")

    def has_add_permission(self, request: HttpRequest, obj: Event | None = None) -> bool:
        return False

    @admin.display(description="quote")
    def short_quote(self, claim: Claim) -> str:
        return claim.quote if len(claim.quote) <= 160 else claim.quote[:157] + "…"


@admin.register(Event)
class EventAdmin(HistoryPanelMixin, SimpleHistoryAdmin):
    list_display = [
        "id", "event_type", "actor_side", "places", "region", "event_date", "claims_count", "is_contested", "curated",
    ]
    list_filter = [
        ContestedFilter, "event_type", "actor_side", "occurred_precision", "curated",
        ("region", admin.RelatedOnlyFieldListFilter),
    ]
    date_hierarchy = "occurred_on"
    search_fields = ["summary", "localities__name", "localities__name_fr", "localities__name_native", "region__name"]
    list_select_related = ["region"]
    raw_id_fields = ["region"]
    autocomplete_fields = ["localities"]
    inlines = [ClaimInline]
    actions = ["merge_events"]
    readonly_fields = ["curated", "recent_history"]
    fieldsets = [
        (None, {"fields": ["event_type", "actor_side", ("occurred_on", "occurred_precision"), "region", "localities",
                           "country_code", "quantities", "summary", "curated"]}),
        ("History", {"fields": ["recent_history"]}),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Event]:
        return (
            super().get_queryset(request)
            .prefetch_related(Prefetch("localities", queryset=Locality.objects.order_by("name", "id")))
            .annotate(claims_total=Count("claims", distinct=True))
            .order_by("-occurred_on", "id")
        )

    def get_search_results(self, request, queryset, search_term):
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        places = _folded_place_ids(search_term) if search_term.strip() else None
        if places is not None:
            results |= queryset.filter(Q(localities__in=places) | Q(region__in=places))
            may_have_duplicates = True
        return results, may_have_duplicates

    @admin.display(description="places")
    def places(self, event: Event) -> str:
        return ", ".join(loc.name for loc in event.localities.all()) or "—"

    @admin.display(description="date", ordering="occurred_on")
    def event_date(self, event: Event) -> str:
        return date_display(event.occurred_on, event.occurred_precision)

    @admin.display(description="claims", ordering="claims_total")
    def claims_count(self, event: Event) -> SafeString:
        return format_html('<a href="{}">{}</a>', _changelist_url(Claim, f"event={event.pk}"), event.claims_total)

    @admin.display(description="contested", boolean=True, ordering="contested")
    def is_contested(self, event: Event) -> bool:
        return event.contested

    def save_model(self, request: HttpRequest, obj: Event, form: forms.ModelForm, change: bool) -> None:
        # The service sets the places too; the form's own save_m2m afterwards then finds nothing to change.
        data = {name: form.cleaned_data[name] for name in form.changed_data if name in curation.EVENT_EDITABLE}
        curation.event_update(event=obj, data=data, user=request.user)

    def save_formset(self, request, form, formset, change):
        if formset.model is not Claim:
            super().save_formset(request, form, formset, change)
            return
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        for inline_form in formset.forms:
            if inline_form.instance.pk and inline_form.has_changed():
                data = {name: inline_form.cleaned_data[name] for name in inline_form.changed_data
                        if name in curation.CLAIM_EDITABLE}
                curation.claim_update(claim=inline_form.instance, data=data, user=request.user)
                formset.changed_objects.append((inline_form.instance, inline_form.changed_data))

    @admin.action(description="Merge selected events (moves all their claims onto one)", permissions=["change"])
    def merge_events(self, request: HttpRequest, queryset: QuerySet[Event]) -> HttpResponse | None:
        return _merge_action(
            self, request, queryset, service=curation.event_merge,
            describe=lambda e: (
                f"#{e.pk} {e.get_event_type_display()} by {e.actor_side or '?'} · {self.places(e)} · "
                f"{date_display(e.occurred_on, e.occurred_precision)} · {e.claims_total} claims"
            ),
        )


# --- localities ------------------------------------------------------------------------------------------


def needs_geocoding_q() -> Q:
    """Same rule as Locality.needs_geocoding, plus places without coordinates at all."""
    approximate = ~Q(geo_precision=GeoPrecision.EXACT) & ~Q(kind__in=[LocalityKind.REGION, LocalityKind.COUNTRY])
    return approximate | Q(latitude__isnull=True) | Q(longitude__isnull=True)


class NeedsGeocodingFilter(admin.SimpleListFilter):
    title = "needs geocoding"
    parameter_name = "needs_geocoding"

    def lookups(self, request, model_admin):
        return [("yes", "Needs geocoding"), ("no", "Geocoded")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(needs_geocoding_q())
        if self.value() == "no":
            return queryset.exclude(needs_geocoding_q())
        return queryset


class SpellingsField(forms.CharField):
    """A JSON list of spellings edited as one spelling per line."""

    widget = forms.Textarea(attrs={"rows": 4, "cols": 40})

    def prepare_value(self, value: Any) -> Any:
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value: Any) -> list[str]:
        if isinstance(value, list):
            return value
        lines = (line.strip() for line in (value or "").splitlines())
        return list(dict.fromkeys(line for line in lines if line))


class LocalityForm(forms.ModelForm):
    alternate_names = SpellingsField(required=False, help_text="Other spellings, one per line.")

    class Meta:
        model = Locality
        fields = sorted(curation.LOCALITY_EDITABLE)


@admin.register(Locality)
class LocalityAdmin(HistoryPanelMixin, SimpleHistoryAdmin):
    form = LocalityForm
    list_display = [
        "name", "name_fr", "name_native", "kind", "parent", "coordinates", "precision", "needs_geocoding",
        "events_count",
    ]
    list_filter = [NeedsGeocodingFilter, "kind", "geo_precision", "country_code"]
    search_fields = ["name", "name_fr", "name_native", "search_names", "gazetteer_key"]
    list_select_related = ["parent"]
    raw_id_fields = ["parent"]
    actions = ["merge_localities"]
    readonly_fields = ["gazetteer_key", "search_names", "map_preview", "recent_history"]
    fieldsets = [
        ("Spellings", {"fields": ["name", "name_fr", "name_native", "alternate_names", "search_names"]}),
        ("Place", {"fields": ["kind", "parent", "country_code", "iso_code", "geonames_id", "gazetteer_key"]}),
        ("Coordinates", {"fields": [("latitude", "longitude"), "geo_precision", "map_preview"]}),
        ("History", {"fields": ["recent_history"]}),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Locality]:
        # Explicit order: Meta.ordering does not apply to an aggregated query (autocomplete paginates it).
        return super().get_queryset(request).annotate(events_total=Count("events", distinct=True)).order_by("name", "id")

    def get_search_results(self, request, queryset, search_term):
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        places = _folded_place_ids(search_term) if search_term.strip() else None
        if places is not None:
            results |= queryset.filter(pk__in=places)
        return results, may_have_duplicates

    @admin.display(description="coordinates")
    def coordinates(self, loc: Locality) -> str:
        if loc.latitude is None or loc.longitude is None:
            return "—"
        return f"{loc.latitude:.4f}, {loc.longitude:.4f}"

    @admin.display(description="precision", ordering="geo_precision")
    def precision(self, loc: Locality) -> str:
        return loc.geo_precision

    @admin.display(description="needs geocoding", boolean=True)
    def needs_geocoding(self, loc: Locality) -> bool:
        return loc.needs_geocoding or loc.latitude is None or loc.longitude is None

    @admin.display(description="events", ordering="events_total")
    def events_count(self, loc: Locality) -> int:
        return loc.events_total

    @admin.display(description="map")
    def map_preview(self, loc: Locality) -> SafeString | str:
        if loc.latitude is None or loc.longitude is None:
            return "No coordinates yet."
        lat, lon = loc.latitude, loc.longitude
        bbox = f"{lon - 0.08:.5f},{lat - 0.05:.5f},{lon + 0.08:.5f},{lat + 0.05:.5f}"
        embed = f"https://www.openstreetmap.org/export/embed.html?bbox={bbox}&layer=mapnik&marker={lat:.5f},{lon:.5f}"
        link = f"https://www.openstreetmap.org/?mlat={lat:.5f}&mlon={lon:.5f}#map=12/{lat:.5f}/{lon:.5f}"
        note = "" if loc.geo_precision == GeoPrecision.EXACT else " (approximate: the centroid of its region)"
        return format_html(
            '<iframe class="map-preview" loading="lazy" width="360" height="240" src="{}" title="map of {}">'
            '</iframe><p><a href="{}" target="_blank" rel="noopener">Open in OpenStreetMap</a>{}</p>',
            embed, loc.name, link, note,
        )

    def save_model(self, request: HttpRequest, obj: Locality, form: forms.ModelForm, change: bool) -> None:
        data = {name: form.cleaned_data[name] for name in form.changed_data if name in curation.LOCALITY_EDITABLE}
        curation.locality_update(locality=obj, data=data, user=request.user)

    @admin.action(description="Merge selected localities (duplicates of one place)", permissions=["change"])
    def merge_localities(self, request: HttpRequest, queryset: QuerySet[Locality]) -> HttpResponse | None:
        return _merge_action(
            self, request, queryset, service=curation.locality_merge,
            describe=lambda loc: (
                f"{loc.name} ({loc.get_kind_display()}, {loc.parent or 'no parent'}) · {loc.gazetteer_key} · "
                f"{loc.get_geo_precision_display()} · {loc.events_total} events"
            ),
        )


# --- sources ---------------------------------------------------------------------------------------------


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    change_form_template = "admin/events/source/change_form.html"
    list_display = ["name", "title", "publisher", "language", "published_on", "claims_count", "ingested_at"]
    list_filter = ["publisher", "language", "published_precision"]
    search_fields = ["name", "title", "publisher"]
    date_hierarchy = "published_on"
    actions = ["reextract"]
    readonly_fields = ["name", "sha256", "language", "ingested_at", "extraction_note", "highlighted_text",
                       "claims_table"]
    fieldsets = [
        (None, {"fields": ["name", "title", "publisher", ("published_on", "published_precision"), "language",
                           "sha256", "ingested_at", "extraction_note"]}),
        ("Text, with every extracted claim highlighted", {"fields": ["highlighted_text"]}),
        ("Claims", {"fields": ["claims_table"]}),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Source]:
        return super().get_queryset(request).annotate(claims_total=Count("claims")).order_by("name")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # sources come from `manage.py ingest`

    def has_reextract_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("events.change_claim")

    @admin.display(description="claims", ordering="claims_total")
    def claims_count(self, source: Source) -> SafeString:
        return format_html('<a href="{}">{}</a>', _changelist_url(Claim, f"source={source.pk}"), source.claims_total)

    @staticmethod
    def _claims(source: Source) -> list[Claim]:
        # Cached on the object (the ModelAdmin is shared between requests): text and table show the same claims.
        if not hasattr(source, "_admin_claims"):
            source._admin_claims = list(
                source.claims.select_related("claimant", "event").order_by("quote_start", "id")
            )
        return source._admin_claims

    @admin.display(description="text")
    def highlighted_text(self, source: Source) -> SafeString:
        return highlighted_text(source.text, self._claims(source))

    @admin.display(description="claims")
    def claims_table(self, source: Source) -> SafeString | str:
        claims = self._claims(source)
        if not claims:
            return source.extraction_note or "No claims."
        rows = format_html_join(
            "",
            '<tr><td><a href="{}">#{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>',
            ((_change_url(c), c.pk, c.claimant, c.get_stance_display(), c.event, c.get_review_status_display(),
              "yes" if c.curated else "") for c in claims),
        )
        return format_html(
            "<table><thead><tr><th>claim</th><th>claimant</th><th>stance</th><th>event</th><th>review</th>"
            "<th>curated</th></tr></thead><tbody>{}</tbody></table>",
            rows,
        )

    def get_urls(self):
        urls = super().get_urls()
        reextract = path(
            "<path:object_id>/reextract/",
            self.admin_site.admin_view(self.reextract_view),
            name="events_source_reextract",
        )
        return [reextract, *urls]

    def _reextract_one(self, request: HttpRequest, source: Source) -> None:
        kept = source.claims.filter(~Q(review_status=ReviewStatus.UNREVIEWED) | Q(curated=True)).count()
        try:
            result = curation.source_reextract(source=source, user=request.user)
        except Exception as exc:  # the ingest rolled back; tell the curator instead of a 500
            self.message_user(request, f"Re-extraction of {source.name} failed: {exc}", messages.ERROR)
            return
        self.message_user(
            request,
            f"Re-extracted {source.name}: {result.claims_created} new claim(s), {result.claims_kept} unchanged, "
            f"{kept} curated or reviewed kept."
            + (f" {result.error}" if result.error else ""),
            messages.ERROR if result.error else messages.SUCCESS,
        )

    def reextract_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_reextract_permission(request):
            raise PermissionDenied
        source = get_object_or_404(Source, pk=object_id)
        self._reextract_one(request, source)
        return HttpResponseRedirect(_change_url(source))

    @admin.action(description="Re-run extraction (keeps curated and reviewed claims)", permissions=["reextract"])
    def reextract(self, request: HttpRequest, queryset: QuerySet[Source]) -> None:
        for source in queryset:
            self._reextract_one(request, source)

    def render_change_form(self, request, context, *args, **kwargs):
        context["can_reextract"] = self.has_reextract_permission(request)
        return super().render_change_form(request, context, *args, **kwargs)


# --- actors ----------------------------------------------------------------------------------------------


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ["name", "side", "kind", "claims_count"]
    list_filter = ["side", "kind"]
    search_fields = ["name"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Actor]:
        return super().get_queryset(request).annotate(claims_total=Count("claims")).order_by("name", "side")

    @admin.display(description="claims", ordering="claims_total")
    def claims_count(self, actor: Actor) -> SafeString:
        return format_html(
            '<a href="{}">{}</a>', _changelist_url(Claim, f"claimant__id__exact={actor.pk}"), actor.claims_total
        )
