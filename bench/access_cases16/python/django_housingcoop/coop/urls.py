from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.urls import path
from django.views.static import serve

from housing import board, views

urlpatterns = [
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("", login_required(views.dashboard), name="dashboard"),
    path("tenancy/<int:pk>/", views.TenancyDetailView.as_view(), name="tenancy"),
    path("repairs/<int:pk>/", views.RepairRequestDetailView.as_view(), name="repair"),
    path("rent/<int:pk>/statement/", views.rent_statement, name="rent-statement"),
    path("profile/", views.ProfileUpdateView.as_view(), name="profile"),
    path("meter-readings/", views.submit_meter_reading, name="meter-reading"),
    path("guest-rooms/<int:pk>/cancel/", views.cancel_guest_room, name="guest-room-cancel"),
    path("door-code/", views.door_code, name="door-code"),
    path("webhooks/gocardless/", views.gocardless_webhook, name="gocardless"),
    path("board/arrears/", staff_member_required(board.arrears_report), name="arrears"),
    path("board/allocations/", staff_member_required(board.allocate_unit), name="allocate"),
    path("board/minutes/<int:pk>/", board.MinutesDetailView.as_view(), name="minutes"),
    path("board/minutes/<int:pk>/delete/", board.MinutesDeleteView.as_view(), name="minutes-delete"),
    path("board/members/<int:pk>/rent-band/", board.RentBandUpdateView.as_view(), name="rent-band"),
    path("media/<path:path>", login_required(serve), {"document_root": settings.MEDIA_ROOT}),
]
