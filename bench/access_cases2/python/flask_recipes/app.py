from flask import Flask
from flask_jwt_extended import JWTManager

from recipes.api import api
from recipes.db import db


def create_app():
    app = Flask(__name__, static_folder="static")
    app.config.from_prefixed_env()
    db.init_app(app)
    JWTManager(app)
    app.register_blueprint(api)
    return app
