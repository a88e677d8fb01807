import os

from flask import Flask, abort, send_from_directory
from flask_login import LoginManager, login_required
from flask_wtf.csrf import CSRFProtect

from .models import Customer, db

csrf = CSRFProtect()
login_manager = LoginManager()
login_manager.login_view = "auth.login"

ARTWORK_DIR = os.path.join(os.path.dirname(__file__), "..", "var", "artwork")
PROOFS_DIR = os.path.join(os.path.dirname(__file__), "..", "var", "proofs")


@login_manager.user_loader
def load_customer(customer_id):
    return db.session.get(Customer, int(customer_id))


def create_app(config=None):
    app = Flask(__name__, static_folder="static")
    app.config.from_object("printshop.config.Default")
    if config:
        app.config.update(config)

    db.init_app(app)
    csrf.init_app(app)
    login_manager.init_app(app)

    from .auth import bp as auth_bp
    from .orders import bp as orders_bp
    from .press import bp as press_bp
    from .machines import bp as machines_bp

    app.register_blueprint(auth_bp)
    app.register_blueprint(orders_bp, url_prefix="/orders")
    app.register_blueprint(press_bp, url_prefix="/press")
    app.register_blueprint(machines_bp, url_prefix="/machines")

    @app.get("/healthz")
    def healthz():
        return {"ok": True}

    @app.get("/artwork/<path:filename>")
    def artwork(filename):
        return send_from_directory(ARTWORK_DIR, filename)

    @app.get("/my-proofs/<path:filename>")
    @login_required
    def my_proofs(filename):
        from flask_login import current_user

        folder = os.path.join(PROOFS_DIR, str(current_user.id))
        if not os.path.isdir(folder):
            abort(404)
        return send_from_directory(folder, filename)

    return app
