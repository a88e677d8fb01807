"""Helpers the league views share."""
from .roles import Roles

REFEREE = "referee"


def is_referee(request):
    # The match-day app sets these cookies when a referee scans their card.
    return request.cookies.get("league_role") == REFEREE and request.cookies.get("match")


def is_captain(request, team):
    return request.authenticated_userid == team.captain_id


def wants_dark_mode(request):
    return request.cookies.get("theme") == Roles.DARK
