import secrets

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from app import csrf
from models import Booking, Sailing, db

bookings_bp = Blueprint("bookings", __name__)

ACCOUNT_FIELDS = ("full_name", "phone")


@bookings_bp.get("/")
@login_required
def my_bookings():
    rows = Booking.query.filter_by(user_id=current_user.id).order_by(Booking.created_at.desc())
    return jsonify([{"reference": b.reference, "sailing": b.sailing.route, "status": b.status}
                    for b in rows])


@bookings_bp.post("/")
@login_required
def create_booking():
    data = request.get_json(force=True)
    sailing = db.get_or_404(Sailing, int(data["sailing_id"]))
    booking = Booking(
        reference=secrets.token_hex(4).upper(),
        user_id=current_user.id,
        sailing_id=sailing.id,
        passengers=int(data.get("passengers", 1)),
        vehicle_reg=data.get("vehicle_reg"),
    )
    db.session.add(booking)
    db.session.commit()
    return jsonify({"reference": booking.reference}), 201


@bookings_bp.get("/<int:booking_id>/boarding-pass")
@login_required
def boarding_pass(booking_id: int):
    booking = Booking.query.get_or_404(booking_id)
    return jsonify({
        "reference": booking.reference,
        "name": booking.user.full_name,
        "passengers": booking.passengers,
        "vehicle_reg": booking.vehicle_reg,
        "passport_numbers": booking.passport_numbers,
        "departs_at": booking.sailing.departs_at.isoformat(),
    })


@bookings_bp.post("/<int:booking_id>/cancel")
@login_required
def cancel_booking(booking_id: int):
    booking = Booking.query.filter_by(id=booking_id, user_id=current_user.id).first_or_404()
    booking.status = "cancelled"
    db.session.commit()
    return jsonify({"status": booking.status})


@bookings_bp.post("/<int:booking_id>/transfer")
@csrf.exempt
@login_required
def transfer_booking(booking_id: int):
    booking = Booking.query.filter_by(id=booking_id, user_id=current_user.id).first_or_404()
    new_sailing = db.get_or_404(Sailing, int(request.form["sailing_id"]))
    booking.sailing_id = new_sailing.id
    db.session.commit()
    return jsonify({"reference": booking.reference, "sailing": new_sailing.route})


@bookings_bp.patch("/account/contact")
@login_required
def update_contact():
    data = request.get_json(force=True)
    for field in ACCOUNT_FIELDS:
        if field in data:
            setattr(current_user, field, str(data[field])[:120])
    db.session.commit()
    return jsonify({"ok": True})


@bookings_bp.patch("/account")
@login_required
def update_account():
    data = request.get_json(force=True)
    for key, value in data.items():
        if hasattr(current_user, key) and key not in ("id", "password_hash"):
            setattr(current_user, key, value)
    db.session.commit()
    return jsonify({"ok": True})


@bookings_bp.get("/<int:booking_id>/receipt")
@login_required
def receipt(booking_id: int):
    booking = db.session.get(Booking, booking_id)
    if booking is None:
        abort(404)
    if booking.user_id != current_user.id and not current_user.is_staff:
        abort(403)
    return jsonify({"reference": booking.reference, "passengers": booking.passengers})
