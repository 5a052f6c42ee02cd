/**
 * Storage doubles for tests, beside the memory storage the shared module exports: one that refuses
 * the calls named (all of them by default), like a locked private mode or a full device.
 */
import { createMemoryStorage, type StorageLike } from '~/lib/storage/browser-storage';

export { createMemoryStorage };

type StorageCall = keyof StorageLike;

/** Return storage that throws on the calls named (every call by default); the other calls reach memory. */
export function createThrowingStorage(failing: readonly StorageCall[] = ['getItem', 'setItem', 'removeItem'], initial: Record<string, string> = {}): StorageLike & { readonly entries: Map<string, string> } {
	const memory = createMemoryStorage(initial);
	const refuse = (call: StorageCall) => {
		throw call === 'setItem' ? new DOMException('The quota has been exceeded.', 'QuotaExceededError') : new DOMException('The operation is insecure.', 'SecurityError');
	};
	return {
		entries: memory.entries,
		getItem: (key) => (failing.includes('getItem') ? refuse('getItem') : memory.getItem(key)),
		setItem: (key, value) => (failing.includes('setItem') ? refuse('setItem') : memory.setItem(key, value)),
		removeItem: (key) => (failing.includes('removeItem') ? refuse('removeItem') : memory.removeItem(key)),
	};
}
