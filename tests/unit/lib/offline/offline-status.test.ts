import { describe, expect, test } from 'vitest';
import { chooseOfflineMessage } from '~/lib/offline/offline-status';

const facts = { isSupported: true, isReady: true, isOnline: true, hasUpdate: false };

describe('chooseOfflineMessage', () => {
	test('says saved pages open offline once the worker controls the page', () => {
		expect(chooseOfflineMessage(facts)).toBe('ready');
		expect(chooseOfflineMessage({ ...facts, isReady: false })).toBe('preparing');
	});

	test('puts a waiting update first', () => {
		expect(chooseOfflineMessage({ ...facts, hasUpdate: true, isOnline: false })).toBe('update');
	});

	test('tells an offline reader whether saved pages can open', () => {
		expect(chooseOfflineMessage({ ...facts, isOnline: false })).toBe('offline-ready');
		expect(chooseOfflineMessage({ ...facts, isOnline: false, isReady: false })).toBe('offline-not-ready');
	});

	test('covers browsers without service workers', () => {
		expect(chooseOfflineMessage({ ...facts, isSupported: false })).toBe('unsupported');
		expect(chooseOfflineMessage({ ...facts, isSupported: false, isOnline: false })).toBe('offline-not-ready');
	});
});
