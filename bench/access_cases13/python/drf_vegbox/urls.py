from django.urls import include, path
from rest_framework.routers import DefaultRouter

from . import views

router = DefaultRouter()
router.register("subscriptions", views.SubscriptionViewSet, basename="subscription")
router.register("delivery-notes", views.DeliveryNoteViewSet)

urlpatterns = [
    path("api/", include(router.urls)),
    path("api/boxes/<int:pk>/", views.box_detail),
    path("api/boxes/<int:pk>/collect/", views.collect_box),
    path("api/packing/<int:week>/", views.packing_list),
    path("api/routes/regenerate/", views.regenerate_routes),
    path("api/me/", views.MeView.as_view()),
    path("account/skip/<int:week>/", views.skip_week),
    path("api/this-week/", views.this_week),
]
