import { describe, expect, test } from 'vitest';
import { LOCAL_SITE_URL, resolveSiteUrl } from '~/config/site';

describe('resolveSiteUrl', () => {
	test('takes the origin from SITE_URL, with or without a trailing slash', () => {
		expect(resolveSiteUrl('https://netralitas.bkpsdm.go.id')).toBe('https://netralitas.bkpsdm.go.id');
		expect(resolveSiteUrl(' https://netralitas.bkpsdm.go.id/ ')).toBe('https://netralitas.bkpsdm.go.id');
		expect(resolveSiteUrl('http://192.168.1.20:4321')).toBe('http://192.168.1.20:4321');
	});

	test('says the build is local when SITE_URL is not set', () => {
		expect(resolveSiteUrl(undefined)).toBe(LOCAL_SITE_URL);
		expect(resolveSiteUrl('')).toBe(LOCAL_SITE_URL);
	});

	test('stops the build with the fix for an address it cannot use', () => {
		expect(() => resolveSiteUrl('netralitas.go.id')).toThrow(/is not an address.*SITE_URL=https:\/\//);
		expect(() => resolveSiteUrl('ftp://netralitas.go.id')).toThrow(/must start with https:\/\//);
		expect(() => resolveSiteUrl('https://bkpsdm.go.id/netralitas/')).toThrow(/origin only.*https:\/\/bkpsdm\.go\.id$/);
	});
});
