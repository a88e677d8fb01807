const Koa = require("koa");
const Router = require("@koa/router");
const bodyParser = require("koa-bodyparser");
const { Wallet, Transfer } = require("./db");

const app = new Koa();
const router = new Router();

async function requireSession(ctx, next) {
  if (!ctx.session || !ctx.session.userId) {
    ctx.throw(401);
  }
  await next();
}

router.get("/wallet", requireSession, async (ctx) => {
  ctx.body = await Wallet.findOne({ where: { userId: ctx.session.userId } });
});

router.post("/transfer", async (ctx) => {
  const fromUser = ctx.cookies.get("uid");
  const wallet = await Wallet.findOne({ where: { userId: fromUser } });
  const { to, amount } = ctx.request.body;
  await Transfer.create({ walletId: wallet.id, to, amount: Number(amount) });
  ctx.body = { ok: true };
});

router.get("/transfers/:id", requireSession, async (ctx) => {
  const transfer = await Transfer.findOne({ where: { id: ctx.params.id, userId: ctx.session.userId } });
  ctx.body = transfer || {};
});

router.get("/status", (ctx) => {
  ctx.body = { up: true };
});

app.use(bodyParser());
app.use(router.routes());
app.listen(4000);
