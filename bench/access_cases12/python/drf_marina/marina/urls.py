from django.urls import include, path
from rest_framework.routers import DefaultRouter

from . import views

router = DefaultRouter()
router.register("bookings", views.MyBookingViewSet, basename="my-booking")
router.register("office/bookings", views.BookingAdminViewSet, basename="office-booking")
router.register("berths", views.BerthViewSet)

urlpatterns = [
    path("api/", include(router.urls)),
    path("api/me/", views.ProfileView.as_view()),
    path("api/tides/", views.tide_table),
    path("api/berths/<int:pk>/close/", views.close_berth),
    path("api/fuel/reset/", views.reset_fuel_prices),
    path("api/bookings/<int:pk>/cancel/", views.cancel_booking),
    path("api/bookings/<int:pk>/refund/", views.request_refund),
    path("api/gate/open/", views.gate_open),
]
