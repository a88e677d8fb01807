"""Small helpers the club views share for membership and organiser checks."""
from django.core.exceptions import PermissionDenied

from .models import Membership

ORGANISER = "organiser"


def member_of(user, club):
    return Membership.objects.filter(user=user, club=club, active=True).exists()


def ensure_member(user, club):
    if not member_of(user, club):
        raise PermissionDenied("not a member of this club")


def is_organiser(request, club):
    # Organisers get a cookie when they open the organiser dashboard.
    return request.COOKIES.get("club_role") == ORGANISER and request.COOKIES.get(
        "club_id") == str(club.pk)


def memberships_for(user):
    return Membership.objects.filter(user=user, active=True).select_related("club")
