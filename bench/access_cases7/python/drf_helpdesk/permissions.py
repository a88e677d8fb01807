import hashlib
import hmac

from django.conf import settings
from rest_framework.permissions import SAFE_METHODS, BasePermission


class IsAgent(BasePermission):
    message = "Only support agents may do this."

    def has_permission(self, request, view):
        profile = getattr(request.user, "profile", None)
        return bool(request.user.is_authenticated and profile and profile.is_agent)


class IsSupervisor(BasePermission):
    def has_permission(self, request, view):
        profile = getattr(request.user, "profile", None)
        return bool(profile and profile.role == profile.ROLE_SUPERVISOR)


class IsTicketParticipant(BasePermission):
    """Object-level check for a ticket or something hanging off one."""

    def has_object_permission(self, request, view, obj):
        ticket = getattr(obj, "ticket", obj)
        profile = request.user.profile
        if profile.is_agent:
            return ticket.organization_id == profile.organization_id
        if request.method in SAFE_METHODS:
            return ticket.requester_id == request.user.id
        return ticket.requester_id == request.user.id and ticket.status != "closed"


class HasMailSignature(BasePermission):
    """Inbound mail provider signs each request body with a shared secret."""

    def has_permission(self, request, view):
        supplied = request.headers.get("X-Mail-Signature", "")
        expected = hmac.new(settings.INBOUND_MAIL_SECRET.encode(), request.body,
                            hashlib.sha256).hexdigest()
        return hmac.compare_digest(supplied, expected)
