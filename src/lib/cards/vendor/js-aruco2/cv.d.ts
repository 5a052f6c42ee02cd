// The part of the adapted js-aruco2 CV module the card detector uses.
export declare const CV: unknown;
