import { useEffect, useState } from 'preact/hooks';
import type { PledgeLabels } from '~/config/ui-strings';
import { loadPledgeFile, removeReceipt, savePledgeFile, type PledgeFile } from '~/lib/pledge/pledge-store';
import { formatReceiptTime, formatScore } from '~/lib/pledge/receipt-codec';
import { findBrowserStorage } from '~/lib/storage/browser-storage';
import ReceiptCard from './ReceiptCard';

interface Props {
	labels: PledgeLabels;
}

/** Tanda selesai saya: every receipt this device holds, to show, print, share again or remove. */
export default function MyReceiptsIsland({ labels }: Props) {
	const [file, setFile] = useState<PledgeFile | null>(null);
	const [open, setOpen] = useState('');
	useEffect(() => setFile(loadPledgeFile(findBrowserStorage())), []);
	if (!file) return null;
	if (file.receipts.length === 0) return <p>{labels.myReceiptsEmpty}</p>;
	const checkPage = new URL('/ikrar/periksa/', window.location.href).href;
	return (
		<ul class="my-receipts">
			{file.receipts.map((receipt) => (
				<li key={receipt.code}>
					<p>
						<strong>{receipt.eventCode || labels.noEvent}</strong> · {receipt.name} · {formatScore(receipt)} · {formatReceiptTime(receipt)}
					</p>
					<div class="receipt-actions">
						<button type="button" class="quiz-button" aria-expanded={open === receipt.code} onClick={() => setOpen(open === receipt.code ? '' : receipt.code)}>
							{open === receipt.code ? labels.hideReceipt : labels.showReceipt}
						</button>
						<button
							type="button"
							class="quiz-button"
							onClick={() => {
								if (!window.confirm(labels.removeConfirm)) return;
								const next = removeReceipt(file, receipt);
								setFile(next);
								savePledgeFile(findBrowserStorage(), next);
							}}
						>
							{labels.removeReceipt}
						</button>
					</div>
					{open === receipt.code && <ReceiptCard receipt={receipt} checkPageUrl={checkPage} labels={labels} />}
				</li>
			))}
		</ul>
	);
}
