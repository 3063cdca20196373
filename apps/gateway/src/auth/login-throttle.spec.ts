import { delaySeconds } from './login-throttle';

describe('sign-in slow-down', () => {
  it('is free for the first failures, then doubles up to the cap', () => {
    const policy = { free: 5, maxDelaySeconds: 60 };
    expect([0, 4, 5, 6, 7, 10, 11, 1000].map((n) => delaySeconds(n, policy))).toEqual([0, 0, 1, 2, 4, 32, 60, 60]);
  });
});
