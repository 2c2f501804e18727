import { describe, expect, it } from 'vitest';
import { headlineWithoutSiteName } from '../../lib/extract/title';

describe('headlineWithoutSiteName', () => {
  it('drops the site name after a separator, in any script', () => {
    expect(headlineWithoutSiteName('港町市の市民ホール、改修で一年間休館へ | 港町新報', '港町新報')).toBe('港町市の市民ホール、改修で一年間休館へ');
    expect(headlineWithoutSiteName('How to Build a Terrarium | eHow', 'eHow')).toBe('How to Build a Terrarium');
    expect(headlineWithoutSiteName('Rail strike called off — The Daily Post', 'the daily post')).toBe('Rail strike called off');
  });

  it('drops the site name before a separator', () => {
    expect(headlineWithoutSiteName('Yahoo! News | Markets rally after rate cut', 'Yahoo! News')).toBe('Markets rally after rate cut');
  });

  it('keeps what follows a separator when it is not the site name', () => {
    expect(headlineWithoutSiteName('Brexit - what happens next', 'The Daily Post')).toBe('Brexit - what happens next');
    expect(headlineWithoutSiteName('Samantha and The Great Big Lie - John C. Welch - Medium', 'Medium')).toBe(
      'Samantha and The Great Big Lie - John C. Welch',
    );
  });

  it('keeps the title when it is the site name alone, or no site name is known', () => {
    expect(headlineWithoutSiteName('eHow', 'eHow')).toBe('eHow');
    expect(headlineWithoutSiteName('  A  headline | Site ', null)).toBe('A headline | Site');
  });

  it('treats the site name as text, not as a pattern', () => {
    expect(headlineWithoutSiteName('Story | A+B (C)', 'A+B (C)')).toBe('Story');
    expect(headlineWithoutSiteName('Story | AAB C', 'A+B (C)')).toBe('Story | AAB C');
  });
});
