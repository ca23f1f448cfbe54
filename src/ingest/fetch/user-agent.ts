/** Sent with every request so that site operators can see who is reading and why. */
export const USER_AGENT = "FrontierWatch/0.1 (open evidence-first incident record; +frontier-watch ingest)";
