from litestar import Controller, patch, post, put
from litestar.exceptions import NotFoundException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from .models import Gardener, Plot


class PlotUpdate(BaseModel):
    name: str | None = None
    soil: str | None = None
    gardener_id: int | None = None
    is_verified: bool | None = None


class PlotCreate(BaseModel):
    name: str
    soil: str


class ProfileUpdate(BaseModel):
    display_name: str | None = None
    bio: str | None = None


class PlotController(Controller):
    path = "/plots"

    @post("/")
    async def create(self, data: PlotCreate, db: Session, me: Gardener) -> Plot:
        plot = Plot(**data.model_dump(), gardener_id=me.id)
        db.add(plot)
        db.commit()
        return plot

    @patch("/{plot_id:int}")
    async def edit(self, plot_id: int, data: PlotUpdate, db: Session, me: Gardener) -> Plot:
        plot = db.query(Plot).filter(Plot.id == plot_id, Plot.gardener_id == me.id).first()
        if plot is None:
            raise NotFoundException()
        for field, value in data.model_dump(exclude_unset=True).items():
            setattr(plot, field, value)
        db.commit()
        return plot

    @put("/me")
    async def profile(self, data: ProfileUpdate, db: Session, me: Gardener) -> Gardener:
        for field, value in data.model_dump(exclude_unset=True).items():
            setattr(me, field, value)
        db.commit()
        return me
