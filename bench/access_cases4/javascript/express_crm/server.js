const express = require("express");
const passport = require("passport");
const contacts = require("./routes/contacts");

const app = express();
app.use(express.json());
app.use(passport.initialize());
app.use("/contacts", passport.authenticate("jwt", { session: false }), contacts);
app.get("/ping", (req, res) => res.send("pong"));
app.delete("/admin/contacts", async (req, res) => {
  await require("./db").Contact.deleteMany({});
  res.sendStatus(204);
});
app.listen(3000);
