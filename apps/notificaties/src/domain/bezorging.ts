/** How one attempt to deliver ended. */
export const UITKOMSTEN = ['bezorgd', 'http-fout', 'time-out', 'netwerkfout', 'geweigerd'] as const;
export type Uitkomst = (typeof UITKOMSTEN)[number];

/** Where a delivery stands: still to be tried, delivered, or given up after a day (can be replayed). */
export const BEZORGING_STATUSSEN = ['wachtend', 'bezorgd', 'opgegeven'] as const;
export type BezorgingStatus = (typeof BEZORGING_STATUSSEN)[number];
