// Registers AR.DICTIONARIES.APRILTAG_36h11 (587 codes) on import.
export {};
