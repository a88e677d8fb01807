import os

from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from flask_wtf.csrf import CSRFProtect

db = SQLAlchemy()
csrf = CSRFProtect()


def create_app(config=None):
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["FERRY_SECRET_KEY"],
        SQLALCHEMY_DATABASE_URI=os.environ.get("DATABASE_URL", "sqlite:///ferry.db"),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=True,
        PORT_AUTHORITY_SECRET=os.environ.get("PORT_AUTHORITY_SECRET", ""),
    )
    if config:
        app.config.update(config)
    db.init_app(app)
    csrf.init_app(app)

    from . import auth, bookings, crew, ops, webhooks

    app.register_blueprint(auth.bp)
    app.register_blueprint(bookings.bp, url_prefix="/bookings")
    app.register_blueprint(crew.bp, url_prefix="/crew")
    app.register_blueprint(ops.bp, url_prefix="/ops")
    app.register_blueprint(webhooks.bp, url_prefix="/webhooks")
    app.before_request(auth.load_passenger)
    return app
