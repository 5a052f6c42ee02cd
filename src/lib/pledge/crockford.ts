/** Crockford base 32: no I, L, O or U, so a code read aloud or copied by hand survives. */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Encode the leading `length * 5` bits of `bytes` as Crockford characters. */
export function encodeCrockford(bytes: Uint8Array, length: number): string {
	let out = '';
	let buffer = 0;
	let bits = 0;
	for (const byte of bytes) {
		buffer = ((buffer << 8) | byte) & 0xffff;
		bits += 8;
		while (bits >= 5 && out.length < length) {
			out += CROCKFORD_ALPHABET[(buffer >> (bits - 5)) & 31];
			bits -= 5;
		}
		if (out.length === length) break;
	}
	return out;
}

/**
 * Read a code as a person may type it: case, spaces and hyphens ignored, I and L read as 1, O as 0
 * (Crockford's decoding rules). Characters outside the alphabet are kept, so a wrong code stays wrong.
 */
export function normaliseCrockford(code: string): string {
	return code
		.toUpperCase()
		.replace(/[\s\-_.]/g, '')
		.replace(/[IL]/g, '1')
		.replace(/O/g, '0');
}

/** Group a code for printing: "ABCDEFGHJK" -> "ABCDE-FGHJK". */
export function formatCrockford(code: string, group = 5): string {
	const plain = normaliseCrockford(code);
	const parts: string[] = [];
	for (let index = 0; index < plain.length; index += group) parts.push(plain.slice(index, index + group));
	return parts.join('-');
}
