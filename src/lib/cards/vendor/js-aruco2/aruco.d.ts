// The part of the adapted js-aruco2 the card modules use (it ships no types).
export declare const AR: {
	DICTIONARIES: Record<string, { nBits: number; tau?: number; codeList: (number | string)[] }>;
	Detector: new (config: { dictionaryName: string; maxHammingDistance?: number }) => unknown;
};
