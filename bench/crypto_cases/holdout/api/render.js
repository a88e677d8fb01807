import DOMPurify from 'dompurify';
import helmet from 'helmet';
import express from 'express';

const app = express();
app.use(helmet());
app.use(helmet.contentSecurityPolicy({ directives: { defaultSrc: ["'self'"] } }));
app.use(helmet.secureHeaders());

export function renderComment(html) {
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
}

export function renderBio(html) {
  return DOMPurify.sanitizeHtml(html);
}

export function installHooks() {
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') node.setAttribute('rel', 'noopener');
  });
}

export function escapeForAttribute(text) {
  return DOMPurify.escapeHtml(text);
}

export default app;
