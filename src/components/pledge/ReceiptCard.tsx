import { useEffect, useState } from 'preact/hooks';
import type { PledgeLabels } from '~/config/ui-strings';
import type { Receipt } from '~/lib/pledge/receipt';
import { encodeReceiptLink, encodeReceiptText, receiptRows, TEXT_LABELS } from '~/lib/pledge/receipt-codec';

interface Props {
	receipt: Receipt;
	checkPageUrl: string;
	labels: PledgeLabels;
}

/** The receipt as a printable card with its QR code, and as text to share or copy. */
export default function ReceiptCard({ receipt, checkPageUrl, labels }: Props) {
	const [qrSvg, setQrSvg] = useState('');
	const [copyMessage, setCopyMessage] = useState('');
	const text = encodeReceiptText(receipt, checkPageUrl, labels.honesty);
	const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

	useEffect(() => {
		// The QR encoder is loaded only for a receipt, keeping it out of the quiz's own download.
		void import('uqr').then(({ renderSVG }) => setQrSvg(renderSVG(encodeReceiptLink(receipt, checkPageUrl), { border: 2 })));
	}, [receipt, checkPageUrl]);

	const copy = async () => {
		try {
			await navigator.clipboard.writeText(text);
			setCopyMessage(labels.copied);
		} catch {
			setCopyMessage(labels.copyFailed);
		}
	};

	return (
		<section class="receipt" aria-labelledby="tanda-selesai-judul">
			<div class="receipt-card print-only-this">
				<h3 id="tanda-selesai-judul" tabIndex={-1}>
					{labels.receiptTitle}
				</h3>
				<dl class="receipt-fields">
					{receiptRows(receipt).map(([key, value]) => (
						<div key={key}>
							{/* The card's labels are the text format's, so the checker's typed form asks for exactly what is printed. */}
							<dt>{TEXT_LABELS[key]}</dt>
							<dd class={key === 'code' ? 'receipt-code' : undefined}>{value || labels.noEvent}</dd>
						</div>
					))}
				</dl>
				{/* uqr's SVG holds only the QR modules drawn from our own payload, never typed text as markup. */}
				<div class="receipt-qr" role="img" aria-label={labels.qrAlt} dangerouslySetInnerHTML={{ __html: qrSvg }} />
				<p class="receipt-honesty">{labels.honesty}</p>
			</div>
			<div class="receipt-actions">
				<button type="button" class="quiz-button" onClick={() => window.print()}>
					{labels.print}
				</button>
				{canShare && (
					<button type="button" class="quiz-button" onClick={() => void navigator.share({ title: labels.receiptTitle, text }).catch(() => undefined)}>
						{labels.share}
					</button>
				)}
				<button type="button" class="quiz-button" onClick={() => void copy()}>
					{labels.copy}
				</button>
			</div>
			<p role="status" class="receipt-copy-status">
				{copyMessage}
			</p>
			<label class="receipt-text-label" for={`teks-tanda-selesai-${receipt.code}`}>
				{labels.textTitle}
			</label>
			<textarea id={`teks-tanda-selesai-${receipt.code}`} class="receipt-text" readOnly rows={8} value={text} />
		</section>
	);
}
