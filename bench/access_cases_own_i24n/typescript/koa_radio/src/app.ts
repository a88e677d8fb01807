import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import session from 'koa-session';
import { adminRouter } from './routes/admin';
import { authRouter } from './routes/auth';
import { playlistRouter } from './routes/playlists';
import { showRouter } from './routes/shows';

const app = new Koa();
app.keys = [process.env.SESSION_KEY as string];

app.use(session({ key: 'radio.sid', httpOnly: true, sameSite: 'lax', signed: true, maxAge: 86_400_000 }, app));
app.use(bodyParser());

for (const router of [authRouter, showRouter, playlistRouter, adminRouter]) {
  app.use(router.routes()).use(router.allowedMethods());
}

app.listen(Number(process.env.PORT ?? 4000));
