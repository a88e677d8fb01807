import logging

from fastapi import Depends, FastAPI, HTTPException, Request, UploadFile
from fastapi.middleware.cors import CORSMiddleware
from sqlalchemy.orm import Session

import services
from deps import get_current_user, get_db, require_admin

logger = logging.getLogger(__name__)
app = FastAPI(title="inventory")
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://inventory.example.com"],
    allow_credentials=True,
    allow_methods=["GET", "POST"],
)


@app.get("/items")
def list_items(q: str = "", warehouse: str = "main", db: Session = Depends(get_db), user=Depends(get_current_user)):
    rows = services.search_items(db, q, warehouse)
    return [dict(r._mapping) for r in rows]


@app.get("/items/{sku}")
def get_item(sku: str, db: Session = Depends(get_db), user=Depends(get_current_user)):
    row = services.item_by_sku(db, sku)
    if row is None:
        raise HTTPException(404)
    return dict(row._mapping)


@app.post("/items/{item_id}/adjust")
def adjust(item_id: int, delta: int, db: Session = Depends(get_db)):
    services.adjust_stock(db, item_id, delta)
    return {"ok": True}


@app.post("/suppliers/sync")
def sync_supplier(feed_url: str, user=Depends(require_admin)):
    try:
        return services.fetch_supplier_feed(feed_url)
    except ValueError:
        raise HTTPException(400, "unknown supplier")


@app.get("/preview")
def preview(url: str, user=Depends(get_current_user)):
    data = services.preview_image(url)
    return {"size": len(data)}


@app.post("/manifests")
async def upload_manifest(file: UploadFile, user=Depends(require_admin)):
    raw = await file.read()
    manifest = services.parse_manifest(raw)
    logger.info("manifest uploaded by %s with %d entries", user.id, len(manifest))
    return {"entries": len(manifest)}


@app.post("/settings/import")
async def import_settings(file: UploadFile, user=Depends(require_admin)):
    data = services.parse_settings_file(await file.read())
    return {"keys": sorted(data)}


@app.exception_handler(Exception)
async def on_error(request: Request, exc: Exception):
    logger.exception("unhandled error on %s", request.url.path)
    from fastapi.responses import JSONResponse
    return JSONResponse({"detail": "internal error"}, status_code=500)
