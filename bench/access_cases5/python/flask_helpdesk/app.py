from flask import Flask
from flask_login import LoginManager

from .models import db, User
from .tickets import bp as tickets_bp
from .accounts import bp as accounts_bp

login_manager = LoginManager()


def create_app(config_object="helpdesk.settings.Production"):
    app = Flask(__name__)
    app.config.from_object(config_object)
    db.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "accounts.login"
    app.register_blueprint(accounts_bp)
    app.register_blueprint(tickets_bp, url_prefix="/tickets")
    return app


@login_manager.user_loader
def load_user(user_id):
    return db.session.get(User, int(user_id))
