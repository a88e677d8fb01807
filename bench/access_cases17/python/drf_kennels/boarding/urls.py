from django.conf import settings
from django.conf.urls.static import static
from django.urls import include, path, re_path
from django.views.static import serve
from rest_framework.routers import DefaultRouter

from . import views

router = DefaultRouter()
router.register("dogs", views.DogViewSet, basename="dog")
router.register("bookings", views.BookingViewSet, basename="booking")
router.register("reports", views.StayReportViewSet, basename="report")
router.register("me", views.OwnerProfileViewSet, basename="me")
router.register("staff/bookings", views.StaffBookingViewSet, basename="staff-booking")
router.register("staff/reports", views.StaffReportViewSet, basename="staff-report")
router.register("maintenance/reports", views.ReportPurgeViewSet, basename="report-purge")

urlpatterns = [
    path("api/", include(router.urls)),
    re_path(r"^vaccinations/(?P<path>.*)$", serve,
            {"document_root": settings.MEDIA_ROOT + "/vaccination-certificates", "show_indexes": True}),
]

urlpatterns += static(settings.STATIC_URL, document_root=settings.STATIC_ROOT)
