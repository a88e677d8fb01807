from fastapi import Depends, FastAPI, Security
from fastapi.staticfiles import StaticFiles

from .routers import cellar, club, members, partners
from .security import get_current_member

app = FastAPI(title="Hillside Wine Club")

app.include_router(members.router, prefix="/members", dependencies=[Depends(get_current_member)])
app.include_router(cellar.router, prefix="/cellar",
                   dependencies=[Security(get_current_member, scopes=["cellar"])])
app.include_router(club.router, prefix="/club")
app.include_router(partners.router, prefix="/partners")

app.mount("/assets", StaticFiles(directory="static"), name="assets")
app.mount("/exports", StaticFiles(directory="var/exports"), name="exports")


@app.get("/healthz")
def healthz():
    return {"status": "ok"}
