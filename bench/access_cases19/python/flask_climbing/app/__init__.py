from flask import Flask
from flask_login import LoginManager
from flask_sqlalchemy import SQLAlchemy
from flask_wtf.csrf import CSRFProtect

db = SQLAlchemy()
csrf = CSRFProtect()
login_manager = LoginManager()
login_manager.login_view = "auth.login"


def create_app(config_object="config.Production"):
    app = Flask(__name__)
    app.config.from_object(config_object)
    app.config.setdefault("SESSION_COOKIE_HTTPONLY", True)

    db.init_app(app)
    csrf.init_app(app)
    login_manager.init_app(app)

    from .auth import bp as auth_bp
    from .members import bp as members_bp
    from .staff import bp as staff_bp
    from .reports import bp as reports_bp
    from .webhooks import bp as webhooks_bp

    app.register_blueprint(auth_bp)
    app.register_blueprint(members_bp, url_prefix="/me")
    app.register_blueprint(staff_bp, url_prefix="/staff")
    app.register_blueprint(reports_bp, url_prefix="/reports")
    app.register_blueprint(webhooks_bp, url_prefix="/webhooks")

    @app.get("/health")
    def health():
        return {"status": "ok"}

    return app
