from functools import wraps

from flask import abort, flash, g, redirect, render_template, request, session, url_for
from werkzeug.security import check_password_hash

from models import Singer, db


def load_singer():
    """before_request hook: the signed session cookie holds only the singer id."""
    singer_id = session.get("singer_id")
    g.singer = db.session.get(Singer, singer_id) if singer_id else None
    if g.singer is None:
        return redirect(url_for("login_view", next=request.path))
    return None


def director_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        singer_id = session.get("singer_id")
        singer = db.session.get(Singer, singer_id) if singer_id else None
        if singer is None or not singer.is_director:
            abort(403)
        g.singer = singer
        return view(*args, **kwargs)
    return wrapper


def cookie_role():
    return request.cookies.get("choir_role", "singer")


def login_view():
    if request.method == "GET":
        return render_template("login.html")
    singer = Singer.query.filter_by(email=request.form["email"].lower()).first()
    if singer is None or not check_password_hash(singer.password_hash, request.form["password"]):
        flash("Wrong e-mail or password")
        return render_template("login.html"), 401
    session.clear()
    session["singer_id"] = singer.id
    return redirect(url_for("members.dashboard"))


def logout_view():
    session.clear()
    return redirect(url_for("login_view"))
