from django.contrib.auth import views as auth_views
from django.urls import include, path
from rest_framework.routers import DefaultRouter

from . import views

router = DefaultRouter()
router.register("tickets", views.TicketViewSet, basename="ticket")
router.register("comments", views.CommentViewSet, basename="comment")

urlpatterns = [
    path("api/", include(router.urls)),
    path("api/attachments/<int:pk>/download/", views.AttachmentDownloadView.as_view(),
         name="attachment-download"),
    path("api/attachments/<int:pk>/", views.AttachmentDeleteView.as_view(),
         name="attachment-delete"),
    path("api/me/profile/", views.MyProfileView.as_view(), name="my-profile"),
    path("api/tickets/<int:pk>/take/", views.ActAsAgentView.as_view(), name="ticket-take"),
    path("hooks/inbound-email/", views.InboundEmailView.as_view(), name="inbound-email"),
    path("tickets/<int:pk>/", views.ticket_page, name="ticket-page"),
    path("tickets/<int:pk>/close/", views.close_ticket, name="ticket-close"),
    path("tickets/export.csv", views.export_tickets, name="ticket-export"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/password_reset/", auth_views.PasswordResetView.as_view(),
         name="password_reset"),
]
