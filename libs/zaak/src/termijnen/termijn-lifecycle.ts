import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DeadlineScheduler } from '@pao/deadlines';

const HERSTART_MS = 10_000;

/**
 * Starts the deadline engine with the app (worker, recurring moments, a first
 * reconcile that fires what passed while the app was down) and stops it before the
 * database connections close. If Redis is down at start, it keeps trying: the app stays
 * up and /health shows the outage.
 */
@Injectable()
export class TermijnLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Termijnen');
  private timer?: NodeJS.Timeout;
  private gestopt = false;

  constructor(@Inject(DeadlineScheduler) private readonly scheduler: DeadlineScheduler) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
  }

  private async start(): Promise<void> {
    try {
      const rapport = await this.scheduler.start();
      this.logger.log({ ...rapport }, 'deadline engine started');
    } catch (err) {
      if (this.gestopt) return;
      this.logger.error({ err: String(err) }, 'deadline engine could not start; retrying');
      this.timer = setTimeout(() => void this.start(), HERSTART_MS);
      this.timer.unref();
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.gestopt = true;
    if (this.timer) clearTimeout(this.timer);
    await this.scheduler.close();
  }
}
