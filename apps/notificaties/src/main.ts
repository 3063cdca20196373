import { bootstrapService } from '@pao/platform';
import { notificatiesService } from './notificaties.service-definition';

void bootstrapService(notificatiesService);
