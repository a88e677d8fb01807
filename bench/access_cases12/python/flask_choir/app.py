"""Community choir portal: rehearsals, absences, sheet music."""

import csv
import io

from flask import Flask, Response, jsonify
from flask_wtf.csrf import CSRFProtect

from auth import director_required, login_view, logout_view
from members import members_bp
from models import Attendance, Singer, db
from scores import ScoreAPI

app = Flask(__name__)
app.config.from_prefixed_env()
app.config["SESSION_COOKIE_HTTPONLY"] = True
db.init_app(app)
csrf = CSRFProtect(app)

app.add_url_rule("/login", view_func=login_view, methods=["GET", "POST"])
app.add_url_rule("/logout", view_func=logout_view, methods=["POST"])
app.register_blueprint(members_bp, url_prefix="/members")
csrf.exempt(members_bp)  # the member pages post JSON from fetch()

score_view = ScoreAPI.as_view("scores")
app.add_url_rule("/scores/", view_func=score_view, methods=["GET"])
app.add_url_rule("/scores/<int:score_id>", view_func=score_view, methods=["GET", "DELETE"])


@app.get("/health")
def health():
    return {"status": "ok"}


@app.get("/admin/roster.csv")
@director_required
def roster_csv():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["name", "voice", "email", "phone"])
    for s in Singer.query.order_by(Singer.voice, Singer.name):
        writer.writerow([s.name, s.voice, s.email, s.phone])
    return Response(out.getvalue(), mimetype="text/csv")


@app.post("/admin/singers/<int:singer_id>/promote")
@director_required
def promote(singer_id):
    singer = db.get_or_404(Singer, singer_id)
    singer.is_section_lead = True
    db.session.commit()
    return jsonify(id=singer.id, section_lead=True)


@app.post("/admin/attendance/reset")
def reset_attendance():
    deleted = Attendance.query.delete()
    db.session.commit()
    return jsonify(deleted=deleted)
