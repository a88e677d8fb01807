from flask import Flask
from flask_login import LoginManager
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
login_manager = LoginManager()


def create_app(config_object="notes.config.Production"):
    app = Flask(__name__)
    app.config.from_object(config_object)
    db.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"

    from notes.auth import bp as auth_bp
    from notes.views import bp as notes_bp
    from notes.admin import bp as admin_bp

    app.register_blueprint(auth_bp)
    app.register_blueprint(notes_bp, url_prefix="/notes")
    app.register_blueprint(admin_bp, url_prefix="/admin")
    return app
