// A name with a title is still a name: 张伟先生 prints as 张*先生, not in clear. A surname alone
// with a title (陈女士, 欧阳先生, Mr Zhang) is how a stranger addresses them and stays.
import { describe, expect, it } from 'vitest';
import { maskName } from '../../../electron/services/intake/masking.js';

describe('masking a name with an honorific', () => {
  it('masks the name and keeps the title, before or after it', () => {
    expect(maskName('张伟先生')).toBe('张*先生');
    expect(maskName('王秀英女士')).toBe('王*英女士');
    expect(maskName('Ms 王秀英')).toBe('Ms 王*英');
    expect(maskName('Ms王秀英')).toBe('Ms王*英');
    expect(maskName('Mr. Li Wei')).toBe('Mr. L* W**');
    expect(maskName('Mrs Mary Smith')).toBe('Mrs M*** S****');
    expect(maskName('Dr. Zhang San')).toBe('Dr. Z**** S**');
    expect(maskName('李建国 先生')).toBe('李*国 先生');
    expect(maskName('刘小姐')).toBe('刘小姐');
    expect(maskName('刘晓红小姐')).toBe('刘*红小姐');
  });

  it('leaves a surname with a title as it is', () => {
    expect(maskName('陈女士')).toBe('陈女士');
    expect(maskName('欧阳先生')).toBe('欧阳先生');
    expect(maskName('Mr Zhang')).toBe('Mr Zhang');
    expect(maskName('Ms. Wang')).toBe('Ms. Wang');
  });

  it('never prints a two-character given name with its surname in clear', () => {
    for (const name of ['张伟先生', '王芳女士', 'Ms 王芳', 'Mr 张伟']) {
      const masked = maskName(name);
      expect(masked, name).toContain('*');
      expect(masked, name).not.toMatch(/伟|芳/);
    }
  });

  it('does not take a name that merely starts like a title for one', () => {
    expect(maskName('Drew Smith')).toBe('D*** S****');
    expect(maskName('Misty Lee')).toBe('M**** L**');
    expect(maskName('Mr')).toBe('M*');
  });
});
