from django.conf import settings
from django.urls import path, re_path
from django.views.static import serve

from . import views

app_name = "clubs"

urlpatterns = [
    path("", views.club_directory, name="directory"),
    path("mine/", views.MyClubsView.as_view(), name="mine"),
    path("admin/all/", views.ClubAdminView.as_view(), name="admin-all"),
    path("reviews/<int:pk>/", views.ReviewDetailView.as_view(), name="review"),
    path("reviews/<int:pk>/edit/", views.edit_review, name="review-edit"),
    path("reviews/<int:pk>/delete/", views.ReviewDeleteView.as_view(), name="review-delete"),
    path("reviews/moderation/", views.all_reviews_moderation, name="moderation"),
    path("membership/<int:pk>/", views.MembershipUpdateView.as_view(), name="membership"),
    path("<int:club_id>/meetings/<int:meeting_id>/", views.meeting_detail, name="meeting"),
    path("meetings/<int:meeting_id>/rsvp/", views.rsvp, name="rsvp"),
    path("meetings/<int:meeting_id>/cancel/", views.cancel_meeting, name="meeting-cancel"),
    path("<int:club_id>/members/<int:user_id>/remove/", views.remove_member, name="remove"),
    path("<int:club_id>/members.csv", views.export_members, name="export"),
    path("<int:club_id>/reading-list/", views.update_reading_list, name="reading-list"),
    path("covers/<path:path>", serve, {"document_root": settings.COVERS_ROOT}),
    re_path(r"^member-uploads/(?P<path>.*)$", serve,
            {"document_root": settings.MEMBER_UPLOADS_ROOT, "show_indexes": True}),
]
