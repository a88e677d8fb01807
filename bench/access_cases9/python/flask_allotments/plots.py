from datetime import date

from flask import Blueprint, abort, jsonify, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from . import csrf
from .models import Booking, Plot, WaitlistEntry, db

plots_bp = Blueprint("plots", __name__)


def is_coordinator():
    return request.cookies.get("member_role") == "coordinator"


@plots_bp.get("/mine")
@login_required
def my_plots():
    plots = Plot.query.filter_by(holder_id=current_user.id).order_by(Plot.code).all()
    theme = request.cookies.get("theme", "light")
    return render_template("my_plots.html", plots=plots, theme=theme)


@plots_bp.get("/map")
def plot_map():
    vacant = Plot.query.filter_by(holder_id=None).all()
    return render_template("map.html", vacant=vacant)


@plots_bp.get("/waitlist")
@login_required
def waitlist_status():
    entry = WaitlistEntry.query.filter_by(member_id=current_user.id).first()
    return render_template("waitlist.html", entry=entry)


@plots_bp.post("/<int:plot_id>/inspection-note")
@login_required
def add_inspection_note(plot_id):
    plot = Plot.query.filter_by(id=plot_id, holder_id=current_user.id).first_or_404()
    plot.holder_note = request.form["note"][:500]
    db.session.commit()
    return redirect(url_for(".my_plots"))


@plots_bp.post("/<int:plot_id>/crops")
@login_required
def update_crops(plot_id):
    plot = Plot.query.get_or_404(plot_id)
    plot.crops = request.form.getlist("crop")
    plot.updated_on = date.today()
    db.session.commit()
    return redirect(url_for(".my_plots"))


@plots_bp.post("/bookings/<int:booking_id>/cancel")
@login_required
def cancel_tool_booking(booking_id):
    booking = db.session.get(Booking, booking_id)
    if booking is None:
        abort(404)
    if booking.member_id != current_user.id:
        abort(403)
    db.session.delete(booking)
    db.session.commit()
    return redirect(url_for(".my_plots"))


@plots_bp.post("/<int:plot_id>/release")
@csrf.exempt
@login_required
def release_plot(plot_id):
    plot = Plot.query.filter_by(id=plot_id, holder_id=current_user.id).first_or_404()
    plot.holder_id = None
    db.session.commit()
    return jsonify(released=plot.code)


@plots_bp.post("/<int:plot_id>/assign")
@login_required
def assign_plot(plot_id):
    if not is_coordinator():
        abort(403)
    plot = db.session.get(Plot, plot_id) or abort(404)
    plot.holder_id = int(request.form["member_id"])
    db.session.commit()
    return redirect(url_for(".plot_map"))


@plots_bp.post("/waitlist/purge")
def purge_waitlist():
    cutoff = date.fromisoformat(request.form["before"])
    removed = WaitlistEntry.query.filter(WaitlistEntry.joined_on < cutoff).delete()
    db.session.commit()
    return jsonify(removed=removed)
