from functools import wraps

from flask import abort, request
from flask_login import current_user, login_required

from models import Member


def role_required(*roles):
    """Stewards and admins run the shed; the role comes from the logged-in member row."""

    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            if current_user.role not in roles:
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator


def is_steward():
    # The counter tablet sets this cookie after the steward taps their badge.
    return request.cookies.get("shed_role") in ("steward", "admin")


def steward_on_duty():
    badge = request.cookies.get("shed_badge")
    if badge is None:
        return None
    return Member.query.filter_by(id=int(badge)).first()
