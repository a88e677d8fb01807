from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth import views as auth_views
from django.urls import path
from django.views.static import serve

from . import api, views

urlpatterns = [
    path("", views.CatalogView.as_view(), name="catalog"),
    path("signup/", views.SignupView.as_view(), name="signup"),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("password-reset/", auth_views.PasswordResetView.as_view(), name="password_reset"),
    path("loans/", views.MyLoansView.as_view(), name="my-loans"),
    path("loans/<int:pk>/", views.LoanDetailView.as_view(), name="loan-detail"),
    path("loans/<int:pk>/note/", views.LoanNoteView.as_view(), name="loan-note"),
    path("loans/<int:pk>/return/", views.LoanReturnView.as_view(), name="loan-return"),
    path("holds/<int:pk>/cancel/", views.HoldCancelView.as_view(), name="hold-cancel"),
    path("lists/<int:pk>/edit/", views.ReadingListEditView.as_view(), name="reading-list-edit"),
    path("profile/", views.ProfileView.as_view(), name="profile"),
    path("staff/overdue/", views.OverdueReportView.as_view(), name="overdue"),
    path("staff/members.csv", views.MemberExportView.as_view(), name="member-export"),
    path("staff/members/<int:pk>/waive/", views.WaiveFinesView.as_view(), name="waive-fines"),
    path("staff/dashboard/", staff_member_required(views.OverdueReportView.as_view()), name="dashboard"),
    path("api/books/<str:isbn>/availability/", api.book_availability),
    path("api/loans/<int:pk>/renew/", api.renew_loan),
    path("api/fines/pay/", api.pay_fines),
    path("api/history/", api.reading_history),
    path("api/lists/<int:pk>/", api.public_reading_list),
    path("hooks/payments/", api.payment_webhook),
    path("covers/<path:path>", serve, {"document_root": settings.COVER_IMAGES_ROOT}),
    path("member-documents/<path:path>", serve,
         {"document_root": settings.MEMBER_DOCUMENTS_ROOT, "show_indexes": True}),
]
