const express = require("express");
const User = require("../models/user");

const router = express.Router();

router.get("/me", async (req, res) => {
  const user = await User.findById(req.user.sub).select("-passwordHash");
  res.json(user);
});

router.patch("/me", async (req, res) => {
  const user = await User.findByIdAndUpdate(req.user.sub, req.body, { new: true });
  res.json(user);
});

router.patch("/me/email", async (req, res) => {
  const { email } = req.body;
  const user = await User.findByIdAndUpdate(req.user.sub, { email }, { new: true });
  res.json({ email: user.email });
});

module.exports = router;
