from django.urls import include, path
from rest_framework.routers import DefaultRouter

from . import views

router = DefaultRouter()
router.register("tools", views.ToolViewSet, basename="tool")
router.register("loans", views.LoanViewSet, basename="loan")
router.register("reservations", views.ReservationViewSet, basename="reservation")

urlpatterns = [
    path("api/", include(router.urls)),
    path("api/me/", views.ProfileView.as_view()),
    path("api/me/contact/", views.ContactView.as_view()),
    path("api/kiosk/return/", views.KioskReturnView.as_view()),
    path("api/ops/inventory-reset/", views.InventoryResetView.as_view()),
    path("healthz/", views.HealthView.as_view()),
]
