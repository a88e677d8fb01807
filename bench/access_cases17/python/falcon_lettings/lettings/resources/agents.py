import csv
import io

import falcon

from ..auth import require_role


@falcon.before(require_role("agent"))
class ApprovalResource:
    def __init__(self, store):
        self.store = store

    def on_post(self, req, resp, repair_id):
        self.store.conn.execute("UPDATE repairs SET status = 'approved' WHERE id = %s", (repair_id,))
        resp.status = falcon.HTTP_204


class ContractorJobs:
    auth_exempt = True

    def __init__(self, store):
        self.store = store

    def on_get(self, req, resp):
        resp.media = self.store.open_jobs()


class ArrearsExport:
    def __init__(self, store):
        self.store = store

    def on_get(self, req, resp):
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=["tenant_name", "tenant_email", "tenant_phone", "arrears_pence"])
        writer.writeheader()
        writer.writerows(self.store.arrears())
        resp.content_type = "text/csv"
        resp.text = out.getvalue()


class Health:
    auth_exempt = True

    def on_get(self, req, resp):
        resp.media = {"ok": True}
