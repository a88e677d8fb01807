from functools import wraps

from flask import Blueprint, abort, flash, g, redirect, render_template, request, session, url_for
from werkzeug.security import check_password_hash, generate_password_hash

from . import db
from .models import Passenger

bp = Blueprint("auth", __name__)


def load_passenger():
    g.passenger = None
    passenger_id = session.get("passenger_id")
    if passenger_id is not None:
        g.passenger = db.session.get(Passenger, passenger_id)


def login_required(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        if g.passenger is None:
            return redirect(url_for("auth.login", next=request.path))
        return view(*args, **kwargs)

    return wrapped


def admin_required(view):
    @wraps(view)
    @login_required
    def wrapped(*args, **kwargs):
        if not g.passenger.is_admin:
            abort(403)
        return view(*args, **kwargs)

    return wrapped


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        passenger = Passenger.query.filter_by(email=request.form["email"].lower()).first()
        if passenger is None or not check_password_hash(passenger.password_hash, request.form["password"]):
            flash("Wrong email or password")
            return render_template("login.html"), 401
        session.clear()
        session["passenger_id"] = passenger.id
        return redirect(request.args.get("next") or url_for("bookings.mine"))
    return render_template("login.html")


@bp.route("/register", methods=["POST"])
def register():
    passenger = Passenger(
        email=request.form["email"].lower(),
        full_name=request.form["full_name"],
        password_hash=generate_password_hash(request.form["password"]),
    )
    db.session.add(passenger)
    db.session.commit()
    session.clear()
    session["passenger_id"] = passenger.id
    return redirect(url_for("bookings.mine"))


@bp.route("/logout", methods=["POST"])
def logout():
    session.clear()
    return redirect(url_for("auth.login"))
