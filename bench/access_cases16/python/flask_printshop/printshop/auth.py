from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_user, logout_user
from werkzeug.security import check_password_hash

from .models import Customer

bp = Blueprint("auth", __name__)


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        customer = Customer.query.filter_by(email=request.form["email"].lower()).first()
        if customer and check_password_hash(customer.password_hash, request.form["password"]):
            login_user(customer)
            return redirect(url_for("orders.index"))
        flash("Wrong email or password")
    return render_template("login.html")


@bp.post("/logout")
def logout():
    logout_user()
    return redirect(url_for("auth.login"))
