from flask import abort, g, jsonify
from flask.views import MethodView

from auth import cookie_role, load_singer
from models import Score, db


class ScoreAPI(MethodView):
    init_every_request = False

    def dispatch_request(self, **kwargs):
        redirect = load_singer()
        if redirect is not None:
            return redirect
        return super().dispatch_request(**kwargs)

    def get(self, score_id=None):
        if score_id is None:
            return jsonify([{"id": s.id, "title": s.title} for s in Score.query.all()])
        score = db.get_or_404(Score, score_id)
        return jsonify(id=score.id, title=score.title, composer=score.composer)

    def delete(self, score_id):
        if cookie_role() != "librarian" and not g.singer.is_director:
            abort(403)
        score = db.get_or_404(Score, score_id)
        db.session.delete(score)
        db.session.commit()
        return "", 204
