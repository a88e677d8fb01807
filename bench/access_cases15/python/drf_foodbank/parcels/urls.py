from django.urls import include, path
from rest_framework.routers import DefaultRouter

from . import views

router = DefaultRouter()
router.register("referrals", views.ReferralViewSet, basename="referral")
router.register("households", views.HouseholdViewSet, basename="household")

urlpatterns = [
    path("api/", include(router.urls)),
    path("api/referrals/<int:pk>/approve/", views.ApproveReferralView.as_view()),
    path("api/me/", views.MyCaseworkerProfile.as_view()),
    path("api/parcels/<int:pk>/label/", views.parcel_label),
    path("api/parcels/<int:pk>/status/", views.parcel_status),
    path("api/parcels/<int:pk>/packed/", views.mark_packed),
    path("api/exports/households.csv", views.export_households),
    path("api/opening-hours/", views.opening_hours),
    path("api/coordinator/caseworkers/", views.AgencyCaseworkers.as_view()),
    path("collect/<str:code>/", views.collect_parcel),
]
