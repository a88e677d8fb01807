from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_jwt_extended import create_access_token
from flask_login import current_user, login_required, login_user, logout_user
from werkzeug.security import check_password_hash, generate_password_hash

from .models import Member, db

auth_bp = Blueprint("auth", __name__)


@auth_bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        member = Member.query.filter_by(email=request.form["email"].lower()).first()
        if member and check_password_hash(member.password_hash, request.form["password"]):
            login_user(member, remember=bool(request.form.get("remember")))
            return redirect(request.args.get("next") or url_for("plots.my_plots"))
        flash("Wrong email or password")
    return render_template("login.html")


@auth_bp.route("/join", methods=["GET", "POST"])
def join():
    if request.method == "POST":
        member = Member(
            email=request.form["email"].lower(),
            name=request.form["name"],
            password_hash=generate_password_hash(request.form["password"]),
            role="applicant",
        )
        db.session.add(member)
        db.session.commit()
        login_user(member)
        return redirect(url_for("plots.waitlist_status"))
    return render_template("join.html")


@auth_bp.post("/logout")
@login_required
def logout():
    logout_user()
    return redirect(url_for("auth.login"))


@auth_bp.post("/api/token")
def issue_token():
    data = request.get_json(force=True)
    member = Member.query.filter_by(email=data.get("email", "").lower()).first()
    if not member or not check_password_hash(member.password_hash, data.get("password", "")):
        return {"error": "invalid credentials"}, 401
    return {"access_token": create_access_token(identity=str(member.id))}


@auth_bp.post("/account")
@login_required
def update_account():
    payload = request.get_json() or {}
    for key, value in payload.items():
        setattr(current_user, key, value)
    db.session.commit()
    return {"ok": True}


@auth_bp.post("/account/contact")
@login_required
def update_contact():
    form = request.form
    for field in ("phone", "display_name", "newsletter"):
        if field in form:
            setattr(current_user, field, form[field])
    db.session.commit()
    return redirect(url_for("plots.my_plots"))
