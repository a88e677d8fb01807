import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import session from 'koa-session';
import mongoose from 'mongoose';
import { authRouter } from './routes/auth';
import { membersRouter } from './routes/members';
import { scoresRouter } from './routes/scores';
import { subsRouter } from './routes/subs';

const app = new Koa();
app.keys = [process.env.SESSION_KEY as string];
app.proxy = false;

app.use(session({ key: 'cantata.sid', httpOnly: true, secure: true, sameSite: 'strict', maxAge: 86400000 }, app));
app.use(bodyParser({ jsonLimit: '200kb' }));

for (const router of [authRouter, membersRouter, scoresRouter, subsRouter]) {
  app.use(router.routes()).use(router.allowedMethods());
}

mongoose.connect(process.env.MONGO_URL as string).then(() => app.listen(Number(process.env.PORT) || 4000));
