import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { isDeepStrictEqual } from 'node:util';
import { map, type Observable } from 'rxjs';
import type { z } from 'zod';
import { APP_CONFIG, type BaseConfig } from '../config/app-config';
import { ProblemError } from '../errors/problem';

const RESPONSE_SCHEMA = Symbol('pao:response-schema');

/**
 * Marks the zod schema a handler's 2xx answer is declared with (the kit's ApiZodResponse
 * sets it with the OpenAPI response, so the document and the check are one schema).
 */
export const ResponseSchema = (schema: z.ZodType) => SetMetadata(RESPONSE_SCHEMA, schema);

/**
 * Why `body` does not match `schema` as a client receives it (after JSON), or undefined:
 * a field the schema rejects, or a field the schema does not declare (parsing would drop
 * it, so a generated client would not know it).
 */
export function responseMismatch(schema: z.ZodType, body: unknown): string | undefined {
  const sent: unknown = body === undefined ? undefined : JSON.parse(JSON.stringify(body));
  const parsed = schema.safeParse(sent);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `${issue.path.join('.') || '(body)'}: ${issue.message}`;
  }
  if (isDeepStrictEqual(withoutUndefined(parsed.data), sent)) return undefined;
  return `undeclared field ${firstExtra(sent, parsed.data) ?? '(somewhere)'}`;
}

function withoutUndefined(v: unknown): unknown {
  return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
}

/** The path of the first key in `sent` that `declared` lacks. */
function firstExtra(sent: unknown, declared: unknown, path = ''): string | undefined {
  if (Array.isArray(sent) && Array.isArray(declared)) {
    for (let i = 0; i < sent.length; i++) {
      const p = firstExtra(sent[i], declared[i], `${path}[${i}]`);
      if (p) return p;
    }
    return undefined;
  }
  if (sent && typeof sent === 'object' && declared && typeof declared === 'object') {
    for (const [k, v] of Object.entries(sent)) {
      const here = path ? `${path}.${k}` : k;
      if (!(k in declared)) return here;
      const p = firstExtra(v, (declared as Record<string, unknown>)[k], here);
      if (p) return p;
    }
  }
  return undefined;
}

/**
 * Under NODE_ENV=test every answer of a handler with a declared response schema is checked
 * against it (500 naming the field when it drifts), so the e2e tests fail when the code
 * answers something the OpenAPI document (and the web app's generated types) does not say.
 * Elsewhere nothing is checked: the schema is a contract for clients, not a runtime cost.
 */
@Injectable()
export class ResponseContractInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: BaseConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const schema = this.config.NODE_ENV === 'test' ? this.reflector.get<z.ZodType | undefined>(RESPONSE_SCHEMA, context.getHandler()) : undefined;
    if (!schema || context.getType() !== 'http') return next.handle();
    return next.handle().pipe(
      map((body: unknown) => {
        const mismatch = responseMismatch(schema, body);
        if (mismatch) throw new ProblemError('internal', `The answer does not match its declared response schema: ${mismatch}`);
        return body;
      }),
    );
  }
}
