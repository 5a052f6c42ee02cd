/** What the offline indicator knows about the browser and the service worker. */
export interface OfflineFacts {
	isSupported: boolean;
	/** The service worker cached the shell, controls this page and has kept it. */
	isReady: boolean;
	isOnline: boolean;
	/** A newer version finished downloading and waits to take over. */
	hasUpdate: boolean;
}

export type OfflineMessage = 'unsupported' | 'preparing' | 'ready' | 'offline-ready' | 'offline-not-ready' | 'update';

/** Choose the one message the reader needs most: an update first, then being offline, then readiness. */
export function chooseOfflineMessage(facts: OfflineFacts): OfflineMessage {
	if (!facts.isSupported) return facts.isOnline ? 'unsupported' : 'offline-not-ready';
	if (facts.hasUpdate) return 'update';
	if (!facts.isOnline) return facts.isReady ? 'offline-ready' : 'offline-not-ready';
	return facts.isReady ? 'ready' : 'preparing';
}
