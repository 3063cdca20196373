import { bootstrapService } from '@pao/platform';
import { thuiszittersService } from './thuiszitters.service-definition';

void bootstrapService(thuiszittersService);
