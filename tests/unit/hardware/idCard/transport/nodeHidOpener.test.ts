import { describe, expect, it } from 'vitest';
import { nodeHidOpener } from '../../../../../hardware/idCard/transport/hid/hidDevice.js';

describe('node-hid opener', () => {
  it('loads node-hid on demand and names the missing device', async () => {
    // No real reader has this ID; enumeration runs for real and finds nothing.
    await expect(nodeHidOpener(0xffff, 0xfffe)()).rejects.toThrow('no HID device ffff:fffe');
  });
});
