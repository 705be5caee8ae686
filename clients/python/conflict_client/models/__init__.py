"""Contains all the data models used in inputs/outputs"""

from .actor import Actor
from .actor_kind_enum import ActorKindEnum
from .actor_list import ActorList
from .actors_list_kind_item import ActorsListKindItem
from .actors_list_ordering import ActorsListOrdering
from .actors_list_response_400 import ActorsListResponse400
from .actors_list_side_item import ActorsListSideItem
from .actors_retrieve_response_400 import ActorsRetrieveResponse400
from .article_batch_request import ArticleBatchRequest
from .article_file_request import ArticleFileRequest
from .article_text_request import ArticleTextRequest
from .batch import Batch
from .blank_enum import BlankEnum
from .claim import Claim
from .claim_feature import ClaimFeature
from .claim_feature_collection import ClaimFeatureCollection
from .claim_offset import ClaimOffset
from .claim_row import ClaimRow
from .claims_deleted_list_ordering import ClaimsDeletedListOrdering
from .claims_deleted_list_response_400 import ClaimsDeletedListResponse400
from .claims_list_actor_side_item import ClaimsListActorSideItem
from .claims_list_claimant_side_item import ClaimsListClaimantSideItem
from .claims_list_event_type_item import ClaimsListEventTypeItem
from .claims_list_format import ClaimsListFormat
from .claims_list_ordering import ClaimsListOrdering
from .claims_list_response_400 import ClaimsListResponse400
from .claims_list_review_status_item import ClaimsListReviewStatusItem
from .claims_list_stance_item import ClaimsListStanceItem
from .claims_markers_actor_side_item import ClaimsMarkersActorSideItem
from .claims_markers_claimant_side_item import ClaimsMarkersClaimantSideItem
from .claims_markers_event_type_item import ClaimsMarkersEventTypeItem
from .claims_markers_response_400 import ClaimsMarkersResponse400
from .claims_markers_review_status_item import ClaimsMarkersReviewStatusItem
from .claims_markers_stance_item import ClaimsMarkersStanceItem
from .claims_partial_update_response_400 import ClaimsPartialUpdateResponse400
from .claims_places_actor_side_item import ClaimsPlacesActorSideItem
from .claims_places_claimant_side_item import ClaimsPlacesClaimantSideItem
from .claims_places_event_type_item import ClaimsPlacesEventTypeItem
from .claims_places_response_400 import ClaimsPlacesResponse400
from .claims_places_review_status_item import ClaimsPlacesReviewStatusItem
from .claims_places_stance_item import ClaimsPlacesStanceItem
from .claims_retrieve_response_400 import ClaimsRetrieveResponse400
from .claims_weekly_actor_side_item import ClaimsWeeklyActorSideItem
from .claims_weekly_claimant_side_item import ClaimsWeeklyClaimantSideItem
from .claims_weekly_event_type_item import ClaimsWeeklyEventTypeItem
from .claims_weekly_response_400 import ClaimsWeeklyResponse400
from .claims_weekly_review_status_item import ClaimsWeeklyReviewStatusItem
from .claims_weekly_stance_item import ClaimsWeeklyStanceItem
from .control_enum import ControlEnum
from .control_event import ControlEvent
from .date_precision_enum import DatePrecisionEnum
from .deleted_record import DeletedRecord
from .detail_error import DetailError
from .event import Event
from .event_brief import EventBrief
from .event_brief_quantities import EventBriefQuantities
from .event_feature import EventFeature
from .event_feature_collection import EventFeatureCollection
from .event_quantities import EventQuantities
from .event_row import EventRow
from .event_type_enum import EventTypeEnum
from .events_acled_export_actor_side_item import EventsAcledExportActorSideItem
from .events_acled_export_claimant_side_item import EventsAcledExportClaimantSideItem
from .events_acled_export_event_type_item import EventsAcledExportEventTypeItem
from .events_acled_export_ordering import EventsAcledExportOrdering
from .events_acled_export_response_400 import EventsAcledExportResponse400
from .events_acled_export_review_status_item import EventsAcledExportReviewStatusItem
from .events_acled_export_stance_item import EventsAcledExportStanceItem
from .events_deleted_list_ordering import EventsDeletedListOrdering
from .events_deleted_list_response_400 import EventsDeletedListResponse400
from .events_list_actor_side_item import EventsListActorSideItem
from .events_list_claimant_side_item import EventsListClaimantSideItem
from .events_list_event_type_item import EventsListEventTypeItem
from .events_list_format import EventsListFormat
from .events_list_ordering import EventsListOrdering
from .events_list_response_400 import EventsListResponse400
from .events_list_review_status_item import EventsListReviewStatusItem
from .events_list_stance_item import EventsListStanceItem
from .events_partial_update_response_400 import EventsPartialUpdateResponse400
from .events_retrieve_response_400 import EventsRetrieveResponse400
from .geo_json_feature_collection_type_enum import GeoJSONFeatureCollectionTypeEnum
from .geo_json_feature_type_enum import GeoJSONFeatureTypeEnum
from .geo_json_point_type_enum import GeoJSONPointTypeEnum
from .geo_precision_enum import GeoPrecisionEnum
from .ingest_status_enum import IngestStatusEnum
from .ingested import Ingested
from .localities_list_format import LocalitiesListFormat
from .localities_list_kind_item import LocalitiesListKindItem
from .localities_list_ordering import LocalitiesListOrdering
from .localities_list_response_400 import LocalitiesListResponse400
from .localities_retrieve_response_400 import LocalitiesRetrieveResponse400
from .localities_timeline_actor_side_item import LocalitiesTimelineActorSideItem
from .localities_timeline_claimant_side_item import LocalitiesTimelineClaimantSideItem
from .localities_timeline_event_type_item import LocalitiesTimelineEventTypeItem
from .localities_timeline_ordering import LocalitiesTimelineOrdering
from .localities_timeline_response_400 import LocalitiesTimelineResponse400
from .localities_timeline_review_status_item import LocalitiesTimelineReviewStatusItem
from .localities_timeline_stance_item import LocalitiesTimelineStanceItem
from .locality import Locality
from .locality_brief import LocalityBrief
from .locality_feature import LocalityFeature
from .locality_feature_collection import LocalityFeatureCollection
from .locality_kind_enum import LocalityKindEnum
from .locality_row import LocalityRow
from .paginated_actor_list_list import PaginatedActorListList
from .paginated_claim_list import PaginatedClaimList
from .paginated_deleted_record_list import PaginatedDeletedRecordList
from .paginated_event_list import PaginatedEventList
from .paginated_locality_list import PaginatedLocalityList
from .paginated_source_list import PaginatedSourceList
from .paginated_timeline_entry_list import PaginatedTimelineEntryList
from .patched_claim_curation_request import PatchedClaimCurationRequest
from .patched_event_curation_request import PatchedEventCurationRequest
from .place_claims import PlaceClaims
from .place_markers import PlaceMarkers
from .point import Point
from .review_status_enum import ReviewStatusEnum
from .side_enum import SideEnum
from .source import Source
from .source_brief import SourceBrief
from .source_detail import SourceDetail
from .sources_batch_create_response_400 import SourcesBatchCreateResponse400
from .sources_create_response_400 import SourcesCreateResponse400
from .sources_list_ordering import SourcesListOrdering
from .sources_list_response_400 import SourcesListResponse400
from .sources_retrieve_response_400 import SourcesRetrieveResponse400
from .stance_enum import StanceEnum
from .timeline_entry import TimelineEntry
from .weekly_count import WeeklyCount

__all__ = (
    "Actor",
    "ActorKindEnum",
    "ActorList",
    "ActorsListKindItem",
    "ActorsListOrdering",
    "ActorsListResponse400",
    "ActorsListSideItem",
    "ActorsRetrieveResponse400",
    "ArticleBatchRequest",
    "ArticleFileRequest",
    "ArticleTextRequest",
    "Batch",
    "BlankEnum",
    "Claim",
    "ClaimFeature",
    "ClaimFeatureCollection",
    "ClaimOffset",
    "ClaimRow",
    "ClaimsDeletedListOrdering",
    "ClaimsDeletedListResponse400",
    "ClaimsListActorSideItem",
    "ClaimsListClaimantSideItem",
    "ClaimsListEventTypeItem",
    "ClaimsListFormat",
    "ClaimsListOrdering",
    "ClaimsListResponse400",
    "ClaimsListReviewStatusItem",
    "ClaimsListStanceItem",
    "ClaimsMarkersActorSideItem",
    "ClaimsMarkersClaimantSideItem",
    "ClaimsMarkersEventTypeItem",
    "ClaimsMarkersResponse400",
    "ClaimsMarkersReviewStatusItem",
    "ClaimsMarkersStanceItem",
    "ClaimsPartialUpdateResponse400",
    "ClaimsPlacesActorSideItem",
    "ClaimsPlacesClaimantSideItem",
    "ClaimsPlacesEventTypeItem",
    "ClaimsPlacesResponse400",
    "ClaimsPlacesReviewStatusItem",
    "ClaimsPlacesStanceItem",
    "ClaimsRetrieveResponse400",
    "ClaimsWeeklyActorSideItem",
    "ClaimsWeeklyClaimantSideItem",
    "ClaimsWeeklyEventTypeItem",
    "ClaimsWeeklyResponse400",
    "ClaimsWeeklyReviewStatusItem",
    "ClaimsWeeklyStanceItem",
    "ControlEnum",
    "ControlEvent",
    "DatePrecisionEnum",
    "DeletedRecord",
    "DetailError",
    "Event",
    "EventBrief",
    "EventBriefQuantities",
    "EventFeature",
    "EventFeatureCollection",
    "EventQuantities",
    "EventRow",
    "EventsAcledExportActorSideItem",
    "EventsAcledExportClaimantSideItem",
    "EventsAcledExportEventTypeItem",
    "EventsAcledExportOrdering",
    "EventsAcledExportResponse400",
    "EventsAcledExportReviewStatusItem",
    "EventsAcledExportStanceItem",
    "EventsDeletedListOrdering",
    "EventsDeletedListResponse400",
    "EventsListActorSideItem",
    "EventsListClaimantSideItem",
    "EventsListEventTypeItem",
    "EventsListFormat",
    "EventsListOrdering",
    "EventsListResponse400",
    "EventsListReviewStatusItem",
    "EventsListStanceItem",
    "EventsPartialUpdateResponse400",
    "EventsRetrieveResponse400",
    "EventTypeEnum",
    "GeoJSONFeatureCollectionTypeEnum",
    "GeoJSONFeatureTypeEnum",
    "GeoJSONPointTypeEnum",
    "GeoPrecisionEnum",
    "Ingested",
    "IngestStatusEnum",
    "LocalitiesListFormat",
    "LocalitiesListKindItem",
    "LocalitiesListOrdering",
    "LocalitiesListResponse400",
    "LocalitiesRetrieveResponse400",
    "LocalitiesTimelineActorSideItem",
    "LocalitiesTimelineClaimantSideItem",
    "LocalitiesTimelineEventTypeItem",
    "LocalitiesTimelineOrdering",
    "LocalitiesTimelineResponse400",
    "LocalitiesTimelineReviewStatusItem",
    "LocalitiesTimelineStanceItem",
    "Locality",
    "LocalityBrief",
    "LocalityFeature",
    "LocalityFeatureCollection",
    "LocalityKindEnum",
    "LocalityRow",
    "PaginatedActorListList",
    "PaginatedClaimList",
    "PaginatedDeletedRecordList",
    "PaginatedEventList",
    "PaginatedLocalityList",
    "PaginatedSourceList",
    "PaginatedTimelineEntryList",
    "PatchedClaimCurationRequest",
    "PatchedEventCurationRequest",
    "PlaceClaims",
    "PlaceMarkers",
    "Point",
    "ReviewStatusEnum",
    "SideEnum",
    "Source",
    "SourceBrief",
    "SourceDetail",
    "SourcesBatchCreateResponse400",
    "SourcesCreateResponse400",
    "SourcesListOrdering",
    "SourcesListResponse400",
    "SourcesRetrieveResponse400",
    "StanceEnum",
    "TimelineEntry",
    "WeeklyCount",
)
