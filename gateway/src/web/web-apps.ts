import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import helmet from 'helmet';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../..');

export const WEB_APPS = [
  {
    name: 'agency-web',
    path: '/agency',
    dir: process.env.AGENCY_WEB_DIR ?? join(repoRoot, 'agency-web/dist'),
  },
  {
    name: 'portal-web',
    path: '/portal',
    dir: process.env.PORTAL_WEB_DIR ?? join(repoRoot, 'portal-web/dist'),
  },
] as const;

/**
 * Serves the built web apps from the gateway's origin, so they reach /graphql and /auth with the
 * session cookie and no CORS. Unknown paths under an app get its index.html (client-side routes).
 */
export function mountWebApps(app: Express, options: { apiExplorer: boolean }): void {
  const security = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Carbon sets some element styles from script.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  // The API explorer is a page of agency-web's build (GraphiQL from npm, issue 17): served only
  // when configured, signed in as whoever the session cookie or the headers entered say.
  app.get('/explorer', (_req, res) =>
    options.apiExplorer ? res.redirect('/agency/explorer.html') : res.sendStatus(404),
  );
  if (!options.apiExplorer) app.use('/agency/explorer.html', (_req, res) => res.sendStatus(404));
  for (const web of WEB_APPS) {
    app.use(web.path, security);
    if (!existsSync(join(web.dir, 'index.html'))) {
      app.use(web.path, (_req, res) => {
        res
          .status(503)
          .type('text')
          .send(`${web.name} is not built. Run \`npm run build\` (npm start does it for you).`);
      });
      continue;
    }
    app.use(web.path, express.static(web.dir, { index: false, maxAge: '1h', immutable: false }));
    app.get(`${web.path}{/*rest}`, (_req, res) => {
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(join(web.dir, 'index.html'));
    });
  }
  app.get('/', (_req, res) => res.redirect('/agency/'));
}
