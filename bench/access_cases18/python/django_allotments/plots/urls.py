from django.urls import path

from . import views

urlpatterns = [
    path("", views.SiteListView.as_view(), name="sites"),
    path("my-plots/", views.MyPlotsView.as_view(), name="my-plots"),
    path("plots/<int:pk>/", views.PlotDetailView.as_view(), name="plot-detail"),
    path("plots/<int:plot_id>/give-up/", views.give_up_plot, name="give-up-plot"),
    path("invoices/<int:pk>/", views.InvoiceDetailView.as_view(), name="invoice"),
    path("me/contact/", views.ContactUpdateView.as_view(), name="contact"),
    path("me/settings/", views.PlotholderSettingsView.as_view(), name="settings"),
    path("committee/inspections/", views.InspectionListView.as_view(), name="inspections"),
    path("committee/waiting-list.csv", views.WaitingListExportView.as_view(), name="waiting-csv"),
    path("committee/rent-run/<int:year>/", views.RentRunView.as_view(), name="rent-run"),
    path("water-rota/", views.water_rota, name="water-rota"),
    path("water-rota/<int:slot_id>/signup/", views.water_rota_signup, name="water-signup"),
]
