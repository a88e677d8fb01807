from functools import wraps

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required, login_user, logout_user

from .models import Member

bp = Blueprint("auth", __name__)


def staff_required(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        if not current_user.is_authenticated or not current_user.is_staff:
            abort(403)
        return view(*args, **kwargs)
    return wrapped


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        member = Member.query.filter_by(email=request.form["email"].strip().lower()).first()
        if member and not member.banned and member.check_password(request.form["password"]):
            login_user(member)
            return redirect(url_for("members.dashboard"))
        flash("Wrong email or password")
    return render_template("login.html")


@bp.post("/logout")
@login_required
def logout():
    logout_user()
    return redirect(url_for("auth.login"))
