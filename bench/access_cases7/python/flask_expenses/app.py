import os

from flask import Flask, jsonify, redirect, render_template, request, url_for
from flask_login import LoginManager, current_user, login_user, logout_user
from flask_wtf.csrf import CSRFProtect
from sqlalchemy import select

from .models import User, db

login_manager = LoginManager()
csrf = CSRFProtect()


@login_manager.user_loader
def load_user(user_id: str):
    return db.session.get(User, int(user_id))


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    app.config.update(
        SECRET_KEY=os.environ["EXPENSES_SECRET_KEY"],
        SQLALCHEMY_DATABASE_URI=os.environ.get("DATABASE_URL", "sqlite:///expenses.db"),
        RECEIPT_DIR=os.environ.get("RECEIPT_DIR", "/var/lib/expenses/receipts"),
        API_TOKEN_KEY=os.environ["EXPENSES_API_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        MAX_CONTENT_LENGTH=8 * 1024 * 1024,
    )
    if config:
        app.config.update(config)

    db.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "login"
    csrf.init_app(app)

    from .api import api_bp
    from .expenses import expenses_bp
    from .reports import reports_bp

    app.register_blueprint(expenses_bp, url_prefix="/expenses")
    app.register_blueprint(reports_bp, url_prefix="/reports")
    app.register_blueprint(api_bp, url_prefix="/api/v1")
    csrf.exempt(api_bp)
    csrf.exempt(reports_bp)

    @app.get("/healthz")
    def healthz():
        return jsonify(status="ok")

    @app.route("/login", methods=["GET", "POST"])
    def login():
        if current_user.is_authenticated:
            return redirect(url_for("expenses.index"))
        error = None
        if request.method == "POST":
            email = request.form.get("email", "").strip().lower()
            user = db.session.scalar(select(User).where(User.email == email))
            if user is not None and user.check_password(request.form.get("password", "")):
                login_user(user, remember=bool(request.form.get("remember")))
                return redirect(url_for("expenses.index"))
            error = "Invalid email or password"
        return render_template("login.html", error=error)

    @app.post("/logout")
    def logout():
        logout_user()
        return redirect(url_for("login"))

    @app.errorhandler(404)
    def not_found(_error):
        if request.path.startswith("/api/"):
            return jsonify(error="not found"), 404
        return render_template("404.html"), 404

    @app.errorhandler(403)
    def forbidden(_error):
        if request.path.startswith("/api/"):
            return jsonify(error="forbidden"), 403
        return render_template("403.html"), 403

    return app
