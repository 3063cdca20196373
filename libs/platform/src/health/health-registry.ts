import { Injectable } from '@nestjs/common';

export interface HealthCheckResultOf {
  up: boolean;
  details?: Record<string, unknown>;
}

/** A check a library adds to /health (e.g. messaging: relay and consumer connected). */
export interface ExtraHealthCheck {
  name: string;
  check(): HealthCheckResultOf | Promise<HealthCheckResultOf>;
}

/** Where libraries register their checks; /health runs them with the built-in ones. */
@Injectable()
export class HealthRegistry {
  private readonly checks: ExtraHealthCheck[] = [];

  register(check: ExtraHealthCheck): void {
    this.checks.push(check);
  }

  all(): readonly ExtraHealthCheck[] {
    return this.checks;
  }
}
