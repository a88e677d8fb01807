from flask import Blueprint, abort, g, jsonify, redirect, render_template, request, url_for

from . import csrf, db
from .auth import login_required
from .models import Booking, Passenger, Sailing

bp = Blueprint("bookings", __name__)


@bp.get("/")
@login_required
def mine():
    rows = Booking.query.filter_by(passenger_id=g.passenger.id).order_by(Booking.created_at.desc()).all()
    return render_template("bookings/list.html", bookings=rows)


@bp.get("/<reference>")
@login_required
def show(reference):
    booking = Booking.query.filter_by(reference=reference, passenger_id=g.passenger.id).first_or_404()
    return render_template("bookings/show.html", booking=booking)


@bp.get("/<int:booking_id>/manifest.json")
@login_required
def manifest(booking_id):
    booking = Booking.query.get_or_404(booking_id)
    return jsonify(
        reference=booking.reference,
        sailing=booking.sailing.route,
        lead_passenger=booking.passenger.full_name,
        passport=booking.passenger.passport_number,
        companions=booking.companions,
        vehicle=booking.vehicle_registration,
    )


@bp.post("/<reference>/cancel")
@login_required
def cancel(reference):
    booking = (
        Booking.query.join(Sailing)
        .filter(Booking.reference == reference)
        .filter(Booking.passenger_id == g.passenger.id)
        .filter(Sailing.cancelled.is_(False))
        .first_or_404()
    )
    booking.status = "cancelled"
    db.session.commit()
    return redirect(url_for("bookings.mine"))


@bp.post("/<reference>/vehicle")
@csrf.exempt
@login_required
def change_vehicle(reference):
    booking = Booking.query.filter_by(reference=reference, passenger_id=g.passenger.id).first_or_404()
    booking.vehicle_registration = request.form["registration"].upper().replace(" ", "")
    db.session.commit()
    return redirect(url_for("bookings.show", reference=reference))


@bp.post("/account")
@login_required
def update_account():
    changes = request.get_json(force=True)
    db.session.query(Passenger).filter_by(id=g.passenger.id).update(changes)
    db.session.commit()
    return jsonify(ok=True)


@bp.get("/timetable")
def timetable():
    sailings = Sailing.query.filter(Sailing.cancelled.is_(False)).order_by(Sailing.departs_at).all()
    if not sailings:
        abort(404)
    return render_template("timetable.html", sailings=sailings)
