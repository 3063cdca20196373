import { bootstrapService } from '@pao/platform';
import { overdrachtService } from './overdracht.service-definition';

void bootstrapService(overdrachtService);
