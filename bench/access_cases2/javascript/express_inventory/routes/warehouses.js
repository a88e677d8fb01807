const router = require("express").Router();
const Warehouse = require("../models/warehouse");

router.get("/", async (req, res) => res.json(await Warehouse.find()));

router.put("/:id", async (req, res) => {
  const { name, address } = req.body;
  const warehouse = await Warehouse.findByIdAndUpdate(req.params.id, { name, address }, { new: true });
  res.json(warehouse);
});

module.exports = router;
