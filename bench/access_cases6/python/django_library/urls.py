from django.contrib.auth import views as auth_views
from django.urls import include, path
from rest_framework.authtoken.views import obtain_auth_token
from rest_framework.routers import DefaultRouter

from . import api, views

router = DefaultRouter()
router.register("catalogue", api.CatalogueViewSet, basename="catalogue")
router.register("loans", api.LoanViewSet, basename="loan")
router.register("reservations", api.ReservationViewSet, basename="reservation")

urlpatterns = [
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("loans/", views.LoanListView.as_view(), name="loan-list"),
    path("loans/<int:pk>/", views.LoanDetailView.as_view(), name="loan-detail"),
    path("loans/<int:pk>/renew/", views.renew_loan, name="loan-renew"),
    path("history/", views.reading_history, name="history"),
    path("reservations/<int:pk>/", views.ReservationDetailView.as_view(),
         name="reservation-detail"),
    path("reservations/<int:pk>/cancel/", views.cancel_reservation, name="reservation-cancel"),
    path("branches/<int:pk>/edit/", views.BranchUpdateView.as_view(), name="branch-edit"),
    path("branches/<int:pk>/delete/", views.BranchDeleteView.as_view(), name="branch-delete"),
    path("desk/fines/", views.FinesDeskView.as_view(), name="fines-desk"),
    path("desk/fines/<int:member_id>/waive/", views.waive_fines, name="fines-waive"),
    path("hooks/payments/", views.payment_webhook, name="payments-webhook"),
    path("hours/", views.opening_hours, name="opening-hours"),
    path("overdue/", views.overdue_notice, name="overdue"),
    path("api/", include(router.urls)),
    path("api/token/", obtain_auth_token, name="api-token"),
    path("api/me/", api.MemberProfileView.as_view(), name="api-me"),
    path("api/members/", api.MemberDirectoryView.as_view(), name="api-members"),
    path("api/export/circulation.csv", api.CirculationExportView.as_view(),
         name="api-export"),
    path("api/stats/branches/", api.BranchStatsView.as_view(), name="api-branch-stats"),
]
