"""Allotment society: plot holders, waiting list, harvest log and a small mobile API."""

import os

from flask import Flask, jsonify
from flask_jwt_extended import JWTManager
from flask_login import LoginManager
from flask_wtf.csrf import CSRFProtect

from .models import Member, db

csrf = CSRFProtect()
login_manager = LoginManager()
jwt = JWTManager()


def create_app(config_object="allotments.config.Production"):
    app = Flask(__name__, static_folder="instance/exports", static_url_path="/exports")
    app.config.from_object(config_object)
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.config["JWT_SECRET_KEY"] = os.environ["ALLOTMENTS_JWT_SECRET"]
    app.config["JWT_TOKEN_LOCATION"] = ["headers"]

    db.init_app(app)
    csrf.init_app(app)
    jwt.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"

    from .admin import admin_bp
    from .api import api_bp
    from .auth import auth_bp
    from .plots import plots_bp

    app.register_blueprint(auth_bp)
    app.register_blueprint(plots_bp, url_prefix="/plots")
    app.register_blueprint(admin_bp, url_prefix="/admin")
    csrf.exempt(api_bp)
    app.register_blueprint(api_bp, url_prefix="/api/v1")

    @app.get("/healthz")
    def healthz():
        return jsonify(status="ok")

    return app


@login_manager.user_loader
def load_member(member_id):
    return db.session.get(Member, int(member_id))
