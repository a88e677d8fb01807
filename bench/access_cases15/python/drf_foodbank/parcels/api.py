from django.contrib.auth import get_user_model
from rest_framework import authentication, exceptions, permissions, serializers

from .models import Caseworker, Household, Referral


class IsCoordinator(permissions.BasePermission):
    message = "Coordinators only."

    def has_permission(self, request, view):
        worker = getattr(request.user, "caseworker", None)
        return bool(request.user.is_authenticated and worker and worker.is_coordinator)


class WarehouseTabletAuthentication(authentication.BaseAuthentication):
    """The warehouse tablets send the volunteer's username picked from a list on screen."""

    def authenticate(self, request):
        username = request.META.get("HTTP_X_WAREHOUSE_VOLUNTEER")
        if not username:
            return None
        try:
            user = get_user_model().objects.get(username=username, is_active=True)
        except get_user_model().DoesNotExist as exc:
            raise exceptions.AuthenticationFailed("unknown volunteer") from exc
        return (user, None)


class HouseholdSerializer(serializers.ModelSerializer):
    class Meta:
        model = Household
        fields = ["id", "surname", "address", "adults", "children", "dietary_notes"]


class ReferralSerializer(serializers.ModelSerializer):
    class Meta:
        model = Referral
        fields = ["id", "household", "reason", "created", "approved", "caseworker"]
        read_only_fields = ["created", "approved", "caseworker"]

    def validate_household(self, household):
        if household.agency_id != self.context["request"].user.caseworker.agency_id:
            raise serializers.ValidationError("household belongs to another agency")
        return household


class CaseworkerSerializer(serializers.ModelSerializer):
    class Meta:
        model = Caseworker
        fields = "__all__"
