import { bootstrapService } from '@pao/platform';
import { gatewayService } from './gateway.service-definition';

void bootstrapService(gatewayService);
