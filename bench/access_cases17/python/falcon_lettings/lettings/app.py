import os

import falcon

from . import config
from .auth import AuthMiddleware
from .resources.agents import ApprovalResource, ArrearsExport, ContractorJobs, Health
from .resources.repairs import RepairCollection, RepairItem, TenancyResource
from .store import Store


def create_app():
    store = Store(os.environ["DATABASE_URL"])
    app = falcon.App(middleware=[AuthMiddleware()])
    app.add_route("/health", Health())
    app.add_route("/repairs", RepairCollection(store))
    app.add_route("/repairs/{repair_id:int}", RepairItem(store))
    app.add_route("/tenancy", TenancyResource(store))
    app.add_route("/agent/repairs/{repair_id:int}/approve", ApprovalResource(store))
    app.add_route("/agent/arrears.csv", ArrearsExport(store))
    app.add_route("/contractor/jobs", ContractorJobs(store))
    app.add_static_route("/photos", config.PHOTO_DIR)
    app.add_static_route("/files/leases", config.LEASE_DIR)
    return app
