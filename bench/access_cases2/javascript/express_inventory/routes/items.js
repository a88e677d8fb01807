const router = require("express").Router();
const Item = require("../models/item");

router.get("/", async (req, res) => {
  res.json(await Item.find({ tenant: req.user.tenant }));
});

router.get("/:id", async (req, res) => {
  const item = await Item.findOne({ _id: req.params.id, tenant: req.user.tenant });
  if (!item) return res.sendStatus(404);
  res.json(item);
});

router.post("/", async (req, res) => {
  const item = new Item({ ...req.body, tenant: req.user.tenant });
  await item.save();
  res.status(201).json(item);
});

router.delete("/:id", async (req, res) => {
  await Item.findByIdAndDelete(req.params.id);
  res.sendStatus(204);
});

router.rebuildIndex = async () => Item.syncIndexes();

module.exports = router;
