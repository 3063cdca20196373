import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { SwvRegister } from '@pao/swv';
import type { Request } from 'express';
import { ProblemError } from '../errors/problem';
import { ACTOR_HEADER, ACTOR_SIGNATURE_HEADER, Actor, Rol, verifyActorHeaders } from './actor';

export const INTERNAL_AUTH_SECRET = Symbol('INTERNAL_AUTH_SECRET');
const ROLES_KEY = 'pao:roles';
const PUBLIC_KEY = 'pao:public';

/** Only these roles may call the handler. */
export const Rollen = (...rollen: Rol[]) => SetMetadata(ROLES_KEY, rollen);
/** No actor needed (health, metrics, API docs). */
export const Publiek = () => SetMetadata(PUBLIC_KEY, true);

type RequestWithActor = Request & { actor?: Actor };

/** The verified actor of this request. */
export const HuidigeActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<RequestWithActor>().actor;
  if (!actor) throw new ProblemError('unauthenticated');
  return actor;
});

/**
 * Every service endpoint requires an actor signed by the gateway for an SWV in the register
 * (401 otherwise) and, when the handler names roles, one of them (403 otherwise).
 */
@Injectable()
export class ActorGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(INTERNAL_AUTH_SECRET) private readonly secret: string,
    private readonly register: SwvRegister,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = context.switchToHttp().getRequest<RequestWithActor>();
    const actor = verifyActorHeaders(req.headers[ACTOR_HEADER], req.headers[ACTOR_SIGNATURE_HEADER], this.secret);
    // An SWV no longer (or not yet) in the register has no data here to reach.
    if (!actor || !this.register.has(actor.swv)) throw new ProblemError('unauthenticated', 'No valid session');
    req.actor = actor;
    const allowed = this.reflector.getAllAndOverride<Rol[] | undefined>(ROLES_KEY, targets);
    if (allowed && !allowed.includes(actor.rol)) throw new ProblemError('forbidden', `Role ${actor.rol} may not do this`);
    return true;
  }
}
