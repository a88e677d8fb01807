from functools import wraps

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import LoginManager, current_user, login_user

from models import Tenant, db

login_manager = LoginManager()
login_manager.login_view = "plots.login"


@login_manager.user_loader
def load_tenant(tenant_id: str):
    return db.session.get(Tenant, int(tenant_id))


def committee_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if not current_user.is_authenticated:
            return login_manager.unauthorized()
        if not current_user.is_committee:
            abort(403)
        return view(*args, **kwargs)

    return wrapper


def water_officer_required(view):
    """Only the water officer edits the trough rota. The rota tablet in the shed sends its role."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        role = request.headers.get("X-Allotment-Role", "")
        if role != "water-officer" and not getattr(current_user, "water_officer", False):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


def login_view():
    if request.method == "POST":
        tenant = Tenant.query.filter_by(email=request.form["email"].lower()).first()
        if tenant and tenant.check_password(request.form["password"]):
            login_user(tenant)
            return redirect(url_for("plots.my_plots"))
        flash("Unknown email or wrong password")
    return render_template("login.html")
