import { type NextFunction, type Request, type Response } from 'express';
import { type Identity } from '../identity/identity.js';
import { verifyInternalToken } from '../identity/internal-token.js';

export interface AuthenticatedLocals {
  identity: Identity;
}

/** Refuses every GraphQL call that does not carry the gateway's internal token. */
export function requireInternalToken(secret: string) {
  return async (req: Request, res: Response<unknown, AuthenticatedLocals>, next: NextFunction) => {
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Internal ') ? header.slice('Internal '.length) : undefined;
    if (!token) return refuse(res, 'This service accepts calls only from the gateway');
    try {
      res.locals.identity = await verifyInternalToken(token, secret);
      next();
    } catch {
      refuse(res, 'The internal token is invalid or expired');
    }
  };
}

function refuse(res: Response, message: string) {
  res.status(401).json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}
