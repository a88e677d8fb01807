from datetime import date, timedelta

from flask import Blueprint, abort, jsonify, render_template, request
from flask_login import current_user, login_required

from . import csrf, db
from .models import Booking, Pass, Route

bp = Blueprint("members", __name__)


@bp.get("/")
@login_required
def dashboard():
    return render_template("dashboard.html", passes=current_user.passes,
                           bookings=[b for b in current_user.bookings if not b.cancelled])


@bp.post("/bookings")
@login_required
def book_session():
    booking = Booking(member_id=current_user.id,
                      session_start=request.form["session_start"],
                      emergency_contact=request.form["emergency_contact"],
                      medical_notes=request.form.get("medical_notes", ""))
    db.session.add(booking)
    db.session.commit()
    return jsonify(id=booking.id), 201


@bp.post("/bookings/<int:booking_id>/cancel")
@login_required
def cancel_booking(booking_id):
    booking = (Booking.query
               .filter(Booking.id == booking_id, Booking.member == current_user)
               .first_or_404())
    booking.cancelled = True
    db.session.commit()
    return jsonify(ok=True)


@bp.get("/bookings/<int:booking_id>/waiver")
@login_required
def booking_waiver(booking_id):
    booking = db.session.get(Booking, booking_id)
    if booking is None:
        abort(404)
    return render_template("waiver.html", booking=booking,
                           contact=booking.emergency_contact,
                           medical=booking.medical_notes)


@bp.post("/passes/<int:pass_id>/freeze")
@csrf.exempt
@login_required
def freeze_pass(pass_id):
    climbing_pass = Pass.query.filter_by(id=pass_id, member_id=current_user.id).first_or_404()
    weeks = min(int(request.form.get("weeks", 1)), 8)
    climbing_pass.frozen_until = date.today() + timedelta(weeks=weeks)
    db.session.commit()
    return jsonify(frozen_until=climbing_pass.frozen_until.isoformat())


@bp.post("/routes/<int:route_id>/grade")
@login_required
def regrade_route(route_id):
    # setters regrade from the wall-side tablet, which sets the role cookie
    if request.cookies.get("gym_role") != "setter":
        abort(403)
    route = db.get_or_404(Route, route_id)
    route.grade = request.form["grade"]
    db.session.commit()
    return jsonify(id=route.id, grade=route.grade)


@bp.get("/routes")
def current_routes():
    routes = Route.query.filter(Route.stripped_at.is_(None)).order_by(Route.wall).all()
    return jsonify([{"id": r.id, "wall": r.wall, "colour": r.colour, "grade": r.grade}
                    for r in routes])
