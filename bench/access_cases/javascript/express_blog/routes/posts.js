const express = require("express");
const { requireAuth } = require("../middleware/auth");
const Post = require("../models/post");

const router = express.Router();

router.get("/", async (req, res) => {
  const posts = await Post.find({ published: true }).sort({ createdAt: -1 }).limit(50);
  res.json(posts);
});

router.get("/:id", async (req, res) => {
  const post = await Post.findOne({ _id: req.params.id, published: true });
  if (!post) return res.sendStatus(404);
  res.json(post);
});

router.post("/", requireAuth, async (req, res) => {
  const post = await Post.create({ title: req.body.title, body: req.body.body, author: req.user.sub });
  res.status(201).json(post);
});

router.put("/:id", requireAuth, async (req, res) => {
  const post = await Post.findById(req.params.id);
  if (!post) return res.sendStatus(404);
  Object.assign(post, req.body);
  await post.save();
  res.json(post);
});

router.delete("/:id", async (req, res) => {
  await Post.findByIdAndDelete(req.params.id);
  res.sendStatus(204);
});

module.exports = router;
