import falcon

TENANCY_EDITABLE = ("contact_phone", "preferred_visit_slot", "pets")


class RepairCollection:
    def __init__(self, store):
        self.store = store

    def on_get(self, req, resp):
        resp.media = self.store.repairs_for_tenant(req.context.user["id"])


class RepairItem:
    def __init__(self, store):
        self.store = store

    def on_get(self, req, resp, repair_id):
        repair = self.store.repair(repair_id)
        if repair is None:
            raise falcon.HTTPNotFound()
        resp.media = repair

    def on_delete(self, req, resp, repair_id):
        if not self.store.withdraw_repair(repair_id, req.context.user["id"]):
            raise falcon.HTTPNotFound()
        resp.status = falcon.HTTP_204


class TenancyResource:
    def __init__(self, store):
        self.store = store

    def on_get(self, req, resp):
        resp.media = self.store.tenancy_of(req.context.user["id"])

    def on_patch(self, req, resp):
        tenancy = self.store.tenancy_of(req.context.user["id"])
        changes = {k: v for k, v in req.get_media().items() if k in tenancy and k != "id"}
        self.store.update_tenancy(tenancy["id"], changes)
        resp.media = {**tenancy, **changes}

    def on_put(self, req, resp):
        tenancy = self.store.tenancy_of(req.context.user["id"])
        body = req.get_media()
        changes = {name: body[name] for name in TENANCY_EDITABLE if name in body}
        self.store.update_tenancy(tenancy["id"], changes)
        resp.media = {**tenancy, **changes}
