import { describe, expect, test } from 'vitest';
import { fillPath, matchPath, parseRoute } from './router';

describe('matchPath', () => {
  test('names the segments of a matching path, decoded, with or without a trailing slash', () => {
    expect(matchPath('/intake/mechelen/abc-DEF_1', '/intake/:tenantSlug/:token')).toEqual({ tenantSlug: 'mechelen', token: 'abc-DEF_1' });
    expect(matchPath('/join/sint-niklaas/UHJv%3D/', '/join/:tenantSlug/:programmeId')).toEqual({ tenantSlug: 'sint-niklaas', programmeId: 'UHJv=' });
  });

  test('another shape, an empty segment or a malformed escape is no match', () => {
    expect(matchPath('/intake/mechelen', '/intake/:tenantSlug/:token')).toBeNull();
    expect(matchPath('/intake/mechelen/abc/more', '/intake/:tenantSlug/:token')).toBeNull();
    expect(matchPath('/join/mechelen/abc', '/intake/:tenantSlug/:token')).toBeNull();
    expect(matchPath('/intake//abc', '/intake/:tenantSlug/:token')).toBeNull();
    expect(matchPath('/intake/mechelen/%E0%A4%A', '/intake/:tenantSlug/:token')).toBeNull();
  });

  test('works on the path of a parsed hash route', () => {
    expect(matchPath(parseRoute('#/intake/mechelen/tok?x=1').path, '/intake/:tenantSlug/:token')).toEqual({ tenantSlug: 'mechelen', token: 'tok' });
  });
});

describe('fillPath', () => {
  test('fills in and encodes the named segments, so that matchPath reads them back', () => {
    const path = fillPath('/programmes/:programmeId/matching', { programmeId: 'UHJv/Z3Jh=' });
    expect(path).toBe('/programmes/UHJv%2FZ3Jh%3D/matching');
    expect(matchPath(parseRoute(`#${path}`).path, '/programmes/:programmeId/matching')).toEqual({ programmeId: 'UHJv/Z3Jh=' });
  });
});
