from flask import Blueprint, jsonify, request

from . import db
from .auth import admin_required
from .models import Booking, Sailing

bp = Blueprint("ops", __name__)


@bp.post("/sailings")
@admin_required
def add_sailing():
    sailing = Sailing(route=request.form["route"], departs_at=request.form["departs_at"])
    db.session.add(sailing)
    db.session.commit()
    return jsonify(id=sailing.id), 201


@bp.post("/sailings/<int:sailing_id>/cancel")
def cancel_sailing(sailing_id):
    sailing = db.get_or_404(Sailing, sailing_id)
    sailing.cancelled = True
    refunded = 0
    for booking in Booking.query.filter_by(sailing_id=sailing.id, status="confirmed"):
        booking.status = "refunded"
        refunded += booking.fare_pence
    db.session.commit()
    return jsonify(cancelled=sailing.id, refunded_pence=refunded)


@bp.get("/sailings/<int:sailing_id>/load")
@admin_required
def sailing_load(sailing_id):
    count = Booking.query.filter_by(sailing_id=sailing_id, status="confirmed").count()
    return jsonify(bookings=count)
