from django.urls import include, path
from rest_framework.routers import DefaultRouter

from . import views

router = DefaultRouter()
router.register("expenses", views.ExpenseViewSet, basename="expense")

urlpatterns = [
    path("api/", include(router.urls)),
    path("api/profile/", views.ProfileView.as_view()),
    path("api/receipts/<int:receipt_id>/", views.ReceiptDownloadView.as_view()),
    path("api/export/", views.ExportAllView.as_view()),
    path("api/totals/<int:year>/<int:month>/", views.MonthlyTotalsView.as_view()),
    path("expenses/<int:expense_id>/", views.expense_detail),
    path("expenses/<int:expense_id>/submit/", views.submit_expense),
    path("expenses/<int:expense_id>/approve/", views.approve_expense),
]
