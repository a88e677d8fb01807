import hashlib
import hmac
import os

from flask import Flask, abort, jsonify, request, send_from_directory
from flask_login import LoginManager
from flask_wtf.csrf import CSRFProtect

from models import Loan, Member, db
from views.admin import admin_bp
from views.loans import loans_bp
from views.tools import tools_bp

csrf = CSRFProtect()
login_manager = LoginManager()

EXPORT_DIR = os.path.join(os.path.dirname(__file__), "instance", "exports")


def create_app():
    app = Flask(__name__)
    app.config.from_prefixed_env()
    db.init_app(app)
    csrf.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "tools.login"

    app.register_blueprint(tools_bp, url_prefix="/tools")
    app.register_blueprint(loans_bp, url_prefix="/loans")
    app.register_blueprint(admin_bp, url_prefix="/admin")
    csrf.exempt(loans_bp)

    @app.get("/healthz")
    def healthz():
        return {"ok": True}

    @app.get("/exports/<path:name>")
    def download_export(name):
        # nightly member and loan CSVs written by the admin export job
        return send_from_directory(EXPORT_DIR, name)

    @app.post("/hooks/deposit")
    @csrf.exempt
    def deposit_webhook():
        secret = app.config["PAYMENTS_WEBHOOK_SECRET"].encode()
        expected = hmac.new(secret, request.get_data(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
            abort(400)
        event = request.get_json()
        member = db.session.get(Member, event["member_id"])
        if member is not None:
            member.deposit_paid = True
            db.session.commit()
        return jsonify(received=True)

    @app.get("/stats/overdue")
    def overdue_count():
        # public counter shown on the shed door display
        return {"overdue": Loan.query.filter(Loan.returned_at.is_(None)).count()}

    return app


@login_manager.user_loader
def load_member(member_id):
    return db.session.get(Member, int(member_id))
