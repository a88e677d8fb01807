from fastapi import Depends, FastAPI

from .deps import require_manager
from .routers import admin, auth, desks, doors, invoices, members

app = FastAPI(title="Hub & Desk coworking")

app.include_router(auth.router)
app.include_router(members.router)
app.include_router(desks.router)
app.include_router(invoices.router)
app.include_router(doors.router)
app.include_router(admin.router, prefix="/admin", dependencies=[Depends(require_manager)])


@app.get("/healthz")
def healthz():
    return {"ok": True}
