from django.contrib import admin
from django.urls import include, path
from rest_framework.routers import DefaultRouter

from lessons import api, views

router = DefaultRouter()
router.register("lessons", api.LessonViewSet, basename="lesson")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/login/", views.login_view, name="login"),
    path("", views.dashboard, name="dashboard"),
    path("lessons/<int:pk>/", views.lesson_detail, name="lesson"),
    path("lessons/<int:pk>/cancel/", views.cancel_lesson, name="cancel-lesson"),
    path("staff/payouts/", views.PayoutListView.as_view(), name="payouts"),
    path("staff/payouts/<int:pk>/approve/", views.PayoutApproveView.as_view(), name="approve-payout"),
    path("staff/safeguarding.csv", views.safeguarding_export, name="safeguarding-export"),
    path("webhooks/stripe/", views.stripe_webhook),
    path("api/", include(router.urls)),
    path("api/tutors/", api.TutorDirectory.as_view()),
    path("api/tutors/me/", api.MyTutorProfile.as_view()),
    path("api/tutors/<int:tutor_id>/reviews/", api.leave_review),
    path("api/lessons/<int:pk>/private-notes/", api.lesson_private_notes),
]
