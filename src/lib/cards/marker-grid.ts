/**
 * The cells of an AprilTag 36h11 marker, as js-aruco2 reads them: a black border one cell wide
 * around 6×6 data cells, row by row from the top-left, most significant bit first, 1 = white.
 * Cards are drawn from these cells, so the printed card and the scanner agree by construction.
 */
import { AR } from './vendor/js-aruco2/aruco.js';
import './vendor/js-aruco2/apriltag_36h11.js';
import { CARD_FAMILY_SIZE } from './card-answer';

/** Data cells per side; the marker is 8 cells wide with its black border. */
export const DATA_CELLS = 6;
export const MARKER_CELLS = DATA_CELLS + 2;

const codeList = AR.DICTIONARIES['APRILTAG_36h11']?.codeList ?? [];
if (codeList.length !== CARD_FAMILY_SIZE) throw new Error(`js-aruco2's APRILTAG_36h11 has ${codeList.length} codes, expected ${CARD_FAMILY_SIZE}.`);

/** Give the marker's 8×8 cells for a marker id, true where the cell is black (border included). */
export function markerCells(markerId: number): boolean[][] {
	const code = codeList[markerId];
	if (code === undefined) throw new RangeError(`Marker id ${markerId} is outside 0..${CARD_FAMILY_SIZE - 1}.`);
	const bits = (typeof code === 'string' ? Number.parseInt(code, 16) : code).toString(2).padStart(DATA_CELLS * DATA_CELLS, '0');
	return Array.from({ length: MARKER_CELLS }, (_, row) =>
		Array.from({ length: MARKER_CELLS }, (_, column) => {
			const isBorder = row === 0 || column === 0 || row === MARKER_CELLS - 1 || column === MARKER_CELLS - 1;
			return isBorder || bits[(row - 1) * DATA_CELLS + (column - 1)] === '0';
		}),
	);
}
