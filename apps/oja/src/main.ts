import { bootstrapService } from '@pao/platform';
import { ojaService } from './oja.service-definition';

void bootstrapService(ojaService);
