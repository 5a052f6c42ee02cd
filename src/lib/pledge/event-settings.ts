/** What an organiser sets through the quiz link, e.g. ?acara=IKRAR-GUMAS-2024&soal=20&lulus=80. */
export interface EventSettings {
	/** Event code printed on every receipt; empty for practice without an event. */
	eventCode: string;
	questionCount: number;
	/** Pass mark as a share, 0 to 1. */
	passMark: number;
}

export interface SettingsProblem {
	param: string;
	message: string;
}

export const DEFAULT_SETTINGS: EventSettings = { eventCode: '', questionCount: 20, passMark: 0.8 };
export const QUESTION_COUNT_RANGE = { min: 10, max: 40 } as const;
export const PASS_MARK_RANGE = { min: 50, max: 100 } as const;
export const EVENT_CODE_PATTERN = /^[A-Z0-9](?:[A-Z0-9-]{1,30}[A-Z0-9])?$/;

/** Read and check the event settings in a query string; every bad value is named with its fix. */
export function readEventSettings(search: string, availableQuestions: number): { settings: EventSettings; problems: SettingsProblem[] } {
	const params = new URLSearchParams(search);
	const problems: SettingsProblem[] = [];
	const settings = { ...DEFAULT_SETTINGS };

	const code = params.get('acara');
	if (code !== null) {
		const normalised = code.trim().toUpperCase();
		if (EVENT_CODE_PATTERN.test(normalised)) settings.eventCode = normalised;
		else problems.push({ param: 'acara', message: 'Kode acara hanya boleh berisi huruf, angka, dan tanda hubung, 3 sampai 32 karakter, misalnya IKRAR-GUMAS-2024.' });
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
		if (Number.isInteger(value) && value >= PASS_MARK_RANGE.min && value <= PASS_MARK_RANGE.max) settings.passMark = value / 100;
		else problems.push({ param: 'lulus', message: `Batas lulus harus bilangan bulat dari ${PASS_MARK_RANGE.min} sampai ${PASS_MARK_RANGE.max} (persen).` });
	}
	return { settings, problems };
}

/** Build the link an organiser shares, with only the settings that differ from the defaults. */
export function writeEventLink(baseUrl: string, settings: EventSettings): string {
	const params = new URLSearchParams();
	if (settings.eventCode) params.set('acara', settings.eventCode);
	if (settings.questionCount !== DEFAULT_SETTINGS.questionCount) params.set('soal', String(settings.questionCount));
	if (settings.passMark !== DEFAULT_SETTINGS.passMark) params.set('lulus', String(Math.round(settings.passMark * 100)));
	const query = params.toString();
	return query ? `${baseUrl}?${query}` : baseUrl;
}
