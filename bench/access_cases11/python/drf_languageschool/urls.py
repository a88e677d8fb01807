from django.urls import include, path
from rest_framework.routers import DefaultRouter

from . import views

router = DefaultRouter()
router.register("courses", views.CourseViewSet, basename="course")
router.register("submissions", views.SubmissionViewSet, basename="submission")

urlpatterns = [
    path("api/", include(router.urls)),
    path("api/me/submissions/", views.MySubmissionsView.as_view()),
    path("api/me/submissions/<int:pk>/", views.submission_detail),
    path("api/grades/<int:pk>/", views.GradeView.as_view()),
    path("api/staffroom/grades/<int:pk>/", views.StaffRoomGradeView.as_view()),
    path("api/me/profile/", views.ProfileView.as_view()),
    path("api/attachments/<int:pk>/", views.delete_attachment),
    path("api/courses/<int:pk>/settings/", views.update_course),
    path("health/", views.health),
]
