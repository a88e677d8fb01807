from flask import Blueprint, jsonify, request
from flask_login import login_required

from auth import staff_required
from models import Booking, Sailing, db

admin_bp = Blueprint("admin", __name__)


@admin_bp.post("/sailings")
@login_required
@staff_required
def add_sailing():
    data = request.get_json(force=True)
    sailing = Sailing(route=data["route"], departs_at=data["departs_at"],
                      vehicle_deck_capacity=int(data["vehicle_deck_capacity"]))
    db.session.add(sailing)
    db.session.commit()
    return jsonify({"id": sailing.id}), 201


@admin_bp.get("/sailings/<int:sailing_id>/manifest")
@login_required
@staff_required
def manifest(sailing_id: int):
    rows = Booking.query.filter_by(sailing_id=sailing_id, status="confirmed").all()
    return jsonify([{"reference": b.reference, "name": b.user.full_name,
                     "passengers": b.passengers, "vehicle_reg": b.vehicle_reg} for b in rows])


@admin_bp.post("/sailings/<int:sailing_id>/cancel-all")
def cancel_sailing(sailing_id: int):
    sailing = db.get_or_404(Sailing, sailing_id)
    sailing.status = "cancelled"
    Booking.query.filter_by(sailing_id=sailing_id).update({"status": "cancelled"})
    db.session.commit()
    return jsonify({"sailing": sailing.id, "status": "cancelled"})
