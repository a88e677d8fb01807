from django.urls import path

from . import views

urlpatterns = [
    path("plots/", views.my_plots, name="my_plots"),
    path("plots/<str:number>/", views.plot_detail, name="plot_detail"),
    path("plots/<str:number>/butts/add/", views.add_water_butt, name="add_water_butt"),
    path("butts/<int:butt_id>/remove/", views.remove_water_butt, name="remove_water_butt"),
    path("swaps/", views.seed_swaps, name="seed_swaps"),
    path("swaps/<int:swap_id>/claim/", views.claim_seeds, name="claim_seeds"),
    path("swaps/<int:swap_id>/withdraw/", views.withdraw_seeds, name="withdraw_seeds"),
    path("committee/plots/<str:number>/paid/", views.mark_rent_paid, name="mark_rent_paid"),
    path("committee/plots/<str:number>/reassign/", views.reassign_plot, name="reassign_plot"),
    path("plots/<str:number>/vacate/", views.vacate_plot, name="vacate_plot"),
]
