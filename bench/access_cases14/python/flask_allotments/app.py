"""Hillside Allotment Society: plot tenancies, waiting list, water rota and rent."""

import os

from flask import Flask
from flask_wtf.csrf import CSRFProtect

from auth import login_manager
from models import db

csrf = CSRFProtect()


def create_app() -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(
        SECRET_KEY=os.environ["ALLOTMENT_SECRET_KEY"],
        SQLALCHEMY_DATABASE_URI=os.environ.get("DATABASE_URL", "sqlite:///allotments.db"),
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )
    db.init_app(app)
    login_manager.init_app(app)
    csrf.init_app(app)

    from committee import bp as committee_bp
    from plots import bp as plots_bp

    app.register_blueprint(plots_bp)
    app.register_blueprint(committee_bp, url_prefix="/committee")

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app
