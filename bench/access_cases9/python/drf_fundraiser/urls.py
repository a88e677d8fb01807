from django.conf import settings
from django.conf.urls.static import static
from django.urls import include, path
from rest_framework.routers import DefaultRouter

from . import views

router = DefaultRouter()
router.register("campaigns", views.CampaignViewSet, basename="campaign")
router.register("my-donations", views.MyDonationViewSet, basename="my-donation")
router.register("receipts", views.DonationReceiptViewSet, basename="receipt")
router.register("admin/payouts", views.PayoutAdminViewSet, basename="payout")

urlpatterns = [
    path("api/", include(router.urls)),
    path("api/profile/", views.ProfileView.as_view()),
    path("api/campaigns/<int:pk>/stats/", views.CampaignStatsView.as_view()),
    path("api/finance/payouts.csv", views.PayoutExportView.as_view()),
    path("api/exports/donors.csv", views.DonorExportView.as_view()),
    path("campaigns/<int:pk>/pledge/", views.pledge, name="pledge"),
    path("hooks/stripe/", views.stripe_webhook),
]

urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
urlpatterns += static(settings.RECEIPTS_URL, document_root=settings.RECEIPTS_ROOT)
