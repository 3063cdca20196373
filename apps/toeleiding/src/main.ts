import { bootstrapService } from '@pao/platform';
import { toeleidingService } from './toeleiding.service-definition';

void bootstrapService(toeleidingService);
