import { shareableOrigin } from '../../src/app/session/start';

describe('the origin put into room links', () => {
  it('is the page\'s own when others can open it', () => {
    expect(shareableOrigin('http://192.168.1.20:4321', ['http://192.168.1.20:4321/'])).toBe('http://192.168.1.20:4321');
  });
  it('is the network address, not localhost, which nobody else can open', () => {
    expect(shareableOrigin('http://localhost:4321', ['http://192.168.1.20:4321/', 'http://10.0.0.5:4321/'])).toBe('http://192.168.1.20:4321');
    expect(shareableOrigin('http://127.0.0.1:4321', ['http://10.0.0.5:4321/'])).toBe('http://10.0.0.5:4321');
  });
  it('stays localhost when the laptop has no network', () => {
    expect(shareableOrigin('http://localhost:4321', [])).toBe('http://localhost:4321');
  });
});
