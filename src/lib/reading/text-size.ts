/**
 * The reader's text size ("A / A+ / A++"), kept on the device.
 *
 * Key `netralitas:ukuran-teks:v1`, owned by this module. Stored JSON, for example:
 *   {"level":"besar"}
 * `level` is one of TEXT_SIZE_LEVELS. Lifecycle: written when the reader picks a size (picking
 * "normal" removes the key), read before first paint by TEXT_SIZE_EARLY_SCRIPT and by the setting.
 * A value that is not a known level (a hand edit, a future version) resets to normal and is
 * removed. Content changes do not touch it. A new shape gets a new key (`:v2`).
 */
import { readStored, removeStored, writeStored, type StorageLike } from '../storage/browser-storage.ts';

export const TEXT_SIZE_KEY = 'netralitas:ukuran-teks:v1';
export const TEXT_SIZE_LEVELS = ['normal', 'besar', 'lebih-besar'] as const;
export type TextSizeLevel = (typeof TEXT_SIZE_LEVELS)[number];
export const DEFAULT_TEXT_SIZE: TextSizeLevel = 'normal';
/** The attribute on <html> the stylesheet scales by: data-text-size="besar". */
export const TEXT_SIZE_ATTRIBUTE = 'data-text-size';

/** Return the level a stored value holds, or undefined when it is not a stored text size. */
export function parseTextSize(value: unknown): TextSizeLevel | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const level = (value as { level?: unknown }).level;
	return TEXT_SIZE_LEVELS.find((candidate) => candidate === level);
}

/** Read the reader's text size; missing, corrupted or unknown values read as normal. */
export function readTextSize(storage: StorageLike | undefined): TextSizeLevel {
	return readStored(storage, TEXT_SIZE_KEY, parseTextSize) ?? DEFAULT_TEXT_SIZE;
}

/** Keep the reader's choice; false when the device refused (the page still shows it). */
export function saveTextSize(storage: StorageLike | undefined, level: TextSizeLevel): boolean {
	return level === DEFAULT_TEXT_SIZE ? removeStored(storage, TEXT_SIZE_KEY) : writeStored(storage, TEXT_SIZE_KEY, { level });
}

/**
 * Applies the stored size to <html> before first paint. It runs as a classic inline script in
 * <head>, so it cannot import this module: it is generated from the constants above and tested
 * against readTextSize. The CSP allows it by the hash of exactly this text.
 */
export const TEXT_SIZE_EARLY_SCRIPT = `try{var l=JSON.parse(localStorage.getItem(${JSON.stringify(TEXT_SIZE_KEY)})).level;if(${JSON.stringify(TEXT_SIZE_LEVELS.filter((level) => level !== DEFAULT_TEXT_SIZE))}.indexOf(l)>-1)document.documentElement.setAttribute(${JSON.stringify(TEXT_SIZE_ATTRIBUTE)},l)}catch(e){}`;
