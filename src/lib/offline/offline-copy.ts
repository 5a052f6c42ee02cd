/**
 * The reader's offline copy ("Simpan untuk dibaca offline"): every page, quiz, the search index,
 * the receipt checker and the decks, saved only when the reader asks, with progress, cancel and
 * resume. The build writes the list (COPY_LIST_PATH) and its summary (COPY_SUMMARY_PATH); the
 * footer fetches the list, saves what is missing into COPY_CACHE_NAME, and keeps a small record.
 *
 * Stored under `netralitas:salinan-offline:v1` (through src/lib/storage/browser-storage.ts):
 *   { "version": "3f9a1c0d2e", "savedFiles": 412, "savedBytes": 3140000,
 *     "totalFiles": 412, "totalBytes": 3140000, "savedAt": "2026-12-01T09:30:00.000Z" }
 * Lifecycle: written after each batch while saving, so a closed tab resumes where it stopped; a
 * record whose version differs from the current build's summary means the copy is from an older
 * build and the footer offers to bring it up to date (only changed files are fetched, because each
 * saved response carries its revision). Cache Storage holds the files; the record only reports.
 */
import type { StoredValidator } from '~/lib/storage/browser-storage';

export const COPY_RECORD_KEY = 'netralitas:salinan-offline:v1';

/** One file of the copy: URL, bytes on the wire (gzip for text), revision (content hash). */
export type CopyEntry = [url: string, bytes: number, revision: string];

/** COPY_LIST_PATH: what a complete offline copy of this build holds. */
export interface CopyList {
	version: string;
	files: CopyEntry[];
}

/** COPY_SUMMARY_PATH: enough to label the button without fetching the list. */
export interface CopySummary {
	version: string;
	files: number;
	bytes: number;
	pages: number;
}

/** What the footer remembers about the copy on this device. */
export interface CopyRecord {
	version: string;
	savedFiles: number;
	savedBytes: number;
	totalFiles: number;
	totalBytes: number;
	/** Set when the copy was completed; absent while partial. */
	savedAt?: string;
}

export type CopyState = 'none' | 'partial' | 'complete' | 'outdated';

/** Summarise a copy list for COPY_SUMMARY_PATH. */
export function summariseCopyList(list: CopyList, isPage: (url: string) => boolean): CopySummary {
	return {
		version: list.version,
		files: list.files.length,
		bytes: list.files.reduce((total, [, bytes]) => total + bytes, 0),
		pages: list.files.filter(([url]) => isPage(url)).length,
	};
}

/** Whether a saved response (its revision header) is the current revision of its file. */
export function isSavedAt(savedRevision: string | null | undefined, revision: string): boolean {
	return savedRevision === revision;
}

/** Whole percent done, never 100 before the last byte. */
export function copyPercent(doneBytes: number, totalBytes: number): number {
	if (totalBytes <= 0) return 100;
	const percent = Math.floor((doneBytes / totalBytes) * 100);
	return doneBytes >= totalBytes ? 100 : Math.min(percent, 99);
}

/** Where the copy stands for this build. */
export function chooseCopyState(record: CopyRecord | undefined, summary: CopySummary | undefined): CopyState {
	if (!record || record.savedFiles === 0) return 'none';
	if (summary && record.version !== summary.version) return 'outdated';
	return record.savedAt && record.savedFiles >= record.totalFiles ? 'complete' : 'partial';
}

/** Format a byte count the way the footer shows it: "3,1 MB", "420 KB". */
export function formatBytes(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toLocaleString('id-ID', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`;
	return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('id-ID')} KB`;
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Validate a stored record (see the shape above); anything else resets the key. */
export const validateCopyRecord: StoredValidator<CopyRecord> = (value) => {
	if (typeof value !== 'object' || value === null) return undefined;
	const record = value as Record<string, unknown>;
	if (typeof record.version !== 'string' || record.version.length === 0 || record.version.length > 64) return undefined;
	if (![record.savedFiles, record.savedBytes, record.totalFiles, record.totalBytes].every(isCount)) return undefined;
	if (record.savedAt !== undefined && (typeof record.savedAt !== 'string' || Number.isNaN(Date.parse(record.savedAt)))) return undefined;
	return {
		version: record.version,
		savedFiles: record.savedFiles as number,
		savedBytes: record.savedBytes as number,
		totalFiles: record.totalFiles as number,
		totalBytes: record.totalBytes as number,
		...(record.savedAt ? { savedAt: record.savedAt as string } : {}),
	};
};

/** Validate a fetched copy list; a malformed one is refused rather than half-saved. */
export function parseCopyList(value: unknown): CopyList | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const list = value as Record<string, unknown>;
	if (typeof list.version !== 'string' || !Array.isArray(list.files)) return undefined;
	const isEntry = (entry: unknown): entry is CopyEntry =>
		Array.isArray(entry) && typeof entry[0] === 'string' && entry[0].startsWith('/') && isCount(entry[1]) && typeof entry[2] === 'string';
	return list.files.every(isEntry) ? { version: list.version, files: list.files } : undefined;
}

/** Validate a fetched summary. */
export function parseCopySummary(value: unknown): CopySummary | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const summary = value as Record<string, unknown>;
	if (typeof summary.version !== 'string' || ![summary.files, summary.bytes, summary.pages].every(isCount)) return undefined;
	return { version: summary.version, files: summary.files as number, bytes: summary.bytes as number, pages: summary.pages as number };
}
