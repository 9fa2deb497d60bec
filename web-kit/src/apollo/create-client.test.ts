import { describe, expect, it } from 'vitest';
import { reconnectDelay, SERVICE_RESTART_CLOSE_CODE } from './create-client.js';

describe('live connection reconnect delay', () => {
  it('issue 19: after a graceful restart (1012) the first reconnection starts at once', () => {
    for (let i = 0; i < 50; i++) {
      expect(reconnectDelay(0, SERVICE_RESTART_CLOSE_CODE)).toBeLessThanOrEqual(250);
    }
  });

  it('issue 19: other closes and repeated failures keep the backoff', () => {
    for (let i = 0; i < 50; i++) {
      expect(reconnectDelay(0, 1006)).toBeGreaterThanOrEqual(375);
      expect(reconnectDelay(3, SERVICE_RESTART_CLOSE_CODE)).toBeGreaterThanOrEqual(3000);
    }
  });
});
