/**
 * Browser storage, shared by every feature (quiz progress, pledge attempts and receipts, events,
 * hall-quiz counts). Each feature owns its own versioned key and documents it in its own module;
 * this module only makes every read and write survive storage that is missing (private modes),
 * throws on access, is full, or holds anything (old versions, hand edits, another tab's half-write).
 *
 * Contract: `readStored` returns the validated value or undefined; a value that fails validation
 * is removed, so a corrupted key resets cleanly instead of failing on every visit. `writeStored`
 * and `removeStored` return false when the device refused, and the caller keeps going in memory.
 */

/** The part of Web Storage the site uses; injected so tests need no browser. */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** A validator turns parsed JSON into the feature's type, or undefined when it is not one. */
export type StoredValidator<T> = (value: unknown) => T | undefined;

/** Return the browser's localStorage, or undefined where merely touching it throws. */
export function findBrowserStorage(): StorageLike | undefined {
	try {
		return typeof window === 'undefined' ? undefined : window.localStorage;
	} catch {
		return undefined;
	}
}

/** Read and validate one key; invalid JSON or a value the validator rejects resets the key. */
export function readStored<T>(storage: StorageLike | undefined, key: string, validate: StoredValidator<T>): T | undefined {
	let text: string | null;
	try {
		text = storage?.getItem(key) ?? null;
	} catch {
		return undefined;
	}
	if (text === null) return undefined;
	let value: T | undefined;
	try {
		value = validate(JSON.parse(text));
	} catch {
		value = undefined;
	}
	if (value === undefined) removeStored(storage, key);
	return value;
}

/** Write one key as JSON; false when storage is missing, full or refuses. */
export function writeStored(storage: StorageLike | undefined, key: string, value: unknown): boolean {
	if (!storage) return false;
	try {
		storage.setItem(key, JSON.stringify(value));
		return true;
	} catch {
		return false;
	}
}

/** Remove one key; false when storage is missing or refuses. */
export function removeStored(storage: StorageLike | undefined, key: string): boolean {
	if (!storage) return false;
	try {
		storage.removeItem(key);
		return true;
	} catch {
		return false;
	}
}

/** Return a memory-only StorageLike, for tests and for a session that must not touch the device. */
export function createMemoryStorage(initial: Record<string, string> = {}): StorageLike & { readonly entries: Map<string, string> } {
	const entries = new Map(Object.entries(initial));
	return {
		entries,
		getItem: (key) => entries.get(key) ?? null,
		setItem: (key, value) => void entries.set(key, String(value)),
		removeItem: (key) => void entries.delete(key),
	};
}
