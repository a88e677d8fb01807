from flask import Flask

from .boarding import boarding_bp
from .staff import staff_bp


def create_app():
    app = Flask(__name__)
    app.config.from_envvar("KENNEL_SETTINGS")
    app.register_blueprint(boarding_bp, url_prefix="/boarding")
    app.register_blueprint(staff_bp, url_prefix="/staff")
    return app
