from fastapi import FastAPI

from routers import appointments, pets, public, staff

app = FastAPI(title="Riverside Vets API")

app.include_router(public.router)
app.include_router(pets.router)
app.include_router(appointments.router)
app.include_router(staff.router)
