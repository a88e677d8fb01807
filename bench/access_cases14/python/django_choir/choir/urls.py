from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import path, re_path
from django.views.static import serve

from members import views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("concerts/", views.upcoming_concerts, name="concerts"),
    path("me/", views.ProfileUpdateView.as_view(), name="profile"),
    path("me/attendance/", views.my_attendance, name="my-attendance"),
    path("me/fees/<int:pk>/", views.FeeInvoiceDetailView.as_view(), name="fee-invoice"),
    path("me/absences/<int:pk>/", views.AbsenceNoteUpdateView.as_view(), name="absence-edit"),
    path("parts/swap/", views.swap_part, name="swap-part"),
    path("sections/<slug:section>/register/", views.SectionRegisterView.as_view(),
         name="section-register"),
    path("sections/<slug:section>/seating/", views.SeatingPlanView.as_view(), name="seating"),
    path("sections/attendance/purge/", views.PurgeAttendanceView.as_view(),
         name="purge-attendance"),
    re_path(r"^programmes/(?P<path>.*)$", serve,
            {"document_root": settings.MEDIA_ROOT / "programmes"}),
    re_path(r"^contracts/(?P<path>.*)$", serve,
            {"document_root": settings.MEDIA_ROOT / "contracts", "show_indexes": True}),
]
