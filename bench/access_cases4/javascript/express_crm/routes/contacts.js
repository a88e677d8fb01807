const router = require("express").Router();
const { Contact, Note } = require("../db");

router.get("/", async (req, res) => {
  res.json(await Contact.find({ owner: req.user.id }));
});

router.get("/:id", async (req, res) => {
  const contact = await Contact.findOne({ _id: req.params.id, owner: req.user.id });
  res.json(contact);
});

router.patch("/:id", async (req, res) => {
  const contact = await Contact.findById(req.params.id);
  contact.set(req.body);
  await contact.save();
  res.json(contact);
});

router.post("/:id/notes", async (req, res) => {
  const contact = await Contact.findOne({ _id: req.params.id, owner: req.user.id });
  if (!contact) return res.sendStatus(404);
  const note = await Note.create({ contact: contact.id, text: req.body.text, author: req.user.id });
  res.status(201).json(note);
});

router.delete("/notes/:noteId", async (req, res) => {
  await Note.deleteOne({ _id: req.params.noteId });
  res.sendStatus(204);
});

module.exports = router;
