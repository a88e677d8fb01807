from django.urls import include, path
from rest_framework.routers import DefaultRouter

from . import api, views

router = DefaultRouter()
router.register("items", api.ItemViewSet, basename="item")
router.register("loans", api.LoanRequestViewSet, basename="loan")
router.register("loan-history", api.LoanHistoryViewSet, basename="loan-history")
router.register("conservation-notes", api.ConservationNoteViewSet, basename="conservation-note")

profile = api.ProfileViewSet.as_view({"get": "retrieve", "put": "update", "patch": "partial_update"})

urlpatterns = [
    path("api/", include(router.urls)),
    path("api/me/", profile, name="profile"),
    path("search/", views.catalogue_search, name="search"),
    path("curators/storage/", views.storage_report, name="storage-report"),
    path("curators/valuations/", views.valuation_summary, name="valuations"),
    path("curators/register.csv", views.accession_register_export, name="register-export"),
]
