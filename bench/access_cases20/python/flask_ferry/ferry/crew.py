from flask import Blueprint, abort, g, jsonify, request

from . import db
from .auth import login_required
from .models import Booking, Sailing

bp = Blueprint("crew", __name__)


@bp.before_request
@login_required
def crew_only():
    if not g.passenger.is_crew:
        abort(403)


@bp.get("/sailings/<int:sailing_id>/manifest")
def sailing_manifest(sailing_id):
    sailing = db.get_or_404(Sailing, sailing_id)
    rows = Booking.query.filter_by(sailing_id=sailing.id, status="confirmed").all()
    return jsonify(
        [{"ref": b.reference, "name": b.passenger.full_name, "vehicle": b.vehicle_registration} for b in rows]
    )


@bp.post("/sailings/<int:sailing_id>/close-boarding")
def close_boarding(sailing_id):
    if request.headers.get("X-Crew-Rank", "").lower() not in {"purser", "master"}:
        abort(403)
    sailing = db.get_or_404(Sailing, sailing_id)
    sailing.boarding_closed = True
    db.session.commit()
    return jsonify(closed=True)


@bp.post("/bookings/<reference>/checked-in")
def check_in(reference):
    booking = Booking.query.filter_by(reference=reference).first_or_404()
    booking.status = "boarded"
    db.session.commit()
    return jsonify(status=booking.status)
