const express = require("express");
const User = require("../models/user");
const Post = require("../models/post");

const router = express.Router();

router.get("/users", async (req, res) => {
  res.json(await User.find().select("-passwordHash"));
});

router.delete("/users/:id", async (req, res) => {
  await User.deleteOne({ _id: req.params.id });
  await Post.deleteMany({ author: req.params.id });
  res.sendStatus(204);
});

module.exports = router;
