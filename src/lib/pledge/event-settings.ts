/**
 * Settings read from an old-style quiz link, `?acara=…&soal=…&lulus=…`, made before events existed.
 * Such a link carries no event secret, so its receipts are practice receipts: an organiser's checker
 * refuses them (rules.ts). The name is turned into a code instead of being refused.
 */
import { makeEventCode, PASS_MARK_RANGE, QUESTION_COUNT_RANGE } from './event';

export interface EventSettings {
	/** Event code printed on every receipt; empty for practice without an event. */
	eventCode: string;
	questionCount: number;
	/** Pass mark in whole percent. */
	passPercent: number;
}

export interface SettingsProblem {
	param: string;
	message: string;
}

export const DEFAULT_SETTINGS: EventSettings = { eventCode: '', questionCount: 20, passPercent: 80 };

/** Read and check the settings in a query string; every bad value is named with its fix. */
export function readEventSettings(search: string, availableQuestions: number): { settings: EventSettings; problems: SettingsProblem[] } {
	const params = new URLSearchParams(search);
	const problems: SettingsProblem[] = [];
	const settings = { ...DEFAULT_SETTINGS };

	const name = params.get('acara');
	if (name !== null && name.trim() !== '') {
		const code = makeEventCode(name);
		if (code.length >= 3) settings.eventCode = code;
		else problems.push({ param: 'acara', message: 'Nama acara perlu paling sedikit 3 huruf atau angka.' });
	}

	const count = params.get('soal');
	if (count !== null) {
		const value = Number(count);
		const max = Math.min(QUESTION_COUNT_RANGE.max, availableQuestions);
		if (Number.isInteger(value) && value >= QUESTION_COUNT_RANGE.min && value <= max) settings.questionCount = value;
		else problems.push({ param: 'soal', message: `Jumlah soal harus bilangan bulat dari ${QUESTION_COUNT_RANGE.min} sampai ${max}.` });
	}

	const pass = params.get('lulus');
	if (pass !== null) {
		const value = Number(pass);
		if (Number.isInteger(value) && value >= PASS_MARK_RANGE.min && value <= PASS_MARK_RANGE.max) settings.passPercent = value;
		else problems.push({ param: 'lulus', message: `Batas lulus harus bilangan bulat dari ${PASS_MARK_RANGE.min} sampai ${PASS_MARK_RANGE.max} (persen).` });
	}
	return { settings, problems };
}
