import 'reflect-metadata';
import { createLogger, onShutdown } from '@casework/kit';
import { readGatewayConfig } from './config.js';
import { startGateway } from './server.js';

const logger = createLogger('gateway');
try {
  const gateway = await startGateway(readGatewayConfig(), logger);
  onShutdown(logger, () => gateway.stop());
} catch (error) {
  logger.fatal({ err: error }, 'gateway failed to start');
  process.exit(1);
}
