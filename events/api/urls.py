"""Routes of the REST API."""

from rest_framework.routers import DefaultRouter

from events.api import views

router = DefaultRouter()
router.register("claims", views.ClaimViewSet, basename="claim")
router.register("events", views.EventViewSet, basename="event")
router.register("localities", views.LocalityViewSet, basename="locality")
router.register("sources", views.SourceViewSet, basename="source")
router.register("actors", views.ActorViewSet, basename="actor")

urlpatterns = router.urls
