// The community's name on the zh-TW and English screens: converted to Traditional characters
// without changing the words, and in English the configured name or a plain label with the
// Chinese name (never pinyin or a made-up translation).
import { describe, expect, it } from 'vitest';
import { communityNames } from '../../../electron/services/community/communityNames.js';

describe('community names', () => {
  it('converts the characters for Traditional Chinese and keeps Simplified as configured', () => {
    const names = communityNames('幸福里社区服务中心', '');
    expect(names['zh-CN']).toBe('幸福里社区服务中心');
    expect(names['zh-TW']).toBe('幸福里社區服務中心');
  });

  it('uses the configured English name when there is one', () => {
    expect(communityNames('幸福里社区服务中心', ' Xingfuli Community Centre ').en).toBe(
      'Xingfuli Community Centre',
    );
  });

  it('says plainly in English that this is the community centre, with its Chinese name', () => {
    expect(communityNames('幸福里社区服务中心', '').en).toBe('Centre: 幸福里社区服务中心');
  });
});
